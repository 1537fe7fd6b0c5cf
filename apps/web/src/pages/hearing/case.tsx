// One clinic's case in the hearing: its numbers, the history, the steps (preliminary number,
// the clinic's response, dialogue, final number) as forms the API checks against the rule sets in
// force (a field's problem is shown at the field), and the letters of the case (HTML preview, PDF).
import '../region-pages.css';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { describedBy, Field, Form } from '../../components/form.js';
import { Loading, Page, Section } from '../../components/page.js';
import { Notice, ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { ROLE_NAMES, useSession } from '../../shell/session.js';
import { parseDanishNumber } from '../simulator/danish-number.js';
import { LETTER_NAMES, lettersFor, STATUS_NAMES, type CaseDetail, type CaseLetterKind } from './types.js';

interface DeviationReason { id: string; label: string; direction?: string }

/** The minimum-patients rule set in force: its deviation reasons (§ 206 b, stk. 3) by their labels. */
function useDeviationReasons(): DeviationReason[] {
  const inForce = useApi<{ inForce: Array<{ id: string; version: string }> }>('/v1/rulesets');
  const version = inForce.data?.inForce.find((r) => r.id === 'minimum-patients')?.version;
  const doc = useApi<{ document: { content: { deviationReasons: DeviationReason[] } } }>(version ? `/v1/rulesets/minimum-patients/versions/${version}` : null);
  return doc.data?.document.content.deviationReasons ?? [];
}

type Errors = Record<string, string>;
/** The API's field problems (JSON pointers of the body, e.g. /minimumPerCapacity) by field name. */
function fieldErrors(error: unknown): Errors {
  const found: Errors = {};
  if (error instanceof ApiError) for (const e of error.problem.errors ?? []) if (e.pointer && !found[e.pointer.slice(1)]) found[e.pointer.slice(1)] = e.message;
  return found;
}

/** A step's form: posts the body with the case's version, shows the API's problems at the fields. */
function StepForm({ id, title, submitLabel, detail, step, body, onDone, children }: {
  id: string;
  title: string;
  submitLabel: string;
  detail: CaseDetail;
  step: 'preliminary' | 'response' | 'dialogue' | 'final';
  body: () => Record<string, unknown>;
  onDone: (next: CaseDetail, message: string) => void;
  children: (errors: Errors) => ReactNode;
}) {
  const [errors, setErrors] = useState<Errors>({});
  return (
    <Section id={id} title={title} level={3}>
      <Form
        submitLabel={submitLabel}
        onSubmit={async () => {
          setErrors({});
          try {
            const next = await api<CaseDetail>(`/v1/cases/${encodeURIComponent(detail.providerNumber)}/${step}`, { method: 'POST', body: { ...body(), expectedVersion: detail.version } });
            onDone(next, `${title}: gemt.`);
          } catch (error) {
            setErrors(fieldErrors(error));
            throw error;
          }
        }}
      >
        {children(errors)}
      </Form>
    </Section>
  );
}

const numberOrNull = (text: string) => (text.trim() ? parseDanishNumber(text) ?? Number.NaN : null);

function NumberField({ id, label, value, onChange, error, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} />
    </Field>
  );
}

function ReasonField({ id, label, value, onChange, reasons, error }: { id: string; label: string; value: string; onChange: (v: string) => void; reasons: DeviationReason[]; error?: string }) {
  const hint = 'Kræves, når tallet afviger fra det vejledende.';
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)}>
        <option value="">Ingen afvigelse</option>
        {reasons.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
      </select>
    </Field>
  );
}

function TextField({ id, label, value, onChange, error, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <textarea id={id} className="prose" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} />
    </Field>
  );
}

