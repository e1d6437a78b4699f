import { describe, expect, it } from 'vitest';
import { groupByFolder } from './folder-group.js';

type Row = Parameters<typeof groupByFolder>[0][number];
const row = (id: string, folder: string) => ({ id, folder }) as Row;

describe('groupByFolder', () => {
  it("groups a page's documents by folder, folders in the order of their first document", () => {
    const groups = groupByFolder([row('1', 'Facturas'), row('2', 'Contratos'), row('3', 'Facturas')]);
    expect(groups.map(([folder, rows]) => [folder, rows.map((r) => r.id)])).toEqual([
      ['Facturas', ['1', '3']],
      ['Contratos', ['2']],
    ]);
  });

  it('is empty for an empty page', () => {
    expect(groupByFolder([])).toEqual([]);
  });
});
