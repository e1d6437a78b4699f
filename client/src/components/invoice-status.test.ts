import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVOICE_STATUS_LABELS } from './invoice-status.messages.js';

const SRC = join(import.meta.dirname, '..');
const ONE_PLACE = ['components/invoice-status.messages.ts', 'components/invoice-status.tsx', 'components/invoice-status.test.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(SRC)
  .map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }))
  .filter((file) => !ONE_PLACE.includes(file.name));

describe('invoice status labels', () => {
  it('are written once: no other file has a label of its own for ISSUED, OVERDUE or CANCELLED', () => {
    // PAID is left out: generation settlements have a PAID status of their own ("Pagada").
    const texts = (['ISSUED', 'OVERDUE', 'CANCELLED'] as const).flatMap((status) => [INVOICE_STATUS_LABELS.es[status], INVOICE_STATUS_LABELS.en[status]]);
    const found = files.flatMap((file) => [
      ...texts.filter((text) => file.text.includes(`'${text}'`)).map((text) => `${file.name}: '${text}'`),
      ...[...file.text.matchAll(/'status\.(ISSUED|OVERDUE|CANCELLED)'/g)].map((match) => `${file.name}: ${match[0]}`),
    ]);
    expect(found).toEqual([]);
  });

  it('are shown through InvoiceStatusBadge wherever a screen shows an invoice’s status', () => {
    const shown = files.flatMap((file) =>
      [...file.text.matchAll(/(\S*)\{\s*invoice\.status\s*\}/g)].filter((match) => !match[1]!.endsWith('status=')).map((match) => `${file.name}: ${match[0]}`),
    );
    expect(shown).toEqual([]);
    expect(files.filter((file) => file.text.includes('<InvoiceStatusBadge')).map((file) => file.name).sort()).toEqual([
      'features/home/home-section.tsx',
      'features/invoices/invoice-detail.tsx',
      'features/invoices/invoice-table.tsx',
    ]);
  });
});
