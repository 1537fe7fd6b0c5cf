// Afgørelser — simulator: a capacity request (council, request kind, clinic, island, coverage
// judgement, extraordinary situation) decided under the rules in force or a chosen draft
// (POST /v1/decisions/capacity/preview, never stored), with the decision's trace in Danish
// sentences and references; a region then records it as a real decision (POST /v1/decisions/capacity,
// stored and audited) and produces its letter (GET /v1/decisions/{id}/letter).
import '../region-pages.css';
import { useMemo, useState } from 'react';
import { Field, describedBy } from '../../components/form.js';
import { Loading, Page, Section } from '../../components/page.js';
import { Notice, ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { useSession } from '../../shell/session.js';
import { DecisionView, PREVIEW_PREFIX, type DecisionAnswer } from './decision-view.js';
import { parseDanishNumber } from './danish-number.js';

interface RuleSetSummary { id: string; version: string; status: string; title: string; validFrom: string; inForce: boolean }
interface GeographyDocument { content: { councils: Array<{ id: string; name: string; region: string }>; islands: Array<{ id: string; name: string }> } }
interface CouncilYear { council: string; region: string; existingCapacities: number; ceiling: number; freeCapacities: number }
interface StoredDecision { id: string; outcome: string; council: string; asOf: string; createdAt: string; request: { clinic: { providerNumber: string; island?: string } } }

const today = () => new Date().toISOString().slice(0, 10);

interface FormState {
  date: string;
  council: string;
  request: 'new' | 'refill';
  existingCapacities: string;
  requestedCapacities: string;
  ceiling: string;
  providerNumber: string;
  island: string;
  coverageInsufficient: boolean;
  situation: boolean;
  situationKind: string;
  situationDescription: string;
  situationReasoning: string;
  /** '' = the rules in force on the date; else a draft version of the decisions rule set. */
  draft: string;
}

const EMPTY: FormState = {
  date: today(), council: '', request: 'new', existingCapacities: '', requestedCapacities: '', ceiling: '', providerNumber: '', island: '',
  coverageInsufficient: false, situation: false, situationKind: 'high-population-growth', situationDescription: '', situationReasoning: '', draft: '',
};

type FieldErrors = Partial<Record<keyof FormState, string>>;

/** The request the API reads, or the fields' errors in Danish; the API's own check follows. */
function toRequest(form: FormState): { request?: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'Angiv datoen for anmodningen.';
  if (!form.council) errors.council = 'Vælg sundhedsrådet.';
  const existing = parseDanishNumber(form.existingCapacities);
  if (existing === undefined || existing < 0) errors.existingCapacities = 'Skriv antallet af eksisterende kapaciteter som et tal, fx 136,5.';
  const requested = form.requestedCapacities.trim() ? parseDanishNumber(form.requestedCapacities) : null;
  if (requested === undefined || (requested !== null && requested <= 0)) errors.requestedCapacities = 'Skriv et tal større end 0, fx 0,5 — eller lad feltet stå tomt (1 kapacitet).';
  const ceiling = form.ceiling.trim() ? parseDanishNumber(form.ceiling) : null;
  if (ceiling === undefined || (ceiling !== null && ceiling < 0)) errors.ceiling = 'Skriv loftet som et tal — eller lad feltet stå tomt, hvor bekendtgørelsen fastsætter det.';
  if (!form.providerNumber.trim()) errors.providerNumber = 'Skriv klinikkens ydernummer.';
  if (form.situation && !form.situationDescription.trim()) errors.situationDescription = 'Beskriv situationen.';
  if (form.situation && !form.situationReasoning.trim()) errors.situationReasoning = 'Skriv regionens begrundelse.';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    request: {
      date: form.date,
      council: form.council,
      request: form.request,
      existingCapacities: existing,
      ...(requested !== null ? { requestedCapacities: requested } : {}),
      ...(ceiling !== null ? { ceiling } : {}),
      clinic: { providerNumber: form.providerNumber.trim(), ...(form.island ? { island: form.island } : {}) },
      regionFindsCoverageInsufficient: form.coverageInsufficient,
      ...(form.situation
        ? { extraordinarySituation: { kind: form.situationKind.trim() || 'high-population-growth', description: form.situationDescription.trim(), regionReasoning: form.situationReasoning.trim() } }
        : {}),
    },
  };
}

