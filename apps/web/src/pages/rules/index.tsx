// Regler: every rule set with the version in force on a chosen date, search by Danish title or by
// value across all of them, and the change log of every publication.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { LiveStatus, Loading, Page, Section } from '../../components/page.js';
import { ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime, formatPeriod, plural } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { IllustrativeMark } from './reference.js';
import { provisionAnchor, todayIso, type RuleSetList, type SearchHit } from './types.js';

interface LogEntry {
  id: string;
  version: string;
  title: string;
  publishedAt: string | null;
  publishedBy: string | null;
  reason: string | null;
  inForce: { from: string; to?: string } | null;
}

export default function RulesPage() {
  const [params, setParams] = useSearchParams();
  const date = params.get('dato') ?? todayIso();
  const list = useApi<RuleSetList>(`/v1/rulesets?asOf=${date}`);
  const log = useApi<{ entries: LogEntry[] }>('/v1/rule-log');
  const inForce = new Map((list.data?.inForce ?? []).map((r) => [r.id, r.version]));
  const ids = [...new Set((list.data?.ruleSets ?? []).map((r) => r.id))];
  const rows = ids.map((id) => {
    const versions = list.data!.ruleSets.filter((r) => r.id === id);
    const current = versions.find((v) => v.version === inForce.get(id));
    return { id, title: (current ?? versions.at(-1)!).title, current, versions: versions.length };
  });
  return (
    <Page title="Regler" lead="Alle regelsæt i bekendtgørelsens model med værdier over tid, kilder og forskelle mellem to datoer.">
      <Search date={date} />
      <Section id="in-force" title={`Gældende ${formatDate(date)}`}>
        <form className="form form--inline" role="search" aria-label="Gældende på dato" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="in-force-date">Vis de versioner, der gælder på datoen</label>
            <input id="in-force-date" type="date" value={date} onChange={(e) => e.target.value && setParams({ dato: e.target.value }, { replace: true })} />
          </div>
        </form>
        {list.error && <ProblemView error={list.error} />}
        {list.loading && !list.data ? (
          <Loading />
        ) : (
          <DataTable
            caption={`Regelsæt og den version, der gælder ${formatDate(date)}`}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { key: 'title', header: 'Regelsæt', cell: (r) => <Link to={`/regler/${r.id}?dato=${date}`}>{r.title}</Link> },
              { key: 'id', header: 'Id', cell: (r) => <code>{r.id}</code> },
              { key: 'version', header: 'Gældende version', cell: (r) => r.current?.version ?? 'Ingen' },
              { key: 'period', header: 'Gælder', cell: (r) => (r.current ? formatPeriod(r.current.validFrom, r.current.validTo) : '–') },
              { key: 'versions', header: 'Versioner', numeric: true, cell: (r) => String(r.versions) },
            ]}
          />
        )}
      </Section>
      <Section id="log" title="Ændringslog">
        {log.error && <ProblemView error={log.error} />}
        {log.data && (
          <DataTable
            caption="Alle offentliggørelser, nyeste først"
            rows={log.data.entries}
            rowKey={(e) => `${e.id}@${e.version}`}
            columns={[
              { key: 'title', header: 'Regelsæt', cell: (e) => <Link to={`/regler/${e.id}`}>{e.title}</Link> },
              { key: 'version', header: 'Version' },
              { key: 'inForce', header: 'Gælder', cell: (e) => (e.inForce ? formatPeriod(e.inForce.from, e.inForce.to) : 'Gælder ikke') },
              { key: 'publishedAt', header: 'Offentliggjort', cell: (e) => (e.publishedAt ? formatDateTime(e.publishedAt) : '–') },
              { key: 'publishedBy', header: 'Godkendt af', cell: (e) => e.publishedBy ?? '–' },
              { key: 'reason', header: 'Begrundelse', cell: (e) => e.reason ?? '–' },
            ]}
          />
        )}
      </Section>
    </Page>
  );
}

function Search({ date }: { date: string }) {
  const [q, setQ] = useState('');
  const [result, setResult] = useState<{ q: string; total: number; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!q.trim()) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      api<{ q: string; total: number; hits: SearchHit[] }>(`/v1/rule-search?q=${encodeURIComponent(q)}&asOf=${date}`).then(
        (r) => {
          setResult(r);
          setError(null);
        },
        (e: ApiError) => setError(e),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [q, date]);
  return (
    <Section id="search" title="Søg i reglerne">
      <form role="search" aria-label="Søg i reglerne" className="form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="rule-search">Søg efter titel eller værdi</label>
          <p className="field__hint" id="rule-search-hint">Fx »måltal«, »1.600« eller »Anholt«.</p>
          <input id="rule-search" type="search" autoComplete="off" value={q} aria-describedby="rule-search-hint" onChange={(e) => setQ(e.target.value)} />
        </div>
      </form>
      <LiveStatus id="rule-search-status">
        {result && q.trim() ? (result.total === 0 ? 'Ingen bestemmelser passer på søgningen.' : `${plural(result.total, 'bestemmelse passer', 'bestemmelser passer')}${result.total > result.hits.length ? `; de første ${result.hits.length} vises` : ''}.`) : ''}
      </LiveStatus>
      {error && <ProblemView error={error} />}
      {result && result.hits.length > 0 && q.trim() && (
        <ul id="rule-search-results" className="search-results">
          {result.hits.map((h) => (
            <li key={`${h.ruleSet}${h.key}`}>
              <Link to={`/regler/${h.ruleSet}?dato=${date}#${provisionAnchor(h.key)}`}>{h.title}</Link> ({h.ruleSetTitle}): {h.text ?? '–'}
              {h.version && <span className="field__hint"> — version {h.version}</span>} <IllustrativeMark on={h.illustrative} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
