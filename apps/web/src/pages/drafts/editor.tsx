// Udkast — one draft: the header and the content as forms generated from the kind's JSON Schema (raw
// JSON only on request), saved and checked by the engine as the officer types, with the engine's
// Danish problems at their fields; beside the form the changes in words, the impact on the whole
// country and the rule tests run against the draft; then submit, and a second ministry user approves
// (publishes) or rejects with a reason (four eyes, the API's draft workflow).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Field } from '../../components/form.js';
import { LiveStatus, Loading, Page, Section } from '../../components/page.js';
import { Notice, ProblemView } from '../../components/problem.js';
import { api, apiResponse, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime, plural } from '../../lib/format.js';
import { useSession } from '../../shell/session.js';
import { applyChanges, changesBetween } from './amendment.js';
import { ChangesInWords, ImpactView } from './impact-view.js';
import { problemsAtFields, SchemaForm } from './schema-form.js';
import { STATUS_NAMES, type AmendmentChange, type EngineProblem, type Impact, type RuleDocument, type Trial, type VersionViewBody } from './types.js';

/** Typing pauses this long before a save: one check per pause, not per keystroke. */
const SAVE_DELAY_MS = 150;

const ACTIONS: Record<string, string> = { create: 'Oprettet', save: 'Gemt', update: 'Gemt', submit: 'Indsendt til godkendelse', approve: 'Godkendt og offentliggjort', publish: 'Offentliggjort', reject: 'Afvist' };

interface Loaded {
  view: VersionViewBody;
  schema: object;
  /** For an amendment: the amended version's resolved content. */
  base?: Record<string, unknown>;
}

export default function DraftEditor() {
  const { ruleSetId = '', version = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      const [view, schema] = await Promise.all([
        api<VersionViewBody>(`/v1/rulesets/${encodeURIComponent(ruleSetId)}/versions/${encodeURIComponent(version)}`),
        api<object>(`/v1/rulesets/${encodeURIComponent(ruleSetId)}/schema`),
      ]);
      if (!view.document) throw new ApiError({ title: 'Udkastet er ikke gyldig JSON', status: 422, detail: 'Ret det som rå JSON.' });
      const base = view.document.amends ? (await api<VersionViewBody>(`/v1/rulesets/${encodeURIComponent(ruleSetId)}/versions/${encodeURIComponent(view.document.amends)}`)).document?.content : undefined;
      setLoaded({ view, schema, base });
    } catch (e) {
      setLoadError(e as ApiError);
    }
  }, [ruleSetId, version]);
  useEffect(() => {
    void load();
  }, [load]);
  const title = `Udkast: ${ruleSetId} ${version}`;
  if (loadError) return <Page title={title}><ProblemView error={loadError} /></Page>;
  if (!loaded) return <Page title={title}><Loading /></Page>;
  return <Editor key={`${ruleSetId}@${version}`} loaded={loaded} title={title} reload={load} />;
}

