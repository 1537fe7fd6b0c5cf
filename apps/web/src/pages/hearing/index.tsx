// Høring: the region's yearly hearing of its clinics' minimum patient numbers (seed 002's timeline).
// Open the year's round from a registered run (POST /v1/hearings); the round's cases by state,
// deadline and flags (GET /v1/hearings/{id}/worklist); the batch of letters for the round, one case
// at a time with its progress (POST /v1/cases/{providerNumber}/letters/{kind}).
import '../region-pages.css';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { Field, Form } from '../../components/form.js';
import { Loading, Page, Section } from '../../components/page.js';
import { Notice, ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatNumber, plural } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { useSession } from '../../shell/session.js';
import { LETTER_NAMES, STATUS_NAMES, type CaseLetterKind, type CaseStatus, type Hearing, type Worklist, type WorklistCase } from './types.js';

interface RunSummary { id: string; asOf: string; synthetic: boolean; registeredAt: string; clinicCount: number }

/** The round's dates from the timeline rule set, in the order of the round. */
const DATE_NAMES: Array<[string, string]> = [
  ['information-letter', 'Informationsbrev med det vejledende tal'],
  ['preliminary-sent', 'Det foreløbige tal sendes i høring'],
  ['hearing-deadline', 'Frist for klinikkens høringssvar'],
  ['final-announced', 'Det endelige tal meddeles'],
  ['final-effective', 'Det endelige tal får virkning'],
];

export default function HearingPage() {
  const { session } = useSession();
  const isRegion = session?.principal.role === 'region';
  const [params, setParams] = useSearchParams();
  const hearings = useApi<{ hearings: Hearing[] }>('/v1/hearings');
  const sorted = useMemo(() => [...(hearings.data?.hearings ?? [])].sort((a, b) => b.year - a.year || b.openedAt.localeCompare(a.openedAt)), [hearings.data]);
  const selectedId = params.get('runde') ?? sorted[0]?.id ?? null;
  const [opened, setOpened] = useState<Hearing | null>(null);
  const onOpened = (hearing: Hearing) => {
    setOpened(hearing);
    hearings.reload();
    setParams({ runde: hearing.id });
  };

  return (
    <Page title="Høring" lead="Årets høring af klinikkernes minimumspatienttal: vejledende tal, foreløbigt tal i høring, klinikkens svar, dialog og endeligt tal.">
      {hearings.loading && <Loading />}
      <ProblemView error={hearings.error} />
      {opened && <Notice>Høringsrunden {opened.year} er åbnet med {plural(opened.caseCount, 'sag', 'sager')}.</Notice>}
      {sorted.length > 1 && (
        <Field id="round" label="Høringsrunde">
          <select id="round" value={selectedId ?? ''} onChange={(e) => setParams({ runde: e.target.value })}>
            {sorted.map((h) => <option key={h.id} value={h.id}>{h.year} — {h.region} ({plural(h.caseCount, 'sag', 'sager')})</option>)}
          </select>
        </Field>
      )}
      {selectedId && <Round id={selectedId} canWrite={isRegion} />}
      {hearings.data && sorted.length === 0 && <p>Der er ingen høringsrunde endnu.</p>}
      {isRegion && hearings.data && sorted.length === 0 && <OpenRound onOpened={onOpened} />}
      {isRegion && sorted.length > 0 && (
        <details className="more">
          <summary>Åbn en høringsrunde for et andet år eller en anden kørsel</summary>
          <OpenRound onOpened={onOpened} />
        </details>
      )}
    </Page>
  );
}