function PreliminaryForm({ detail, reasons, onDone }: { detail: CaseDetail; reasons: DeviationReason[]; onDone: (next: CaseDetail, message: string) => void }) {
  const renewed = detail.status !== 'advisory';
  const [number, setNumber] = useState(formatNumber(detail.preliminary?.minimumPerCapacity ?? detail.advisoryMinimumPerCapacity));
  const [reason, setReason] = useState(detail.preliminary?.deviationReasonId ?? '');
  const [text, setText] = useState(detail.preliminary?.deviationText ?? '');
  const [deadline, setDeadline] = useState('');
  return (
    <StepForm
      id="step-preliminary" step="preliminary" detail={detail} onDone={onDone}
      title={renewed ? 'Ny høring med et nyt foreløbigt tal' : 'Det foreløbige minimumspatienttal'}
      submitLabel={renewed ? 'Send i ny høring' : 'Send i høring'}
      body={() => ({
        minimumPerCapacity: numberOrNull(number), deviationReasonId: reason || null, deviationText: text.trim() || null,
        ...(deadline ? { hearingDeadline: deadline } : {}), ...(renewed ? { newHearing: true } : {}),
      })}
    >
      {(errors) => (
        <>
          <NumberField id="pre-number" label="Foreløbigt tal pr. kapacitet" value={number} onChange={setNumber} error={errors.minimumPerCapacity} hint={`Vejledende: ${formatNumber(detail.advisoryMinimumPerCapacity)}.`} />
          <ReasonField id="pre-reason" label="Begrundelse for at afvige" value={reason} onChange={setReason} reasons={reasons} error={errors.deviationReasonId} />
          <TextField id="pre-text" label="Begrundelsen med regionens ord" value={text} onChange={setText} error={errors.deviationText} hint="Står i høringsbrevet." />
          <Field id="pre-deadline" label={renewed ? 'Ny frist for høringssvar' : 'Frist for høringssvar'} error={errors.hearingDeadline} hint={renewed ? 'Skal ligge efter i dag.' : 'Tom: rundens frist.'}>
            <input id="pre-deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} aria-invalid={!!errors.hearingDeadline} aria-describedby={describedBy('pre-deadline', true, errors.hearingDeadline)} />
          </Field>
        </>
      )}
    </StepForm>
  );
}

function ResponseForm({ detail, onDone }: { detail: CaseDetail; onDone: (next: CaseDetail, message: string) => void }) {
  const [comment, setComment] = useState('');
  const [maximum, setMaximum] = useState('');
  return (
    <StepForm id="step-response" step="response" detail={detail} onDone={onDone} title="Klinikkens høringssvar" submitLabel="Registrér svaret"
      body={() => ({ comment: comment.trim(), maximumPatients: numberOrNull(maximum) })}>
      {(errors) => (
        <>
          <TextField id="resp-comment" label="Klinikkens bemærkninger" value={comment} onChange={setComment} error={errors.comment} />
          <NumberField id="resp-maximum" label="Klinikkens eget højeste patienttal (i alt)" value={maximum} onChange={setMaximum} error={errors.maximumPatients} hint="Tomt, hvis klinikken ikke angiver et." />
        </>
      )}
    </StepForm>
  );
}

function DialogueForm({ detail, onDone }: { detail: CaseDetail; onDone: (next: CaseDetail, message: string) => void }) {
  const [heldOn, setHeldOn] = useState('');
  const [outcome, setOutcome] = useState('');
  const [agreement, setAgreement] = useState(false);
  return (
    <StepForm id="step-dialogue" step="dialogue" detail={detail} onDone={onDone} title="Dialog med klinikken" submitLabel="Registrér dialogen"
      body={() => ({ heldOn, outcome: outcome.trim(), agreement })}>
      {(errors) => (
        <>
          <Field id="dia-date" label="Dato for dialogen" error={errors.heldOn}>
            <input id="dia-date" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} aria-invalid={!!errors.heldOn} aria-describedby={describedBy('dia-date', false, errors.heldOn)} />
          </Field>
          <TextField id="dia-outcome" label="Hvad kom der ud af dialogen" value={outcome} onChange={setOutcome} error={errors.outcome} />
          <div className="field">
            <label><input type="checkbox" checked={agreement} onChange={(e) => setAgreement(e.target.checked)} /> Regionen og klinikken er enige</label>
          </div>
        </>
      )}
    </StepForm>
  );
}

function FinalForm({ detail, reasons, onDone }: { detail: CaseDetail; reasons: DeviationReason[]; onDone: (next: CaseDetail, message: string) => void }) {
  const [number, setNumber] = useState(formatNumber(detail.preliminary?.minimumPerCapacity ?? detail.advisoryMinimumPerCapacity));
  const [reason, setReason] = useState(detail.preliminary?.deviationReasonId ?? '');
  const [text, setText] = useState(detail.preliminary?.deviationText ?? '');
  return (
    <StepForm id="step-final" step="final" detail={detail} onDone={onDone} title="Det endelige minimumspatienttal" submitLabel="Træf afgørelsen"
      body={() => ({ minimumPerCapacity: numberOrNull(number), reasonId: reason || null, reasonText: text.trim() || null })}>
      {(errors) => (
        <>
          {detail.status === 'preliminary' && <p>Klinikken har ikke svaret. Efter fristen kan regionen træffe afgørelse på det foreliggende grundlag.</p>}
          <NumberField id="fin-number" label="Endeligt tal pr. kapacitet" value={number} onChange={setNumber} error={errors.minimumPerCapacity} hint={`Vejledende: ${formatNumber(detail.advisoryMinimumPerCapacity)}; foreløbigt: ${formatNumber(detail.preliminary?.minimumPerCapacity)}.`} />
          <ReasonField id="fin-reason" label="Begrundelse for at afvige" value={reason} onChange={setReason} reasons={reasons} error={errors.reasonId} />
          <TextField id="fin-text" label="Begrundelsen med regionens ord" value={text} onChange={setText} error={errors.reasonText} hint="Står i afgørelsesbrevet." />
          {errors.dialogue && <p className="field__error" role="alert">{errors.dialogue}</p>}
        </>
      )}
    </StepForm>
  );
}

