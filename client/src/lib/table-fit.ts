/**
 * How a table fits its box: on one line per row, with its text wrapped, or stacked (each row a
 * card of "heading: value" lines). The first that fits wins, so nothing is ever cut or hidden.
 */
export type TableFit = 'line' | 'wrap' | 'stack';

const FITS: readonly TableFit[] = ['line', 'wrap'];

/** Gives each body cell its column's heading as `data-label`, which the stacked layout shows before it. */
export function labelCells(table: HTMLTableElement): void {
  const headings: (string | null)[] = [];
  const head = table.tHead?.rows[table.tHead.rows.length - 1];
  for (const cell of head?.cells ?? []) {
    // A heading for screen readers only (over "Abrir" links) labels nothing on screen either.
    const label = cell.querySelector('.visually-hidden') ? null : (cell.textContent ?? '').trim();
    for (let span = 0; span < cell.colSpan; span++) headings.push(label);
  }
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const label = headings[column];
        if (label) cell.dataset.label = label;
        else delete cell.dataset.label;
        column += cell.colSpan;
      }
    }
  }
}

/** Sets the box's `data-fit` to the first layout in which its table is no wider than the box. */
export function fitTable(box: HTMLElement): TableFit {
  const table = box.querySelector('table');
  if (!table) return 'line';
  labelCells(table);
  for (const fit of FITS) {
    box.dataset.fit = fit;
    if (box.scrollWidth <= box.clientWidth) return fit;
  }
  box.dataset.fit = 'stack';
  return 'stack';
}
