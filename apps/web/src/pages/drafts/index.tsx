// Udkast: every version in the store's workflow (drafts, submitted, rejected, published through the
// API) and a new draft successor of a rule set, whole or as an amendment of the version it succeeds.
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { Field, Form } from '../../components/form.js';
import { Loading, Page, Section } from '../../components/page.js';
import { ProblemView } from '../../components/problem.js';
import { api, ApiError } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import type { RuleSetList } from '../rules/types.js';
import { STATUS_NAMES, type DraftListItem, type VersionViewBody } from './types.js';

export default function DraftsPage() {
  const list = useApi<RuleSetList>('/v1/rulesets');
  const ids = [...new Set((list.data?.ruleSets ?? []).map((r) => r.id))];
  const titles = new Map((list.data?.ruleSets ?? []).map((r) => [r.id, r.title]));
  const [drafts, setDrafts] = useState<DraftListItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!ids.length) return;
    Promise.all(ids.map((id) => api<{ drafts: DraftListItem[] }>(`/v1/rulesets/${encodeURIComponent(id)}/drafts`))).then(
      (all) => setDrafts(all.flatMap((a) => a.drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
      (e: ApiError) => setError(e),
    );
    // ids changes only when the list arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids.join(',')]);
  return (
    <Page title="Udkast" lead="Nye versioner af reglerne: ret i formularer, se virkningen, indsend, og få en kollega til at godkende.">
      {list.error && <ProblemView error={list.error} />}
      {list.data && <NewDraft ids={ids} titles={titles} />}
      <Section id="drafts" title="Versioner under behandling og offentliggjort her">
        {error && <ProblemView error={error} />}
        {!drafts ? (
          <Loading />
        ) : (
          <DataTable
            caption="Udkast og versioner i databasen, senest ændrede først"
            rows={drafts}
            rowKey={(d) => `${d.id}@${d.version}`}
            empty="Der er ingen udkast endnu."
            columns={[
              { key: 'version', header: 'Version', cell: (d) => <Link to={`/udkast/${d.id}/${d.version}`}>{`${titles.get(d.id) ?? d.id} ${d.version}`}</Link> },
              { key: 'status', header: 'Status', cell: (d) => STATUS_NAMES[d.status] },
              { key: 'validFrom', header: 'Gælder fra', cell: (d) => formatDate(d.validFrom) },
              { key: 'problems', header: 'Fejl', numeric: true, cell: (d) => String(d.problems) },
              { key: 'authors', header: 'Forfattere', cell: (d) => d.authors.map((a) => a.label).join(', ') },
              { key: 'updatedAt', header: 'Ændret', cell: (d) => formatDateTime(d.updatedAt) },
            ]}
          />
        )}
      </Section>
    </Page>
  );
}

function NewDraft({ ids, titles }: { ids: string[]; titles: Map<string, string> }) {
  const navigate = useNavigate();
  const [ruleSet, setRuleSet] = useState(ids.includes('capacity') ? 'capacity' : (ids[0] ?? ''));
  const [validFrom, setValidFrom] = useState('');
  const [amendment, setAmendment] = useState(false);
  const [dateMissing, setDateMissing] = useState(false);
  return (
    <Section id="new" title="Nyt udkast">
      <p>Udkastet bygger på den version, der gælder dagen før den nye version skal gælde.</p>
      <Form
        submitLabel="Opret udkast"
        onSubmit={async () => {
          if (!validFrom) {
            setDateMissing(true);
            document.getElementById('new-valid-from')?.focus();
            return;
          }
          setDateMissing(false);
          const created = await api<VersionViewBody>(`/v1/rulesets/${encodeURIComponent(ruleSet)}/drafts`, { method: 'POST', body: { validFrom, amendment } });
          navigate(`/udkast/${created.ref.id}/${created.ref.version}`);
        }}
      >
        <Field id="new-rule-set" label="Regelsæt">
          <select id="new-rule-set" value={ruleSet} onChange={(e) => setRuleSet(e.target.value)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {titles.get(id)} ({id})
              </option>
            ))}
          </select>
        </Field>
        <Field id="new-valid-from" label="Gælder fra" error={dateMissing ? 'Angiv den dato, den nye version skal gælde fra.' : undefined}>
          <input id="new-valid-from" type="date" value={validFrom} required aria-invalid={dateMissing} aria-describedby={dateMissing ? 'new-valid-from-error' : undefined} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <fieldset className="field">
          <legend>Skriv udkastet som</legend>
          <label className="choice">
            <input type="radio" name="new-form" checked={!amendment} onChange={() => setAmendment(false)} /> en hel version (en kopi af den gældende)
          </label>
          <label className="choice">
            <input type="radio" name="new-form" checked={amendment} onChange={() => setAmendment(true)} /> en ændring (kun det, der ændres)
          </label>
        </fieldset>
      </Form>
    </Section>
  );
}
