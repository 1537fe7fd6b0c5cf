// A horizontal bar chart (SVG, no library) with its table alternative beside it: the same numbers
// as a DataTable, so no one depends on seeing the bars (WCAG 1.1.1). Two series compare before/after.
import { DataTable } from './data-table.js';
import { formatNumber } from '../lib/format.js';

export interface BarDatum {
  label: string;
  /** One value per series, in the order of `series`. */
  values: number[];
}

export function BarChart({ id, title, series, data, decimals = 0, unit = '' }: {
  id: string;
  title: string;
  /** Series names, e.g. ['Før', 'Efter']. */
  series: string[];
  data: BarDatum[];
  decimals?: number;
  unit?: string;
}) {
  const max = Math.max(1, ...data.flatMap((d) => d.values.map(Math.abs)));
  const rowHeight = 10 + series.length * 12;
  const height = data.length * rowHeight + 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">{title}</figcaption>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s}>
            <span className={`swatch swatch--${i}`} /> {s}
          </li>
        ))}
      </ul>
      <svg className="chart__svg" viewBox={`0 0 300 ${height}`} preserveAspectRatio="none" role="img" aria-label={`${title}. Tallene står i tabellen nedenfor.`} style={{ height: `${Math.max(60, data.length * 28)}px` }}>
        {data.map((d, row) =>
          d.values.map((v, s) => (
            <rect key={`${row}-${s}`} className={`bar bar--${s}`} x={100} y={5 + row * rowHeight + s * 12} width={Math.max(0.5, (Math.abs(v) / max) * 195)} height={10} />
          )),
        )}
        {data.map((d, row) => (
          <text key={`l${row}`} x={96} y={5 + row * rowHeight + series.length * 6 + 3} textAnchor="end" className="chart__label">
            {d.label.length > 18 ? `${d.label.slice(0, 17)}…` : d.label}
          </text>
        ))}
      </svg>
      <details className="chart__table">
        <summary>Vis tallene som tabel</summary>
        <DataTable
          caption={title}
          rowKey={(d) => d.label}
          rows={data}
          columns={[
            { key: 'label', header: 'Navn' },
            ...series.map((s, i) => ({ key: `v${i}`, header: s, numeric: true, cell: (d: BarDatum) => `${formatNumber(d.values[i], decimals)}${unit}` })),
          ]}
        />
      </details>
    </figure>
  );
}