function Numbers({ detail }: { detail: CaseDetail }) {
  const rows: Array<[string, ReactNode]> = [
    ['Klinik', `${detail.clinicName}, ${detail.municipality} (sundhedsråd ${detail.council})`],
    ['Tilstand', STATUS_NAMES[detail.status]],
    ['Tilmeldte patienter', formatNumber(detail.listedPatients)],
    ['Kapaciteter', formatNumber(detail.capacities)],
    ['Patienter pr. kapacitet i dag', formatNumber(detail.listedPatients / detail.capacities, 1)],
    ['Gennemsnitlig vægt', formatNumber(detail.meanWeight, 4)],
    ['Vejledende minimum pr. kapacitet', formatNumber(detail.advisoryMinimumPerCapacity)],
    ['Vejledende minimum i alt', formatNumber(detail.advisoryMinimumTotal)],
    ['Foreløbigt tal pr. kapacitet', detail.preliminary ? `${formatNumber(detail.preliminary.minimumPerCapacity)}${detail.preliminary.hearingNumber > 1 ? ` (høring nr. ${detail.preliminary.hearingNumber})` : ''}` : '–'],
    ['Frist for høringssvar', formatDate(detail.preliminary?.hearingDeadline)],
    ['Dialog påkrævet', detail.preliminary ? (detail.preliminary.dialogueRequired ? 'Ja' : 'Nej') : '–'],
    ['Klinikkens svar', detail.response ? `${detail.response.comment}${detail.response.maximumPatients !== null ? ` (højst ${formatNumber(detail.response.maximumPatients)} patienter)` : ''}` : '–'],
    ['Dialoger', detail.dialogues.length ? detail.dialogues.map((d) => `${formatDate(d.heldOn)}: ${d.outcome} (${d.agreement ? 'enige' : 'ikke enige'})`).join('; ') : '–'],
    ['Endeligt tal pr. kapacitet', detail.final ? `${formatNumber(detail.final.minimumPerCapacity)} fra ${formatDate(detail.final.effectiveDate)}${detail.final.withoutResponse ? ', på det foreliggende grundlag' : ''}` : '–'],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
    </dl>
  );
}

const HISTORY_DATA: Record<string, string> = { minimumPerCapacity: 'tal pr. kapacitet', deviationReasonId: 'begrundelse', reasonId: 'begrundelse', comment: 'bemærkning', maximumPatients: 'højeste patienttal' };
function historyText(data: Record<string, unknown>, reasons: DeviationReason[]): string {
  if (data.dialogue && typeof data.dialogue === 'object') return `dialog ${formatDate(String((data.dialogue as { heldOn?: string }).heldOn ?? ''))}`;
  const shown = (k: string, v: unknown) => (typeof v === 'number' ? formatNumber(v) : /reasonId$|ReasonId$/.test(k) ? reasons.find((r) => r.id === v)?.label ?? String(v) : String(v));
  return Object.entries(data).filter(([k, v]) => HISTORY_DATA[k] && v !== null && v !== undefined).map(([k, v]) => `${HISTORY_DATA[k]}: ${shown(k, v)}`).join('; ');
}

/** »Region (nøgle b8179774)«: who made a change, by role and the start of the token's id (the audit log has the rest). */
function actorText(actorId: string, role: string): string {
  const name = ROLE_NAMES[role as keyof typeof ROLE_NAMES] ?? role;
  const token = /^token:([0-9a-f]{8})/.exec(actorId);
  return token ? `${name} (nøgle ${token[1]})` : `${name} (${actorId})`;
}