function Editor({ loaded, title, reload }: { loaded: Loaded; title: string; reload: () => Promise<void> }) {
  const { session } = useSession();
  const { view: initial, schema, base } = loaded;
  const [view, setView] = useState(initial);
  const doc0 = initial.document!;
  const amendment = Boolean(doc0.amends && base);
  const [header, setHeader] = useState({ validFrom: doc0.validFrom, title: doc0.title, description: doc0.description });
  const [content, setContent] = useState<Record<string, unknown>>(() => (amendment ? applyChanges(base!, doc0.changes ?? []) : (doc0.content ?? {})));
  const [raw, setRaw] = useState<string | null>(null);
  const [saving, setSaving] = useState<'idle' | 'pending' | 'saving' | 'saved' | 'error'>('idle');
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [impact, setImpact] = useState<Impact | null>(null);
  const [impactError, setImpactError] = useState<ApiError | null>(null);
  const [trial, setTrial] = useState<Trial | null>(null);
  const [trialBusy, setTrialBusy] = useState(false);
  const [lastChanges, setLastChanges] = useState<AmendmentChange[]>(doc0.changes ?? []);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const state = view.state;
  const editable = state.source === 'store' && (state.status === 'draft' || state.status === 'rejected');
  const me = session ? `token:${session.principal.id}` : '';
  const isAuthor = state.authors.some((a) => a.id === me);

  /** The document to save: the header, and the content whole or as changes from the amended version. */
  const documentText = useCallback(
    (h = header, c = content): { text: string; changes: AmendmentChange[] } => {
      const current = (view.document ?? doc0) as RuleDocument;
      const next: RuleDocument = { ...current, ...h };
      let changes: AmendmentChange[] = [];
      if (amendment) {
        const reference = current.legalBasis ? { instrument: current.legalBasis.instrument, ...(current.legalBasis.url ? { url: current.legalBasis.url } : {}) } : undefined;
        changes = changesBetween(base!, c).map((ch) => (ch.op === 'remove' && reference ? { ...ch, reference } : ch));
        next.changes = changes;
        delete next.content;
      } else {
        next.content = c;
      }
      return { text: `${JSON.stringify(next, null, 2)}\n`, changes };
    },
    [header, content, view.document, doc0, amendment, base],
  );

  const refreshImpact = useCallback(async (seq: number) => {
    try {
      const answer = await api<Impact>(`/v1/rulesets/${encodeURIComponent(doc0.id)}/drafts/${encodeURIComponent(doc0.version)}/impact`, { method: 'POST', body: {} });
      if (seq === sequence.current) {
        setImpact(answer);
        setImpactError(null);
      }
    } catch (e) {
      if (seq === sequence.current) setImpactError(e as ApiError);
    }
  }, [doc0.id, doc0.version]);

  const save = useCallback(
    async (text: string, changes: AmendmentChange[]) => {
      const seq = ++sequence.current;
      setSaving('saving');
      try {
        const response = await apiResponse(`/v1/rulesets/${encodeURIComponent(doc0.id)}/drafts/${encodeURIComponent(doc0.version)}`, {
          method: 'PUT',
          body: text,
          headers: { 'content-type': 'application/json', ...(view.state.revision ? { 'if-match': `"${view.state.revision}"` } : {}) },
        });
        const next = (await response.json()) as VersionViewBody;
        if (seq !== sequence.current) return;
        setView(next);
        setLastChanges(changes);
        setSaving('saved');
        setSaveError(null);
        setTrial(null);
        if (next.state.problems.length === 0) void refreshImpact(seq);
      } catch (e) {
        if (seq !== sequence.current) return;
        setSaving('error');
        setSaveError(e as ApiError);
      }
    },
    [doc0.id, doc0.version, view.state.revision, refreshImpact],
  );

  // Every edit is saved (and so checked by the engine) shortly after the officer stops typing.
  const schedule = useCallback(
    (h: typeof header, c: Record<string, unknown>, rawText: string | null) => {
      clearTimeout(timer.current);
      setSaving('pending');
      timer.current = setTimeout(() => {
        const built = rawText !== null ? { text: rawText, changes: lastChanges } : documentText(h, c);
        void save(built.text, built.changes);
      }, SAVE_DELAY_MS);
    },
    [documentText, save, lastChanges],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  // The first impact, for a draft that opens without problems.
  useEffect(() => {
    if (initial.state.problems.length === 0 && initial.state.source === 'store') void refreshImpact(sequence.current);
  }, [initial, refreshImpact]);

  // A stable callback for the memoised form, reading the latest state through a ref.
  const latest = useRef({ content, header, editable, schedule });
  latest.current = { content, header, editable, schedule };
  const onContent = useCallback((next: Record<string, unknown>) => {
    const now = latest.current;
    if (JSON.stringify(next) === JSON.stringify(now.content)) return; // JSON Forms reports its first render too
    setContent(next);
    if (now.editable) now.schedule(now.header, next, null);
  }, []);
  const onHeader = (key: keyof typeof header, value: string) => {
    const next = { ...header, [key]: value };
    setHeader(next);
    if (editable) schedule(next, content, null);
  };

  const problems = state.problems;
  const toContentPath = useCallback(
    (pointer: string): string | undefined => {
      if (!amendment) return pointer === '/content' ? '' : pointer.startsWith('/content/') ? pointer.slice('/content'.length) : undefined;
      const m = /^\/changes\/(\d+)\/value(\/.*)?$/.exec(pointer);
      const change = m ? lastChanges[Number(m[1])] : undefined;
      return change ? `${change.path.slice('/content'.length)}${m![2] ?? ''}` : undefined;
    },
    [amendment, lastChanges],
  );
  const problemsKey = JSON.stringify(problems);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the same problems after a save keep the form as it is
  const fieldErrors = useMemo(() => problemsAtFields(problems, toContentPath), [problemsKey, toContentPath]);
  const headerProblem = (name: string) => problems.find((p) => p.pointer === `/${name}`)?.message;
  const elsewhere = problems.filter((p) => p.pointer === undefined || (toContentPath(p.pointer) === undefined && !['/validFrom', '/title', '/description'].includes(p.pointer)));

  const runTrial = async () => {
    setTrialBusy(true);
    try {
      setTrial(await api<Trial>(`/v1/rulesets/${encodeURIComponent(doc0.id)}/drafts/${encodeURIComponent(doc0.version)}/trial`));
    } catch (e) {
      setSaveError(e as ApiError);
    } finally {
      setTrialBusy(false);
    }
  };

  return (
    <Page
      title={title}
      lead={
        <p>
          <Link to="/udkast">Alle udkast</Link> · {view.document?.title} · <span className="tag" id="draft-status">{STATUS_NAMES[state.status]}</span>
          {state.revision ? ` · revision ${state.revision}` : ''} · {amendment ? `ændring af version ${doc0.amends}` : 'hel version'}
        </p>
      }
    >
      <div className="two-col editor">
        <div>
          <Section id="header" title="Version">
            <div className="form">
              <Field id="validFrom" label="Gælder fra" error={headerProblem('validFrom')}>
                <input id="validFrom" type="date" value={header.validFrom} readOnly={!editable} aria-invalid={Boolean(headerProblem('validFrom'))} onChange={(e) => onHeader('validFrom', e.target.value)} />
              </Field>
              <Field id="title" label="Titel" error={headerProblem('title')}>
                <input id="title" type="text" value={header.title} readOnly={!editable} onChange={(e) => onHeader('title', e.target.value)} />
              </Field>
              <Field id="description" label="Beskrivelse (hvad ændres og hvorfor)" error={headerProblem('description')}>
                <textarea id="description" className="text" rows={4} value={header.description} readOnly={!editable} onChange={(e) => onHeader('description', e.target.value)} />
              </Field>
            </div>
          </Section>
          <Section id="content" title="Indhold">
            {elsewhere.length > 0 && (
              <div className="problem" role="alert">
                <p className="problem__title">{plural(elsewhere.length, 'fejl', 'fejl')} i udkastet</p>
                <ul>
                  {elsewhere.map((p, i) => (
                    <li key={i}>
                      {p.line ? `Linje ${p.line}, kolonne ${p.column}: ` : ''}
                      {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="button-row">
              <button type="button" className="button button--secondary" aria-pressed={raw !== null} onClick={() => setRaw(raw === null ? documentText().text : null)}>
                {raw === null ? 'Vis rå JSON' : 'Tilbage til formularen'}
              </button>
            </div>
            {raw !== null ? (
              <Field id="raw-json" label="Hele dokumentet som JSON" hint="Gemmes og kontrolleres, mens du skriver. Formularen viser ændringerne, når du går tilbage, efter siden er genindlæst.">
                <textarea
                  id="raw-json"
                  value={raw}
                  readOnly={!editable}
                  rows={24}
                  spellCheck={false}
                  onChange={(e) => {
                    setRaw(e.target.value);
                    if (editable) schedule(header, content, e.target.value);
                  }}
                />
              </Field>
            ) : (
              <SchemaForm schema={schema} data={content} onChange={onContent} errors={fieldErrors} readonly={!editable} />
            )}
          </Section>
          <Actions view={view} isAuthor={isAuthor} problems={problems} saving={saving} onDone={async (next) => { setView(next); if (next.state.status === 'published') await reload(); }} />
        </div>
        <aside className="editor__aside" aria-label="Kontrol, ændringer og virkning">
          <Section id="check" title="Kontrol">
            <LiveStatus id="save-status">
              {saving === 'pending' || saving === 'saving'
                ? 'Gemmer og kontrollerer …'
                : saving === 'error'
                  ? 'Udkastet kunne ikke gemmes.'
                  : problems.length === 0
                    ? `${saving === 'saved' ? 'Gemt. ' : ''}Ingen fejl: motoren godkender udkastet.`
                    : `${saving === 'saved' ? 'Gemt. ' : ''}${plural(problems.length, 'fejl', 'fejl')}: ${problems[0].message}`}
            </LiveStatus>
            {saveError && <ProblemView error={saveError} />}
            {state.warnings.length > 0 && (
              <ul className="warnings">
                {state.warnings.map((w, i) => (
                  <li key={i}>Advarsel: {w.message}</li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="diff" title="Ændringer i ord">
            {impact ? <ChangesInWords changes={impact.changes} /> : problems.length > 0 ? <p>Vises, når fejlene er rettet.</p> : <LiveStatus>Beregner ændringerne …</LiveStatus>}
          </Section>
          <Section id="impact" title="Virkning på hele landet">
            {impactError ? <ProblemView error={impactError} /> : impact ? <ImpactView impact={impact} /> : problems.length > 0 ? <p>Vises, når fejlene er rettet.</p> : <LiveStatus>Beregner virkningen …</LiveStatus>}
          </Section>
          <Section id="tests" title="Regeltest">
            <p>Regelsættets testtilfælde kørt med udkastet, som om det var offentliggjort.</p>
            <button type="button" className="button button--secondary" onClick={() => void runTrial()} disabled={trialBusy}>
              Kør regeltestene
            </button>
            <div aria-live="polite">{trial && <TrialView trial={trial} />}</div>
          </Section>
          <History view={view} />
        </aside>
      </div>
    </Page>
  );
}

function TrialView({ trial }: { trial: Trial }) {
  return (
    <div id="trial-result">
      <p>
        {trial.tests ? `Regeltest: ${trial.tests.passed} bestået, ${trial.tests.failed} fejlet.` : 'Ingen regeltest.'} {trial.publishable ? 'Udkastet kan indsendes.' : 'Udkastet kan ikke offentliggøres endnu:'}
      </p>
      {trial.refused.length > 0 && (
        <ul className="problem">
          {trial.refused.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {trial.tests && trial.tests.results.length > 0 && (
        <ul className="test-results">
          {trial.tests.results.map((r) => (
            <li key={`${r.file}:${r.line}`}>
              <span className={r.passed ? 'ok' : 'fail'}>{r.passed ? 'Bestået' : 'Fejlet'}</span>: {r.name}
              {r.reason && <div className="field__hint">{r.reason}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function History({ view }: { view: VersionViewBody }) {
  if (view.history.length === 0) return null;
  return (
    <Section id="history" title="Forløb">
      <ol className="timeline">
        {view.history.map((h, i) => (
          <li key={i}>
            <strong>{ACTIONS[h.action] ?? h.action}</strong>
            {h.revision ? ` (revision ${h.revision})` : ''} {h.at ? formatDateTime(h.at) : ''} {h.actor ? `af ${h.actor.label}` : ''}
            {h.reason && <div>Begrundelse: {h.reason}</div>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Actions({ view, isAuthor, problems, saving, onDone }: { view: VersionViewBody; isAuthor: boolean; problems: EngineProblem[]; saving: string; onDone: (next: VersionViewBody) => Promise<void> }) {
  const { ref, state } = view;
  const base = `/v1/rulesets/${encodeURIComponent(ref.id)}/drafts/${encodeURIComponent(ref.version)}`;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const act = async (path: string, body: object) => {
    setBusy(true);
    setError(null);
    try {
      const next = await api<VersionViewBody>(`${base}/${path}`, { method: 'POST', body: { ...body, ...(state.revision ? { revision: state.revision } : {}) } });
      await onDone(next);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const decide = (path: 'approve' | 'reject') => {
    if (!reason.trim()) {
      setReasonMissing(true);
      document.getElementById('decision-reason')?.focus();
      return;
    }
    setReasonMissing(false);
    void act(path, { reason: reason.trim() });
  };
  return (
    <Section id="workflow" title="Godkendelse">
      {error && <ProblemView error={error} />}
      {(state.status === 'draft' || state.status === 'rejected') && state.source === 'store' && (
        <>
          {state.status === 'rejected' && state.rejectReason && <Notice tone="info">Afvist af {state.rejectedBy?.label}: {state.rejectReason}</Notice>}
          <p>Når udkastet er uden fejl, sendes det til godkendelse hos en anden medarbejder i ministeriet (fire-øjne-princippet).</p>
          <button type="button" className="button" disabled={busy || problems.length > 0 || saving === 'pending' || saving === 'saving'} onClick={() => void act('submit', {})}>
            Indsend til godkendelse
          </button>
        </>
      )}
      {state.status === 'submitted' && isAuthor && <p>Indsendt {formatDateTime(state.submittedAt)}. Afventer godkendelse af en anden medarbejder i ministeriet end forfatterne (fire-øjne-princippet).</p>}
      {state.status === 'submitted' && !isAuthor && (
        <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
          <p>Indsendt af {state.submittedBy?.label} {formatDateTime(state.submittedAt)}. Godkend for at offentliggøre versionen fra {formatDate(state.validFrom)}, eller afvis med en begrundelse.</p>
          <Field id="decision-reason" label="Begrundelse" hint="Skrives i ændringsloggen, fx »Måltallet sænkes til 1.550 (BEK nr. … af 2026)«." error={reasonMissing ? 'Skriv en begrundelse.' : undefined}>
            <textarea id="decision-reason" rows={3} value={reason} required aria-invalid={reasonMissing} aria-describedby={`decision-reason-hint${reasonMissing ? ' decision-reason-error' : ''}`} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => decide('approve')}>
              Godkend og offentliggør
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => decide('reject')}>
              Afvis
            </button>
          </div>
        </form>
      )}
      {state.status === 'published' && (
        <Notice>
          Offentliggjort {formatDateTime(state.publishedAt)} efter godkendelse af {state.approvedBy?.label}
          {state.publishReason ? `: ${state.publishReason}` : ''}. Gælder fra {formatDate(state.validFrom)}. <Link to={`/regler/${ref.id}`}>Se regelsættet over tid</Link>
        </Notice>
      )}
    </Section>
  );
}