function OpenRound({ onOpened }: { onOpened: (hearing: Hearing) => void }) {
  const runs = useApi<{ runs: RunSummary[] }>('/v1/runs');
  const [runId, setRunId] = useState('');
  const [year, setYear] = useState('');
  const list = [...(runs.data?.runs ?? [])].sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
  const chosen = runId || list[0]?.id || '';
  return (
    <Section id="open" title="Åbn årets høringsrunde">
      <p>Runden åbnes for regionens klinikker i en registreret modelkørsel, med datoerne fra tidsplanen i de gældende regler.</p>
      {runs.loading && <Loading />}
      {runs.data && list.length === 0 && <p>Ministeriet har ikke registreret nogen modelkørsel endnu.</p>}
      {list.length > 0 && (
        <Form
          submitLabel="Åbn høringsrunden"
          onSubmit={async () => {
            const body: Record<string, unknown> = { runId: chosen };
            if (year.trim()) {
              if (!/^\d{4}$/.test(year.trim())) throw new ApiError({ title: 'Året skal være fire cifre, fx 2026.', status: 422 });
              body.year = Number(year.trim());
            }
            onOpened(await api<Hearing>('/v1/hearings', { method: 'POST', body }));
          }}
        >
          <Field id="open-run" label="Modelkørsel">
            <select id="open-run" value={chosen} onChange={(e) => setRunId(e.target.value)}>
              {list.map((r) => (
                <option key={r.id} value={r.id}>
                  Kørslen pr. {formatDate(r.asOf)}{r.synthetic ? ' (syntetiske data)' : ''} — {plural(r.clinicCount, 'klinik', 'klinikker')}
                </option>
              ))}
            </select>
          </Field>
          <Field id="open-year" label="År" hint="Tomt: kørslens år.">
            <input id="open-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} aria-describedby="open-year-hint" />
          </Field>
        </Form>
      )}
    </Section>
  );
}

type FlagKey = 'deviation' | 'dialogue' | 'substantiallyHigher' | 'overdue';
const FLAG_NAMES: Record<FlagKey, string> = {
  deviation: 'Afviger fra det vejledende tal',
  dialogue: 'Dialog påkrævet',
  substantiallyHigher: 'Væsentligt højere end i dag',
  overdue: 'Fristen er overskredet',
};

function Flags({ c }: { c: WorklistCase }) {
  const on = (Object.keys(FLAG_NAMES) as FlagKey[]).filter((k) => c.flags[k]);
  if (on.length === 0 && c.flags.dialoguesHeld === 0) return <>–</>;
  return (
    <ul className="flags">
      {on.map((k) => <li key={k} className="tag">{FLAG_NAMES[k]}</li>)}
      {c.flags.dialoguesHeld > 0 && <li className="tag">{plural(c.flags.dialoguesHeld, 'dialog holdt', 'dialoger holdt')}</li>}
    </ul>
  );
}

function Round({ id, canWrite }: { id: string; canWrite: boolean }) {
  const worklist = useApi<Worklist>(`/v1/hearings/${encodeURIComponent(id)}/worklist`);
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [flag, setFlag] = useState<FlagKey | ''>('');
  const [search, setSearch] = useState('');
  if (worklist.loading && !worklist.data) return <Loading />;
  if (worklist.error) return <ProblemView error={worklist.error} />;
  const data = worklist.data!;
  const term = search.trim().toLocaleLowerCase('da');
  const shown = data.cases.filter((c) => (!status || c.status === status) && (!flag || c.flags[flag]) && (!term || c.providerNumber.includes(term) || c.clinicName.toLocaleLowerCase('da').includes(term)));
  const caseLink = (c: WorklistCase) => `/hoering/sag/${encodeURIComponent(c.providerNumber)}?aar=${data.hearing.year}`;
  return (
    <>
      <Section id="round-summary" title={`Høringsrunden ${data.hearing.year} — ${data.hearing.region}`}>
        <ul className="counts">
          {(Object.keys(STATUS_NAMES) as CaseStatus[]).map((s) => <li key={s}><strong>{formatNumber(data.counts[s])}</strong> {STATUS_NAMES[s].toLocaleLowerCase('da')}</li>)}
        </ul>
        <h3>Tidsplan</h3>
        <dl className="dates">
          {DATE_NAMES.filter(([key]) => data.hearing.dates[key]).map(([key, name]) => (
            <div key={key}><dt>{name}</dt><dd>{formatDate(data.hearing.dates[key])}</dd></div>
          ))}
        </dl>
      </Section>
      <Section id="cases" title="Sagerne">
        <div className="filters">
          <Field id="filter-status" label="Tilstand">
            <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
              <option value="">Alle</option>
              {(Object.keys(STATUS_NAMES) as CaseStatus[]).map((s) => <option key={s} value={s}>{STATUS_NAMES[s]}</option>)}
            </select>
          </Field>
          <Field id="filter-flag" label="Markering">
            <select id="filter-flag" value={flag} onChange={(e) => setFlag(e.target.value as FlagKey | '')}>
              <option value="">Alle</option>
              {(Object.keys(FLAG_NAMES) as FlagKey[]).map((k) => <option key={k} value={k}>{FLAG_NAMES[k]}</option>)}
            </select>
          </Field>
          <Field id="filter-search" label="Søg ydernummer eller klinik">
            <input id="filter-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </Field>
        </div>
        <p role="status">{plural(shown.length, 'sag', 'sager')} vist af {formatNumber(data.cases.length)}.</p>
        <DataTable
          caption={`Sagerne i høringsrunden ${data.hearing.year}`}
          rows={shown}
          rowKey={(c) => c.providerNumber}
          columns={[
            { key: 'providerNumber', header: 'Ydernr.', cell: (c) => <Link to={caseLink(c)}>{c.providerNumber}</Link> },
            { key: 'clinicName', header: 'Klinik' },
            { key: 'council', header: 'Sundhedsråd' },
            { key: 'status', header: 'Tilstand', cell: (c) => STATUS_NAMES[c.status] },
            { key: 'advisory', header: 'Vejledende pr. kapacitet', numeric: true, cell: (c) => formatNumber(c.advisoryMinimumPerCapacity) },
            { key: 'preliminary', header: 'Foreløbigt', numeric: true, cell: (c) => formatNumber(c.preliminaryPerCapacity) },
            { key: 'final', header: 'Endeligt', numeric: true, cell: (c) => formatNumber(c.finalPerCapacity) },
            { key: 'deadline', header: 'Frist', cell: (c) => formatDate(c.deadline) },
            { key: 'flags', header: 'Markeringer', cell: (c) => <Flags c={c} /> },
          ]}
        />
      </Section>
      {canWrite && <BatchLetters worklist={data} onDone={worklist.reload} />}
    </>
  );
}

