import { processCpuMs } from './common.js';
import { importThroughApi } from './import-bench.js';

/**
 * Issue 13's hostile-input scenarios: what the server spends on a request built to waste its
 * CPU, and what a bystander's `{ ping }` feels meanwhile. Server CPU is read from
 * /proc/<pid>/stat (user + system), so it counts the whole process, whatever runs the work.
 */

/** 2,200 distinct root fields, no aliases (74 KB): validation's worst case inside the token limit. */
export const WIDE_ANONYMOUS_DOCUMENT = `{ ${Array.from({ length: 2_200 }, (_, i) => `supplyPoint(cups:"E${i}"){cups}`).join(' ')} }`;

const PING = JSON.stringify({ query: '{ ping }' });
const HOSTILE_SENDERS = 4;

export type PingLatency = { n: number; p50: number; p95: number; max: number };
export type HostileResult = {
  scenario: string;
  /** Server CPU in ms, for the whole scenario and per unit (request, or MB of upload). */
  serverCpuMs: number;
  units: number;
  unit: string;
  seconds: number;
  answer: string;
  ping: PingLatency;
};


function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Sequential anonymous `{ ping }` requests until `stop` resolves; their latencies. */
async function pingUntil(baseUrl: string, stop: Promise<unknown>): Promise<PingLatency> {
  let stopped = false;
  void stop.finally(() => (stopped = true));
  const latencies: number[] = [];
  while (!stopped) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PING });
    await response.text();
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) ?? Number.NaN };
}

/** Runs `work` while pinging; the server's CPU over the work and the ping latencies meanwhile. */
async function underPing<T>(baseUrl: string, pid: number, work: () => Promise<T>) {
  const cpuBefore = processCpuMs(pid);
  const started = performance.now();
  const done = work();
  const ping = await pingUntil(baseUrl, done.catch(() => undefined));
  const result = await done;
  return { result, ping, seconds: (performance.now() - started) / 1000, serverCpuMs: processCpuMs(pid) - cpuBefore };
}

export async function hostileScenarios(options: {
  baseUrl: string;
  pid: number;
  seconds: number;
  /** For the CR-only import: an admin session, the database and CUPS it may import for. */
  adminCookie: string;
  databaseUrl: string;
  cups: string[];
  before: string;
  log: (line: string) => void;
}): Promise<HostileResult[]> {
  const { baseUrl, pid, seconds } = options;
  const results: HostileResult[] = [];

  const idle = await underPing(baseUrl, pid, () => new Promise((resolve) => setTimeout(resolve, seconds * 1000)));
  results.push({ scenario: '`{ ping }` alone', serverCpuMs: idle.serverCpuMs, units: idle.ping.n, unit: 'request', seconds: idle.seconds, answer: '200', ping: idle.ping });

  const statuses = new Map<string, number>();
  const body = JSON.stringify({ query: WIDE_ANONYMOUS_DOCUMENT });
  const wide = await underPing(baseUrl, pid, async () => {
    const until = Date.now() + seconds * 1000;
    let sent = 0;
    await Promise.all(
      Array.from({ length: HOSTILE_SENDERS }, async () => {
        while (Date.now() < until) {
          const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const text = await response.text();
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'no code';
          const key = `${response.status} ${code}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          sent++;
        }
      }),
    );
    return sent;
  });
  results.push({
    scenario: `2,200-field anonymous document (${(body.length / 1000).toFixed(0)} KB), ${HOSTILE_SENDERS} senders`,
    serverCpuMs: wide.serverCpuMs,
    units: wide.result,
    unit: 'request',
    seconds: wide.seconds,
    answer: [...statuses].map(([key, count]) => `${key} ×${count}`).join(', '),
    ping: wide.ping,
  });
  options.log(`hostile: wide document ${wide.result} requests, ${(wide.serverCpuMs / Math.max(wide.result, 1)).toFixed(1)} ms CPU each, ping p95 ${wide.ping.p95.toFixed(1)} ms`);

  // ≈ 16 MB of CNMC rows with CR-only line endings (old spreadsheet exports write them).
  try {
    const crOnly = await underPing(baseUrl, pid, () =>
      importThroughApi({ baseUrl, cookie: options.adminCookie, databaseUrl: options.databaseUrl, cups: options.cups, before: options.before, rows: CR_ONLY_ROWS, eol: '\r', acceptRefusal: true }),
    );
    const megabytes = crOnly.result.bytes / 1e6;
    results.push({
      scenario: `CNMC import, ${megabytes.toFixed(1)} MB, CR-only line endings (${CR_ONLY_ROWS.toLocaleString('en')} rows, ${crOnly.result.rows.toLocaleString('en')} imported)`,
      serverCpuMs: crOnly.serverCpuMs,
      units: megabytes,
      unit: 'MB',
      seconds: crOnly.seconds,
      answer: `${crOnly.result.status}${(crOnly.result.answer as { errorCount?: number })?.errorCount ? `, ${(crOnly.result.answer as { errorCount: number }).errorCount} error(s)` : ''}`,
      ping: crOnly.ping,
    });
    options.log(`hostile: CR-only import ${megabytes.toFixed(1)} MB in ${crOnly.seconds.toFixed(1)} s, ping p95 ${crOnly.ping.p95.toFixed(1)} ms`);
  } catch (error) {
    results.push({ scenario: 'CNMC import, CR-only line endings', serverCpuMs: Number.NaN, units: 0, unit: 'MB', seconds: 0, answer: `failed: ${String(error).slice(0, 200)}`, ping: { n: 0, p50: Number.NaN, p95: Number.NaN, max: Number.NaN } });
  }
  return results;
}

/** Rows of the CR-only file: ≈ 43 bytes each, ≈ 16 MB. */
export const CR_ONLY_ROWS = 380_000;

export function hostileReport(results: HostileResult[] | string): string[] {
  const lines = ['', '## Hostile input (issue 13)', ''];
  if (typeof results === 'string') return [...lines, results];
  const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
  lines.push(
    'Server CPU from /proc (user + system) over the scenario; `{ ping }`: sequential anonymous requests from one client during it.',
    '',
    '| scenario | answers | s | server CPU | CPU per unit | ping n | ping p50 | ping p95 | ping max |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    lines.push(
      `| ${r.scenario} | ${r.answer} | ${r.seconds.toFixed(1)} | ${ms(r.serverCpuMs)} ms | ${ms(r.serverCpuMs / Math.max(r.units, 1e-9))} ms / ${r.unit} | ${r.ping.n} | ${ms(r.ping.p50)} | ${ms(r.ping.p95)} | ${ms(r.ping.max)} |`,
    );
  }
  return lines;
}
