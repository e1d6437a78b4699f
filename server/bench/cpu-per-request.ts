import { processCpuMs } from './common.js';
import type { Target } from './targets.js';

/**
 * Server CPU per request (ms): user + system time of the server process (/proc) over `count`
 * requests sent one after another, after `warmup` untimed ones. Sequential, so the figure is the
 * request's own work, not queueing; the machine's other load hardly moves it.
 */
export async function serverCpuPerRequest(options: {
  pid: number;
  url: string;
  /** Request bodies and cookies, taken in turn. */
  requests: { body: string; cookie: string }[];
  count: number;
  warmup: number;
}): Promise<number> {
  const send = async (index: number) => {
    const { body, cookie } = options.requests[index % options.requests.length]!;
    const res = await fetch(options.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors":')) throw new Error(`CPU per request: answer ${res.status} ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < options.warmup; i++) await send(i);
  const before = processCpuMs(options.pid);
  for (let i = 0; i < options.count; i++) await send(i);
  return (processCpuMs(options.pid) - before) / options.count;
}

/** Issue 15's limits: the invoices page and the home query, signed in, shield on. */
export function cpuTargets(cpu: { invoices: number | null; home: number | null }, count: number): Target[] {
  return [
    { key: 'cpu/invoices', title: `server CPU per request, invoices page (session, shield on; ${count} sequential)`, value: cpu.invoices, unit: 'ms', limit: { kind: 'max', value: 1.5 } },
    { key: 'cpu/home', title: `server CPU per request, home query (session, shield on; ${count} sequential)`, value: cpu.home, unit: 'ms', limit: { kind: 'max', value: 2 } },
  ];
}
