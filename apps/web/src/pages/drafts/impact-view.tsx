// Beside the draft's form: the changes in words, and the impact on the whole country — ceilings per
// council before and after (chart with its table), the country's totals, the clinics whose advisory
// minimum changes.
import { BarChart } from '../../components/bar-chart.js';
import { DataTable } from '../../components/data-table.js';
import { Section } from '../../components/page.js';
import { formatChange, formatDate, formatNumber, plural } from '../../lib/format.js';
import type { Impact } from './types.js';

export function ChangesInWords({ changes }: { changes: Array<{ sentence: string }> }) {
  if (changes.length === 0) return <p>Ingen ændringer i forhold til den version, udkastet afløser.</p>;
  return (
    <ul className="diff-list" id="draft-diff">
      {changes.map((c, i) => (
        <li key={i}>{c.sentence}</li>
      ))}
    </ul>
  );
}

export function ImpactView({ impact }: { impact: Impact }) {
  if (!impact.model) return <p>{impact.note}</p>;
  const year = Number(impact.asOf.slice(0, 4));
  const councils = (impact.councils ?? []).map((c) => {
    const y = c.years.find((x) => x.year === year) ?? c.years[0];
    return { council: c.council, region: c.region, year: y };
  }).filter((c) => c.year);
  const changed = councils.filter((c) => c.year.ceilingDifference !== 0);
  const shownYear = councils[0]?.year.year ?? year;
  const clinics = impact.clinics;
  return (
    <>
      <p>
        Beregnet på referencebefolkningen fra kørsel <code>{impact.population?.runId.slice(0, 8)}</code> ({plural(impact.population?.citizens ?? 0, 'borger', 'borgere')}) pr. {formatDate(impact.asOf)}: version {impact.predecessor.version} mod udkastet {impact.draft.version}.
      </p>
      <p id="impact-summary">
        {changed.length === 0 ? `Ingen sundhedsråds loft ændres i ${shownYear}.` : `${plural(changed.length, 'sundhedsråds loft ændres', 'sundhedsråds lofter ændres')} i ${shownYear}.`}{' '}
        {clinics && `${plural(clinics.higher, 'klinik får', 'klinikker får')} et højere og ${formatNumber(clinics.lower)} et lavere vejledende minimumspatienttal; ${formatNumber(clinics.unchanged)} er uændrede.`}
      </p>
      <BarChart
        id="impact-chart"
        title={`Kapacitetsloft pr. sundhedsråd ${shownYear}, før og efter`}
        series={['Før', 'Efter']}
        data={councils.map((c) => ({ label: c.council, values: [c.year.before.ceiling, c.year.after.ceiling] }))}
        decimals={0}
      />
      <DataTable
        caption={`Sundhedsråd, loft og ledige kapaciteter ${shownYear}`}
        rows={councils}
        rowKey={(c) => c.council}
        rowClass={(c) => (c.year.ceilingDifference !== 0 ? 'changed' : undefined)}
        columns={[
          { key: 'council', header: 'Sundhedsråd' },
          { key: 'region', header: 'Region' },
          { key: 'before', header: 'Loft før', numeric: true, cell: (c) => formatNumber(c.year.before.ceiling) },
          { key: 'after', header: 'Loft efter', numeric: true, cell: (c) => formatNumber(c.year.after.ceiling) },
          { key: 'diff', header: 'Forskel', numeric: true, cell: (c) => formatChange(c.year.ceilingDifference) },
          { key: 'free', header: 'Ledige efter', numeric: true, cell: (c) => formatNumber(c.year.after.freeCapacities) },
        ]}
      />
      {impact.country && (
        <DataTable
          caption="Hele landet"
          rows={impact.country.years}
          rowKey={(y) => String(y.year)}
          columns={[
            { key: 'year', header: 'År', cell: (y) => String(y.year) },
            { key: 'before', header: 'Loft før', numeric: true, cell: (y) => formatNumber(y.before.ceiling) },
            { key: 'after', header: 'Loft efter', numeric: true, cell: (y) => formatNumber(y.after.ceiling) },
            { key: 'diff', header: 'Forskel', numeric: true, cell: (y) => formatChange(y.ceilingDifference) },
            { key: 'free', header: 'Ledige kapaciteter, forskel', numeric: true, cell: (y) => formatChange(y.freeCapacitiesDifference) },
          ]}
        />
      )}
      {clinics && clinics.largest.length > 0 && (
        <Section id="clinics-changed" title="Klinikker hvis minimum ændres mest" level={3}>
          <DataTable
            caption="De største ændringer i vejledende minimumspatienttal pr. kapacitet"
            rows={clinics.largest}
            rowKey={(c) => c.providerNumber}
            columns={[
              { key: 'providerNumber', header: 'Ydernummer' },
              { key: 'name', header: 'Klinik' },
              { key: 'council', header: 'Sundhedsråd' },
              { key: 'before', header: 'Før', numeric: true, cell: (c) => formatNumber(c.before, 0) },
              { key: 'after', header: 'Efter', numeric: true, cell: (c) => formatNumber(c.after, 0) },
              { key: 'difference', header: 'Forskel', numeric: true, cell: (c) => formatChange(c.difference, 0) },
            ]}
          />
        </Section>
      )}
    </>
  );
}
