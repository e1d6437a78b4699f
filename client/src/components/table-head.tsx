/**
 * A column heading; a numeric column is right-aligned like its cells; a hidden one (e.g. over
 * the "Abrir" links) is named for screen readers only.
 */
export type Column = string | { label: string; numeric: true } | { label: string; hidden: true };

/** A table's <thead>: one `scope="col"` heading per column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          typeof column === 'string' ? (
            <th key={index} scope="col">
              {column}
            </th>
          ) : 'hidden' in column ? (
            <th key={index} scope="col">
              <span className="visually-hidden">{column.label}</span>
            </th>
          ) : (
            <th key={index} scope="col" className="number">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
