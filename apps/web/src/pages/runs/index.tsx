// Kørsler: the registered model runs and the report of each (GET /v1/runs/{id}/report) — for a
// region its own councils and clinics; councils at their ceiling (no free capacity) highlighted.
import '../region-pages.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { Field } from '../../components/form.js';
import { Loading, Page, Section } from '../../components/page.js';
import { ProblemView } from '../../components/problem.js';
import { formatDate, formatDateTime, formatNumber, plural } from '../../lib/format.js';
import { useApi } from '../../lib/use-api.js';
import { useSession } from '../../shell/session.js';

interface RunSummary { id: string; asOf: string; synthetic: boolean; registeredAt: string; clinicCount: number }
interface CouncilRow { year: number; council: string; region: string; citizens: number; existingCapacities: number; totalWeight: number; ceiling: number; computedCeiling: number; fixedCeiling: number | null; freeCapacities: number; atCeiling: boolean }
interface ClinicRow { providerNumber: string; name: string; municipality: string; council: string; capacities: number; listedPatients: number; meanWeight: number; advisoryMinimumPerCapacity: number; advisoryMinimumTotal: number; island: string | null }
interface Report {
  id: string; asOf: string; synthetic: boolean; registeredAt: string; region: string | null; regions: string[]; years: number[];
  ruleSets: Array<{ id: string; version: string; title: string | null }>;
  councils: CouncilRow[]; clinics: ClinicRow[];
  totals: { clinics: number; capacities: number; listedPatients: number };
}

export default function RunsPage() {
  const { runId } = useParams();
  return runId ? <RunReport id={runId} /> : <RunList />;
}

function RunList() {
  const runs = useApi<{ runs: RunSummary[] }>('/v1/runs');
  const list = [...(runs.data?.runs ?? [])].sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
  return (
    <Page title="Kørsler" lead="Modelkørslerne, ministeriet har registreret, og rapporten for hver.">
      {runs.loading && <Loading />}
      <ProblemView error={runs.error} />
      {runs.data && (
        <DataTable
          caption="Registrerede modelkørsler, nyeste først"
          rows={list}
          rowKey={(r) => r.id}
          empty="Ingen kørsler er registreret endnu."
          columns={[
            { key: 'asOf', header: 'Skæringsdato', cell: (r) => <Link to={`/koersler/${encodeURIComponent(r.id)}`}>Kørslen pr. {formatDate(r.asOf)}</Link> },
            { key: 'data', header: 'Data', cell: (r) => (r.synthetic ? 'Syntetiske data' : 'Registerdata') },
            { key: 'clinics', header: 'Klinikker', numeric: true, cell: (r) => formatNumber(r.clinicCount) },
            { key: 'registeredAt', header: 'Registreret', cell: (r) => formatDateTime(r.registeredAt) },
          ]}
        />
      )}
    </Page>
  );
}

