import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import type { RequestItem } from './scenarios.js';

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  /** 2xx answers timed (the percentiles' sample). */
  answers: number;
  /** Completed 2xx answers without GraphQL `errors` per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx, socket errors, timeouts and 200s carrying GraphQL `errors`. */
  errors: number;
  /** Every 2xx latency, sorted (rounds of one level are merged from these). */
  latencies: number[];
};

/** One result of several runs at the same level (the rounds of a variant): latencies pooled. */
export function mergeLoads(results: readonly LoadResult[]): LoadResult {
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  return {
    connections: results[0]!.connections,
    seconds,
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    answers: latencies.length,
    throughput: results.reduce((sum, r) => sum + r.throughput * r.seconds, 0) / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    latencies,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Loads `url` with autocannon: each request takes the next item of `items` (round robin: the
 * same users and variables for every variant). Latencies are kept per request, so p95 is exact
 * (autocannon's own summary has p90 and p97.5, no p95).
 */
export function load(options: {
  url: string;
  items: RequestItem[];
  body: (item: RequestItem) => string;
  cookieName: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const { items, body, cookieName } = options;
  let next = 0;
  let bodyErrors = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const item = items[next++ % items.length]!;
              return {
                ...request,
                headers: { 'content-type': 'application/json', cookie: `${cookieName}=${item.token}` },
                body: body(item),
              };
            },
            onResponse: (status, responseBody) => {
              if (status === 200 && responseBody.includes('"errors":')) bodyErrors++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const failed = result.non2xx + result.errors + result.timeouts + bodyErrors;
        resolve({
          connections: options.connections,
          seconds: result.duration,
          requests: result.requests.total,
          answers: latencies.length,
          throughput: (result['2xx'] - bodyErrors) / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: failed,
          latencies,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Spawns a process and resolves once a line of its output matches `ready`. */
export function startProcess(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; ready: RegExp; timeoutMs?: number }): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not start in time:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!ready && options.ready.test(output)) {
        ready = true;
        clearTimeout(timer);
        resolve({
          child,
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
              child.once('exit', () => {
                clearTimeout(force);
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
      }
    });
  });
}

/** Runs a command to completion; rejects with its output on failure. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}
