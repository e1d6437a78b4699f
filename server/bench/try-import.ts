import pg from 'pg';
import { addDays, madridMidnight } from '@portal/shared';
import { importPhases } from './import-phases.js';
import { writeCnmcFile } from './import-bench.js';
import { BENCH_META_KEY, databaseUrl, startBenchCluster, type BenchMeta } from './common.js';

const cluster = await startBenchCluster(() => {});
const url = databaseUrl(cluster.url, 'portal_bench_quick');
const client = new pg.Client({ connectionString: url });
await client.connect();
const meta = (await client.query<{ value: BenchMeta }>('select value from app_meta where key = $1', [BENCH_META_KEY])).rows[0]!.value;
const rows = 200_000;
const cups = (await client.query<{ cups: string }>(`select cups from supply_point where cups <> all($1) order by cups limit $2`, [meta.quarterHourCups, Math.ceil(rows / 8760)])).rows.map((r) => r.cups);
const file = await writeCnmcFile(cups, meta.measuredFrom, rows);
await client.query(`delete from measurement where supply_point_id in (select id from supply_point where cups = any($1)) and start >= $2 and start < $3`, [cups, madridMidnight(addDays(meta.measuredFrom, -365)), madridMidnight(meta.measuredFrom)]);
await client.query('vacuum measurement');
const rate = (t: { rows: number; seconds: number; cpuSeconds: number }) => `${Math.round(t.rows / t.seconds)} rows/s wall (${t.seconds.toFixed(2)} s), ${Math.round(t.rows / t.cpuSeconds)} rows/CPU-s`;
for (let i = 0; i < Number(process.env.ROUNDS ?? 3); i++) {
  const p = await importPhases(url, file);
  console.log(`parse ${rate(p.parse)} | write ${rate(p.write)} | copy w/o index ${rate(p.copyWithoutIndex)}`);
}
await client.end();
await cluster.stop();
