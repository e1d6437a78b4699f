import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Streams COPY ... FROM STDIN text-format rows (already tab-separated and newline-terminated). */
export async function copyText(conn: pg.ClientBase, copySql: string, chunks: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks, { objectMode: false }), conn.query(copyFrom(copySql)));
}

// PostgreSQL accepts at most 65,535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

/** Multi-row INSERT: one statement per batch of rows instead of one per row. */
export async function insertRows(conn: pg.ClientBase, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(', ');
  for (let offset = 0; offset < rows.length; offset += rowsPerStatement) {
    const batch = rows.slice(offset, offset + rowsPerStatement);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await conn.query(`insert into "${table}" (${columnList}) values ${tuples.join(', ')}`, values);
  }
}

/** Yields `lines` grouped into chunks so COPY gets few large writes rather than one per row. */
export function* chunked(lines: Iterable<string>, linesPerChunk = 2_000): Generator<string> {
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length >= linesPerChunk) {
      yield buffer.join('');
      buffer = [];
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}
