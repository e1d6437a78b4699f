import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportSession } from '../src/modules/imports/import-session.js';

const file = process.argv[2]!;
const content = readFileSync(file);
const cups = [...new Set(content.toString('latin1').split('\n').slice(1).map((l) => l.split(';')[0]!).filter(Boolean))];
const index = new Map(cups.map((c, i) => [c.toUpperCase(), { series: i, id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}` }]));
for (let round = 0; round < 6; round++) {
  const session = new ImportSession('CNMC', index);
  const chunks = function* () {
    for (let at = 0; at < content.length; at += 65536) yield content.subarray(at, at + 65536);
  };
  const cpu = process.cpuUsage();
  const t = performance.now();
  await pipeline(Readable.from(chunks()), session, async (batches: AsyncIterable<unknown>) => {
    for await (const _ of batches);
  });
  const s = (performance.now() - t) / 1000;
  const c = process.cpuUsage(cpu);
  const rows = session.outcome.rowsAccepted;
  console.log(`${rows} rows ${s.toFixed(3)} s wall = ${Math.round(rows / s)} rows/s; ${Math.round(rows / ((c.user + c.system) / 1e6))} rows/CPU-s; errors ${session.outcome.errorCount}`);
}