function RunReport({ id }: { id: string }) {
  const { session } = useSession();
  const isRegion = session?.principal.role === 'region';
  const [region, setRegion] = useState('');
  const report = useApi<Report>(`/v1/runs/${encodeURIComponent(id)}/report${region && !isRegion ? `?region=${encodeURIComponent(region)}` : ''}`);
  const [year, setYear] = useState<number | null>(null);
  const data = report.data;
  const shownYear = year ?? data?.years[0] ?? null;
  const councils = (data?.councils ?? []).filter((c) => c.year === shownYear);
  const atCeiling = councils.filter((c) => c.atCeiling);
  return (
    <Page
      title={data ? `Rapport: kørslen pr. ${formatDate(data.asOf)}` : 'Rapport'}
      lead={<><Link to="/koersler">Alle kørsler</Link>{data?.synthetic ? ' · SYNTETISKE DATA' : ''}{data?.region ? ` · ${data.region}` : ' · hele landet'}</>}
    >
      {report.loading && <Loading />}
      <ProblemView error={report.error} />
      {data && (
        <>
          <div className="filters">
            {!isRegion && (
              <Field id="report-region" label="Region">
                <select id="report-region" value={region} onChange={(e) => setRegion(e.target.value)}>
                  <option value="">Hele landet</option>
                  {data.regions.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              </Field>
            )}
            {data.years.length > 1 && (
              <Field id="report-year" label="År">
                <select id="report-year" value={shownYear ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
                  {data.years.map((y) => <option key={y} value={y}>{y}</option>)}
                </select>
              </Field>
            )}
          </div>
          <Section id="summary" title="Overblik">
            <p>
              {plural(data.totals.clinics, 'klinik', 'klinikker')} med {formatNumber(data.totals.capacities)} kapaciteter og {formatNumber(data.totals.listedPatients)} tilmeldte patienter.
              {shownYear !== null && <> I {shownYear} har {plural(atCeiling.length, 'sundhedsråd', 'sundhedsråd')} nået loftet{atCeiling.length ? `: ${atCeiling.map((c) => c.council).join(', ')}` : ''}.</>}
            </p>
            <p>Kørslen er beregnet efter:</p>
            <ul>
              {data.ruleSets.map((r) => <li key={r.id}>»{r.title ?? r.id}« (version {r.version})</li>)}
            </ul>
          </Section>
          <Section id="councils" title={`Sundhedsrådene${shownYear !== null ? ` i ${shownYear}` : ''}`}>
            <p className="field__hint">Råd, der har nået loftet (ingen ledige kapaciteter), er markeret »Loftet er nået«.</p>
            <DataTable
              caption={`Kapacitet pr. sundhedsråd${shownYear !== null ? ` i ${shownYear}` : ''}`}
              rows={councils}
              rowKey={(c) => `${c.council}-${c.year}`}
              rowClass={(c) => (c.atCeiling ? 'at-ceiling' : undefined)}
              empty="Kørslen har ingen sundhedsråd for regionen."
              columns={[
                { key: 'council', header: 'Sundhedsråd', cell: (c) => <>{c.council}{c.atCeiling && <> <span className="tag tag--alert">Loftet er nået</span></>}</> },
                { key: 'citizens', header: 'Borgere', numeric: true, cell: (c) => formatNumber(c.citizens) },
                { key: 'existing', header: 'Kapaciteter i dag', numeric: true, cell: (c) => formatNumber(c.existingCapacities) },
                { key: 'ceiling', header: 'Loft', numeric: true, cell: (c) => formatNumber(c.ceiling) },
                { key: 'computed', header: 'Beregnet efter modellen', numeric: true, cell: (c) => formatNumber(c.computedCeiling) },
                { key: 'free', header: 'Ledige', numeric: true, cell: (c) => formatNumber(c.freeCapacities) },
              ]}
            />
          </Section>
          <Section id="clinics" title="Klinikkerne">
            <DataTable
              caption="Klinikkernes vejledende minimumspatienttal"
              rows={data.clinics}
              rowKey={(c) => c.providerNumber}
              columns={[
                { key: 'providerNumber', header: 'Ydernr.' },
                { key: 'name', header: 'Klinik' },
                { key: 'council', header: 'Sundhedsråd' },
                { key: 'capacities', header: 'Kapaciteter', numeric: true, cell: (c) => formatNumber(c.capacities) },
                { key: 'listed', header: 'Tilmeldte', numeric: true, cell: (c) => formatNumber(c.listedPatients) },
                { key: 'weight', header: 'Gns. vægt', numeric: true, cell: (c) => formatNumber(c.meanWeight, 4) },
                { key: 'advisory', header: 'Vejledende pr. kapacitet', numeric: true, cell: (c) => formatNumber(c.advisoryMinimumPerCapacity) },
                { key: 'total', header: 'Vejledende i alt', numeric: true, cell: (c) => formatNumber(c.advisoryMinimumTotal) },
              ]}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
