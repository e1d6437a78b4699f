import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import { addDays, madridMidnight } from '@portal/shared';
import pg from 'pg';
import { DATA_DIR } from './common.js';

export type ImportResult = { rows: number; bytes: number; seconds: number; rowsPerSecond: number; status: string; answer: unknown };

const HEADER = 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion';
const HOUR_MS = 3_600_000;

/**
 * A CNMC consumption curve of `rows` lines (CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion,
 * dd/mm/yyyy, hour 1–23/24/25 ending the interval, decimal comma, R/E): whole years of hourly
 * readings of `cups`, in the year before `before`, cut at `rows`. Cached under bench/data/.
 */
export async function writeCnmcFile(cups: string[], before: string, rows: number, eol = '\r\n'): Promise<string> {
  // Keyed by the CUPS themselves: each scale's database has its own, and a file of another
  // scale's CUPS would be refused whole (unknown CUPS).
  const ending = eol === '\r\n' ? '' : `-${Buffer.from(eol).toString('hex')}`;
  const file = path.join(DATA_DIR, `cnmc-${rows}-${before}-${createHash('sha256').update(cups.join(',')).digest('hex').slice(0, 12)}${ending}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.part`);
  const first = addDays(before, -365);
  const days: { text: string; hours: number }[] = [];
  for (let day = first; day < before; day = addDays(day, 1)) {
    const hours = (madridMidnight(addDays(day, 1)).getTime() - madridMidnight(day).getTime()) / HOUR_MS;
    days.push({ text: `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`, hours });
  }
  let written = 0;
  let buffer = `${HEADER}${eol}`;
  outer: for (const [c, code] of cups.entries()) {
    for (const day of days) {
      for (let hour = 1; hour <= day.hours; hour++) {
        if (written >= rows) break outer;
        const wh = 150 + ((c * 7919 + hour * 104_729 + written) % 1_850);
        buffer += `${code};${day.text};${hour};${Math.floor(wh / 1000)},${String(wh % 1000).padStart(3, '0')};${written % 41 === 0 ? 'E' : 'R'}${eol}`;
        written++;
        if (buffer.length > 1 << 20) {
          if (!out.write(buffer)) await once(out, 'drain');
          buffer = '';
        }
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  if (written < rows) throw new Error(`only ${written} rows for ${cups.length} CUPS`);
  const { rename } = await import('node:fs/promises');
  await rename(`${file}.part`, file);
  return file;
}

/** Deletes the rows a generated file imports (the year before `before`), so each run inserts them anew. */
export async function clearImportRange(databaseUrl: string, cups: string[], before: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `delete from measurement where supply_point_id in (select id from supply_point where cups = any($1)) and start >= $2 and start < $3`,
      [cups, madridMidnight(addDays(before, -365)), madridMidnight(before)],
    );
    await client.query('vacuum measurement');
  } finally {
    await client.end();
  }
}

/**
 * Imports the file through the real path (POST /uploads/imports/cnmc as an admin: multipart
 * parse, CurveParser, COPY to staging, upsert) and times it from the first byte sent to the answer.
 * The rows of the target range are deleted first, so every run inserts the same rows.
 */
export async function importThroughApi(options: {
  baseUrl: string;
  cookie: string;
  databaseUrl: string;
  cups: string[];
  before: string;
  rows: number;
  /** Line ending of the generated file (default CRLF, as the CNMC writes it). */
  eol?: string;
  /** Time a refused file too (hostile input) instead of failing the measurement. */
  acceptRefusal?: boolean;
}): Promise<ImportResult> {
  const file = await writeCnmcFile(options.cups, options.before, options.rows, options.eol);
  await clearImportRange(options.databaseUrl, options.cups, options.before);

  const boundary = `bench${Date.now().toString(16)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="curva-cnmc.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const bytes = statSync(file).size;
  const started = performance.now();
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${options.baseUrl}/uploads/imports/cnmc`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': Buffer.byteLength(head) + bytes + Buffer.byteLength(tail),
        cookie: options.cookie,
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
  const seconds = (performance.now() - started) / 1000;
  let parsed: any = answer.body;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    // keep the text
  }
  // A refused file is a failed measurement, not a rate of 0 rows/s.
  if (parsed?.status !== 'SUCCEEDED' && !options.acceptRefusal) throw new Error(`the import answered ${answer.status} ${JSON.stringify(parsed).slice(0, 300)}`);
  const rows = Number(parsed.rowsImported ?? 0);
  return { rows, bytes, seconds, rowsPerSecond: rows / seconds, status: `${answer.status} ${parsed?.status ?? ''}`.trim(), answer: parsed };
}