/** The cases a letter of this kind can be written for now. */
const eligible = (kind: CaseLetterKind, c: WorklistCase) => kind === 'vejledende' || (kind === 'hoering' ? c.status !== 'advisory' : c.status === 'final');

function BatchLetters({ worklist, onDone }: { worklist: Worklist; onDone: () => void }) {
  const [kind, setKind] = useState<CaseLetterKind>('vejledende');
  const [progress, setProgress] = useState<{ done: number; total: number; recorded: number; failures: Array<{ providerNumber: string; message: string }>; running: boolean } | null>(null);
  const cases = worklist.cases.filter((c) => eligible(kind, c));
  const start = async () => {
    const state = { done: 0, total: cases.length, recorded: 0, failures: [] as Array<{ providerNumber: string; message: string }>, running: true };
    setProgress({ ...state });
    for (const c of cases) {
      try {
        const result = await api<{ recorded: boolean }>(`/v1/cases/${encodeURIComponent(c.providerNumber)}/letters/${kind}?year=${worklist.hearing.year}`, { method: 'POST' });
        if (result.recorded) state.recorded++;
      } catch (error) {
        state.failures.push({ providerNumber: c.providerNumber, message: error instanceof Error ? error.message : String(error) });
      }
      state.done++;
      setProgress({ ...state, failures: [...state.failures] });
    }
    state.running = false;
    setProgress({ ...state, failures: [...state.failures] });
    onDone();
  };
  return (
    <Section id="batch" title="Breve for runden">
      <p>Brevene dannes som i »fordeling letters« og registreres på hver sag (brev-id og indholdets hash). Et brev, sagen allerede har, registreres ikke igen.</p>
      <Form submitLabel="Dan brevene" onSubmit={start}>
        <Field id="batch-kind" label="Brev" hint={`${plural(cases.length, 'sag', 'sager')} kan få dette brev nu.`}>
          <select id="batch-kind" value={kind} onChange={(e) => setKind(e.target.value as CaseLetterKind)} aria-describedby="batch-kind-hint" disabled={progress?.running}>
            {(Object.keys(LETTER_NAMES) as CaseLetterKind[]).map((k) => <option key={k} value={k}>{LETTER_NAMES[k]}</option>)}
          </select>
        </Field>
      </Form>
      {progress && (
        <div>
          <label htmlFor="batch-progress">Fremdrift</label>{' '}
          <progress id="batch-progress" max={Math.max(1, progress.total)} value={progress.done} />
          <p role="status">
            {progress.running ? 'Danner breve: ' : 'Færdig: '}
            {formatNumber(progress.done)} af {plural(progress.total, 'brev', 'breve')}; {formatNumber(progress.recorded)} registreret nu
            {progress.failures.length > 0 ? `, ${plural(progress.failures.length, 'fejl', 'fejl')}` : ''}.
          </p>
          {progress.failures.length > 0 && (
            <ul className="problem">
              {progress.failures.map((f) => <li key={f.providerNumber}>Ydernr. {f.providerNumber}: {f.message}</li>)}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
