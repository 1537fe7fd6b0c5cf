// A data table with a caption and column headers; on a narrow screen it scrolls inside its own
// focusable region (WCAG 1.4.10 allows that for data tables), never the page.
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The cell; default String(row[key]). */
  cell?: (row: T) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export function DataTable<T>({ caption, columns, rows, rowKey, empty = 'Ingen rækker.', rowClass }: {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  empty?: ReactNode;
  rowClass?: (row: T) => string | undefined;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={rowKey(row, i)} className={rowClass?.(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.cell ? c.cell(row) : String((row as Record<string, unknown>)[c.key] ?? '')}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
