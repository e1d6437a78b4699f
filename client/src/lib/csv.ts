/**
 * A CSV as spreadsheets in Spain open it: `;` between columns (`,` is their decimal mark), CRLF
 * lines, and a BOM so that they read UTF-8 ("sí") rather than guess a legacy encoding.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  // Each row ends its own line, so no rows is no line (not a blank one).
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(';')}\r\n`).join('')}`;
}

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Saves text as a file through a temporary object URL and an <a download>. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
