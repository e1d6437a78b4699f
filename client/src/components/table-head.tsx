/** A column heading; a numeric column is right-aligned like its cells. */
export type Column = string | { label: string; numeric: true };

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