function Letters({ detail }: { detail: CaseDetail }) {
  const [shown, setShown] = useState<CaseLetterKind | null>(null);
  const base = `/v1/cases/${encodeURIComponent(detail.providerNumber)}/letters`;
  return (
    <Section id="letters" title="Sagens breve">
      <ul className="letters">
        {lettersFor(detail.status).map((kind) => (
          <li key={kind}>
            {LETTER_NAMES[kind]}:{' '}
            <button type="button" className="button button--secondary" aria-pressed={shown === kind} onClick={() => setShown(shown === kind ? null : kind)}>
              {shown === kind ? 'Skjul brevet' : 'Vis brevet'}
            </button>{' '}
            <a className="button" href={`${base}/${kind}?year=${detail.year}&format=pdf`} download>Hent som PDF</a>
          </li>
        ))}
      </ul>
      {shown && (
        <iframe className="letter-frame" title={`${LETTER_NAMES[shown]} til ydernr. ${detail.providerNumber}`} src={`${base}/${shown}?year=${detail.year}`} sandbox="" />
      )}
      <h3>Registrerede breve</h3>
      {detail.letters.length === 0 ? <p>Ingen breve er registreret på sagen endnu.</p> : (
        <ul>
          {detail.letters.map((l) => <li key={l.letterId}>{LETTER_NAMES[l.kind as CaseLetterKind] ?? l.kind}: <code>{l.letterId}</code>, {formatDateTime(l.createdAt)}</li>)}
        </ul>
      )}
    </Section>
  );
}

export default function CasePage() {
  const { providerNumber = '' } = useParams();
  const [params] = useSearchParams();
  const year = params.get('aar');
  const { session } = useSession();
  const loaded = useApi<CaseDetail>(`/v1/cases/${encodeURIComponent(providerNumber)}${year ? `?year=${encodeURIComponent(year)}` : ''}`);
  const [current, setCurrent] = useState<CaseDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reasons = useDeviationReasons();
  const detail = current ?? loaded.data;
  const title = `Sag: ydernr. ${providerNumber}`;
  if (loaded.error && !detail) {
    return (
      <Page title={title}>
        <ProblemView error={loaded.error} />
        <p><Link to="/hoering">Tilbage til høringen</Link></p>
      </Page>
    );
  }
  if (!detail) return <Page title={title}><Loading /></Page>;
  const canWrite = session?.principal.role === 'region';
  const done = (next: CaseDetail, text: string) => {
    setCurrent(next);
    setMessage(text);
  };
  return (
    <Page title={`${title} — ${detail.clinicName}`} lead={<><Link to={`/hoering?runde=${encodeURIComponent(detail.hearingId)}`}>Høringsrunden {detail.year}</Link> · {STATUS_NAMES[detail.status]}</>}>
      {message && <Notice>{message}</Notice>}
      <div className="two-col">
        <div>
          <Section id="numbers" title="Tallene">
            <Numbers detail={detail} />
          </Section>
          {canWrite && detail.status !== 'final' && (
            <Section id="steps" title="Næste skridt">
              {detail.status === 'advisory' && <PreliminaryForm key={detail.version} detail={detail} reasons={reasons} onDone={done} />}
              {detail.status === 'preliminary' && <ResponseForm key={detail.version} detail={detail} onDone={done} />}
              {(detail.status === 'preliminary' || detail.status === 'response') && <DialogueForm key={`d${detail.version}`} detail={detail} onDone={done} />}
              {(detail.status === 'preliminary' || detail.status === 'response') && <FinalForm key={`f${detail.version}`} detail={detail} reasons={reasons} onDone={done} />}
              {(detail.status === 'preliminary' || detail.status === 'response') && (
                <details>
                  <summary>Ny høring med et andet foreløbigt tal</summary>
                  <PreliminaryForm key={`p${detail.version}`} detail={detail} reasons={reasons} onDone={done} />
                </details>
              )}
            </Section>
          )}
        </div>
        <div>
          <Letters detail={detail} />
          <Section id="history" title="Historik">
            <DataTable
              caption="Sagens historik, ældste først"
              rows={detail.history}
              rowKey={(h) => String(h.seq)}
              columns={[
                { key: 'at', header: 'Tidspunkt', cell: (h) => formatDateTime(h.at) },
                { key: 'step', header: 'Skridt', cell: (h) => `${h.fromStatus ? STATUS_NAMES[h.fromStatus] : 'Oprettet'} → ${STATUS_NAMES[h.toStatus]}` },
                { key: 'data', header: 'Indhold', cell: (h) => historyText(h.data, reasons) || '–' },
                { key: 'actor', header: 'Af', cell: (h) => actorText(h.actorId, h.actorRole) },
              ]}
            />
          </Section>
        </div>
      </div>
    </Page>
  );
}
