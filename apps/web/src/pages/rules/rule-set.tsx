// One rule set over time: its versions as a timeline, every parameter, table row and rule with its
// value in each period and the reference that set it, what was in force on a date, and the changes
// between the versions in force on two dates in words.
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { LiveStatus, Loading, Page, Section } from '../../components/page.js';
import { ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime, formatPeriod, plural } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { Reference } from './reference.js';
import { holdsOn, provisionAnchor, type ChangesBetween, type ProvisionHistory, type RuleSetHistory } from './types.js';

export default function RuleSetPage() {
  const { ruleSetId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const date = params.get('dato') ?? '';
  const history = useApi<RuleSetHistory>(`/v1/rulesets/${encodeURIComponent(ruleSetId)}/history`);
  const [filter, setFilter] = useState('');
  const location = useLocation();
  // A link from search names the provision: show it once the page has it.
  useEffect(() => {
    if (!history.data || !location.hash) return;
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    el?.scrollIntoView();
    el?.querySelector<HTMLElement>('h3')?.focus();
  }, [history.data, location.hash]);

  const shown = useMemo(() => {
    const h = history.data;
    if (!h) return [];
    const words = filter.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
    return h.provisions
      .map((p) => (date ? { ...p, periods: p.periods.filter((x) => !x.repealed && holdsOn(x, date)) } : p))
      .filter((p) => p.periods.length > 0)
      .filter((p) => {
        if (!words.length) return true;
        const text = [p.title, p.key, ...p.periods.flatMap((x) => [x.text, x.version, x.reference?.citation])].join(' ').toLocaleLowerCase('da');
        return words.every((w) => text.includes(w));
      });
  }, [history.data, date, filter]);

  if (history.error) return <Page title="Regelsæt"><ProblemView error={history.error} /></Page>;
  if (!history.data) return <Page title="Regelsæt"><Loading /></Page>;
  const h = history.data;
  const total = h.provisions.length;
  return (
    <Page title={h.title} lead={<p><Link to="/regler">Alle regelsæt</Link> · id <code>{h.id}</code> · type <code>{h.kind}</code></p>}>
      <div className="two-col">
        <Section id="versions" title="Versioner">
          <ol className="timeline" aria-label="Versionernes tidslinje">
            {h.versions.map((v) => (
              <li key={v.version}>
                <strong>Version {v.version}</strong>
                {v.status === 'draft' ? ' — udkast, gælder ikke' : v.inForce ? ` — gælder ${formatPeriod(v.inForce.from, v.inForce.to)}` : ''}
                {v.amends && <span> (ændring af {v.amends})</span>}
                {v.publishedAt && (
                  <div className="field__hint">
                    Offentliggjort {formatDateTime(v.publishedAt)}
                    {v.publishedBy ? ` af ${v.publishedBy}` : ''}
                    {v.reason ? `: ${v.reason}` : ''}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </Section>
        <div>
          <Section id="as-of" title="Gældende på en dato">
            <form className="form" onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor="as-of-date">Vis kun det, der gælder på datoen</label>
                <input id="as-of-date" type="date" value={date} onChange={(e) => setParams(e.target.value ? { dato: e.target.value } : {}, { replace: true })} />
              </div>
              {date && (
                <button type="button" className="button button--secondary" onClick={() => setParams({}, { replace: true })}>
                  Vis alle perioder
                </button>
              )}
            </form>
          </Section>
          <Compare id={h.id} />
        </div>
      </div>
      <Section id="provisions" title={date ? `Bestemmelser gældende ${formatDate(date)}` : 'Bestemmelser over tid'}>
        <form className="form" role="search" aria-label="Filtrér bestemmelserne" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="provision-filter">Filtrér efter titel eller værdi</label>
            <input id="provision-filter" type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
        </form>
        <LiveStatus id="provision-status">{shown.length === total ? `${plural(total, 'bestemmelse', 'bestemmelser')}.` : `${shown.length} af ${plural(total, 'bestemmelse', 'bestemmelser')} vises.`}</LiveStatus>
        {shown.map((p) => (
          <Provision key={p.key} provision={p} />
        ))}
      </Section>
    </Page>
  );
}

function Provision({ provision: p }: { provision: ProvisionHistory }) {
  const anchor = provisionAnchor(p.key);
  return (
    <section className="provision" id={anchor} aria-labelledby={`${anchor}-h`}>
      <h3 id={`${anchor}-h`} tabIndex={-1}>
        {p.title}
      </h3>
      <p className="field__hint">
        Sted i regelsættet: <code>{p.key}</code>
      </p>
      <ol className="timeline periods">
        {p.periods.map((x) => (
          <li key={`${x.from}-${x.version}`}>
            <strong>{formatPeriod(x.from, x.to)}</strong>: {x.repealed ? 'ophævet' : <span className="value">{x.text ?? '–'}</span>} <span className="tag">version {x.version}</span>
            {!x.repealed && (
              <div>
                Henvisning: <Reference reference={x.reference} />
              </div>
            )}
            {x.changes.length > 0 && (
              <ul className="diff-list">
                {x.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Compare({ id }: { id: string }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<ChangesBetween | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api<ChangesBetween>(`/v1/rulesets/${encodeURIComponent(id)}/changes?from=${from}&to=${to}`));
    } catch (e) {
      setError(e as ApiError);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section id="compare" title="Forskel mellem to datoer">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="field">
          <label htmlFor="compare-from">Fra dato</label>
          <input id="compare-from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="compare-to">Til dato</label>
          <input id="compare-to" type="date" required value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          Sammenlign
        </button>
      </form>
      {error && <ProblemView error={error} />}
      <div id="compare-result" aria-live="polite">
        {result && <ChangesText result={result} />}
      </div>
    </Section>
  );
}

function ChangesText({ result }: { result: ChangesBetween }) {
  const { from, to, changes } = result;
  if (!from.version || !to.version) return <p>Ingen offentliggjort version gælder {formatDate(!from.version ? from.date : to.date)}.</p>;
  if (from.version === to.version) return <p>Samme version ({from.version}) gælder begge dage; ingen ændringer.</p>;
  return (
    <>
      <p>
        Version {from.version} (gældende {formatDate(from.date)}) mod version {to.version} (gældende {formatDate(to.date)}):
      </p>
      <ul className="diff-list">
        {changes.map((c, i) => (
          <li key={i}>{c.sentence}</li>
        ))}
      </ul>
    </>
  );
}