/** The API's field errors (JSON pointers of the request) at the form's fields. */
const POINTER_FIELDS: Record<string, keyof FormState> = {
  '/date': 'date', '/council': 'council', '/request': 'request', '/existingCapacities': 'existingCapacities', '/requestedCapacities': 'requestedCapacities',
  '/ceiling': 'ceiling', '/clinic/providerNumber': 'providerNumber', '/clinic/island': 'island', '/clinic': 'providerNumber',
  '/regionFindsCoverageInsufficient': 'coverageInsufficient', '/extraordinarySituation/description': 'situationDescription', '/extraordinarySituation/regionReasoning': 'situationReasoning',
};
function apiFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const found: FieldErrors = {};
  for (const e of error.problem.errors ?? []) {
    const field = e.pointer ? POINTER_FIELDS[e.pointer] : undefined;
    if (field && !found[field]) found[field] = e.message;
  }
  return found;
}

export default function SimulatorPage() {
  const { session } = useSession();
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ answer: DecisionAnswer; request: Record<string, unknown>; draft: string } | null>(null);
  const [recorded, setRecorded] = useState<{ id: string; answer: DecisionAnswer } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? form.date : today();
  const ruleSets = useApi<{ inForce: Array<{ id: string; version: string }>; ruleSets: RuleSetSummary[] }>(`/v1/rulesets?asOf=${validDate}`);
  const geographyVersion = ruleSets.data?.inForce.find((r) => r.id === 'geography')?.version;
  const geography = useApi<{ document: GeographyDocument }>(geographyVersion ? `/v1/rulesets/geography/versions/${geographyVersion}` : null);
  const storeDrafts = useApi<{ drafts?: Array<{ version: string; status: string }> }>('/v1/rulesets/decisions/drafts');
  const councils = useApi<{ councils: CouncilYear[] }>(`/v1/councils?year=${validDate.slice(0, 4)}`);
  const recent = useApi<{ decisions: StoredDecision[] }>(session?.principal.role === 'region' ? '/v1/decisions?limit=10' : null);

  const drafts = useMemo(() => {
    const inFolder = (ruleSets.data?.ruleSets ?? []).filter((r) => r.id === 'decisions' && r.status === 'draft').map((r) => r.version);
    const inStore = (storeDrafts.data?.drafts ?? []).filter((v) => v.status !== 'published' && v.status !== 'rejected').map((v) => v.version);
    return [...new Set([...inFolder, ...inStore])].sort();
  }, [ruleSets.data, storeDrafts.data]);
  const councilOptions = geography.data?.document.content.councils ?? [];
  const islands = geography.data?.document.content.islands ?? [];
  const isRegion = session?.principal.role === 'region';

  const chooseCouncil = (id: string) => {
    const found = councils.data?.councils.find((c) => c.council === id);
    setForm((f) => ({ ...f, council: id, ...(found && !f.existingCapacities ? { existingCapacities: formatNumber(found.existingCapacities) } : {}) }));
  };

  const run = async (what: 'preview' | 'record') => {
    const { request, errors: found } = toRequest(form);
    setErrors(found);
    setProblem(null);
    if (!request) return;
    setBusy(true);
    try {
      if (what === 'preview') {
        const query = form.draft ? `?versions=${encodeURIComponent(`decisions@${form.draft}`)}` : '';
        const answer = await api<DecisionAnswer>(`/v1/decisions/capacity/preview${query}`, { method: 'POST', body: request });
        setPreview({ answer, request, draft: form.draft });
        setRecorded(null);
      } else {
        const created = await api<{ id: string }>('/v1/decisions/capacity', { method: 'POST', body: request });
        // The 201 body may be lean (issue 17b); the stored decision with its trace is one GET away.
        const answer = await api<DecisionAnswer>(`/v1/decisions/${encodeURIComponent(created.id)}`);
        setRecorded({ id: created.id, answer });
        recent.reload();
      }
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const sameAsPreview = preview && JSON.stringify(preview.request) === JSON.stringify(toRequest(form).request) && preview.draft === '';

  return (
    <Page
      title="Afgørelser — simulator"
      lead="Prøv en anmodning om kapacitet efter de gældende regler eller et udkast, se afgørelsen og begrundelsen med kilder — og træf den som en rigtig afgørelse."
    >
      <div className="two-col">
        <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); void run('preview'); }} aria-describedby="simulator-note">
          <p id="simulator-note" className="field__hint">Felter med * skal udfyldes. Tal skrives med komma, fx 136,5.</p>
          <Field id="sim-date" label="Dato for anmodningen *" error={errors.date}>
            <input id="sim-date" type="date" value={form.date} onChange={(e) => set('date', e.target.value)} aria-invalid={!!errors.date} aria-describedby={describedBy('sim-date', false, errors.date)} />
          </Field>
          <Field id="sim-council" label="Sundhedsråd *" error={errors.council} hint={`Sundhedsrådene i geografien, der gælder ${formatDate(validDate)}.`}>
            <select id="sim-council" value={form.council} onChange={(e) => chooseCouncil(e.target.value)} aria-invalid={!!errors.council} aria-describedby={describedBy('sim-council', true, errors.council)}>
              <option value="">Vælg sundhedsråd</option>
              {councilOptions.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </Field>
          <fieldset className="field">
            <legend>Anmodningen gælder *</legend>
            <label><input type="radio" name="sim-request" value="new" checked={form.request === 'new'} onChange={() => set('request', 'new')} /> Ny kapacitet</label>
            <label><input type="radio" name="sim-request" value="refill" checked={form.request === 'refill'} onChange={() => set('request', 'refill')} /> Genbesættelse af en kapacitet</label>
          </fieldset>
          <Field id="sim-existing" label="Eksisterende kapaciteter i sundhedsrådet *" error={errors.existingCapacities} hint="Udfyldes fra den seneste registrerede kørsel, når rådet vælges.">
            <input id="sim-existing" inputMode="decimal" value={form.existingCapacities} onChange={(e) => set('existingCapacities', e.target.value)} aria-invalid={!!errors.existingCapacities} aria-describedby={describedBy('sim-existing', true, errors.existingCapacities)} />
          </Field>
          <Field id="sim-requested" label="Ansøgte kapaciteter" error={errors.requestedCapacities} hint="Tomt: 1 kapacitet.">
            <input id="sim-requested" inputMode="decimal" value={form.requestedCapacities} onChange={(e) => set('requestedCapacities', e.target.value)} aria-invalid={!!errors.requestedCapacities} aria-describedby={describedBy('sim-requested', true, errors.requestedCapacities)} />
          </Field>
          <Field id="sim-ceiling" label="Kapacitetsloft" error={errors.ceiling} hint="Tomt, hvor bekendtgørelsen fastsætter sundhedsrådets antal lægekapaciteter.">
            <input id="sim-ceiling" inputMode="decimal" value={form.ceiling} onChange={(e) => set('ceiling', e.target.value)} aria-invalid={!!errors.ceiling} aria-describedby={describedBy('sim-ceiling', true, errors.ceiling)} />
          </Field>
          <Field id="sim-provider" label="Klinikkens ydernummer *" error={errors.providerNumber}>
            <input id="sim-provider" inputMode="numeric" autoComplete="off" value={form.providerNumber} onChange={(e) => set('providerNumber', e.target.value)} aria-invalid={!!errors.providerNumber} aria-describedby={describedBy('sim-provider', false, errors.providerNumber)} />
          </Field>
          <Field id="sim-island" label="Ikke-brofast ø" error={errors.island} hint="Kun hvis klinikken ligger på en ikke-brofast ø.">
            <select id="sim-island" value={form.island} onChange={(e) => set('island', e.target.value)} aria-invalid={!!errors.island} aria-describedby={describedBy('sim-island', true, errors.island)}>
              <option value="">Ingen ø</option>
              {islands.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            </select>
          </Field>
          <div className="field">
            <label><input type="checkbox" checked={form.coverageInsufficient} onChange={(e) => set('coverageInsufficient', e.target.checked)} /> Regionen vurderer lægedækningen utilstrækkelig</label>
          </div>
          <div className="field">
            <label><input type="checkbox" checked={form.situation} onChange={(e) => set('situation', e.target.checked)} aria-controls="sim-situation" aria-expanded={form.situation} /> Der er en ekstraordinær situation</label>
          </div>
          {form.situation && (
            <fieldset id="sim-situation" className="field">
              <legend>Den ekstraordinære situation</legend>
              <Field id="sim-kind" label="Slags situation" hint="»high-population-growth« (høj befolkningstilvækst) eller en, regionen navngiver.">
                <input id="sim-kind" value={form.situationKind} onChange={(e) => set('situationKind', e.target.value)} aria-describedby="sim-kind-hint" />
              </Field>
              <Field id="sim-description" label="Situationen beskrevet *" error={errors.situationDescription}>
                <textarea id="sim-description" className="prose" value={form.situationDescription} onChange={(e) => set('situationDescription', e.target.value)} aria-invalid={!!errors.situationDescription} aria-describedby={describedBy('sim-description', false, errors.situationDescription)} />
              </Field>
              <Field id="sim-reasoning" label="Regionens begrundelse *" error={errors.situationReasoning}>
                <textarea id="sim-reasoning" className="prose" value={form.situationReasoning} onChange={(e) => set('situationReasoning', e.target.value)} aria-invalid={!!errors.situationReasoning} aria-describedby={describedBy('sim-reasoning', false, errors.situationReasoning)} />
              </Field>
            </fieldset>
          )}
          <Field id="sim-rules" label="Regler" hint="De gældende regler på datoen, eller et udkast til afgørelsesreglerne (kun prøve).">
            <select id="sim-rules" value={form.draft} onChange={(e) => set('draft', e.target.value)} aria-describedby="sim-rules-hint">
              <option value="">Gældende regler på datoen</option>
              {drafts.map((v) => <option key={v} value={v}>Udkast: afgørelser {v}</option>)}
            </select>
          </Field>
          <ProblemView error={problem instanceof Error ? problem : null} />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy} aria-busy={busy}>Prøv afgørelsen</button>
          </div>
        </form>

        <div>
          <Section id="result" title="Afgørelsen">
            <div aria-live="polite">
              {busy && <Loading what="Afgør" />}
              {!preview && !recorded && !busy && <p>Udfyld anmodningen og vælg »Prøv afgørelsen«.</p>}
              {recorded ? (
                <>
                  <Notice>Afgørelsen er truffet og gemt med id <code>{recorded.id}</code>.</Notice>
                  <DecisionView answer={recorded.answer} />
                  <div className="button-row">
                    <a className="button button--secondary" href={`/v1/decisions/${encodeURIComponent(recorded.id)}/letter`} target="_blank" rel="noopener">Vis afgørelsesbrevet</a>
                    <a className="button" href={`/v1/decisions/${encodeURIComponent(recorded.id)}/letter?format=pdf`} download>Hent afgørelsesbrevet som PDF</a>
                  </div>
                </>
              ) : preview ? (
                <>
                  <p className="preview-banner">{PREVIEW_PREFIX}{preview.answer.draft ? ' — under et udkast, ikke gældende regler' : ''}</p>
                  <DecisionView answer={preview.answer} />
                  {isRegion && (
                    <div className="button-row">
                      <button type="button" className="button" disabled={busy || !sameAsPreview} onClick={() => void run('record')} aria-describedby="record-hint">
                        Træf afgørelsen
                      </button>
                    </div>
                  )}
                  {isRegion && (
                    <p id="record-hint" className="field__hint">
                      {sameAsPreview
                        ? 'Afgørelsen gemmes med revisionsspor (hvem, hvornår, regelsæt) og kan derefter sendes som brev.'
                        : preview.draft
                          ? 'Et udkast kan kun prøves. Vælg de gældende regler og prøv igen for at træffe afgørelsen.'
                          : 'Anmodningen er ændret siden prøven. Prøv den igen, før den træffes.'}
                    </p>
                  )}
                </>
              ) : null}
            </div>
          </Section>
          {isRegion && (
            <Section id="recent" title="Regionens seneste afgørelser">
              {/* A list beside the form: it fills in when it arrives and never holds up the form (no »Indlæser«). */}
              <ul>
                {(recent.data?.decisions ?? []).map((d) => (
                  <li key={d.id}>
                    {formatDate(d.asOf)}: {d.outcome === 'granted' ? 'imødekommet' : 'afslået'}, {d.council}, ydernr. {d.request.clinic.providerNumber}
                    {' '}(truffet {formatDateTime(d.createdAt)}) — <a href={`/v1/decisions/${encodeURIComponent(d.id)}/letter?format=pdf`} download>brev som PDF</a>
                  </li>
                ))}
              </ul>
              {recent.data && recent.data.decisions.length === 0 && <p>Ingen afgørelser endnu.</p>}
            </Section>
          )}
        </div>
      </div>
    </Page>
  );
}
