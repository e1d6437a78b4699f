import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './common.js';
import type { LoadResult } from './load.js';
import type { ScenarioName } from './scenarios.js';

/**
 * The targets of issue 15: each measurement of a run as one row (value, limit, met or missed),
 * beside the same row of the previous run of the same mode (its `<date>[-mode].json`).
 */
export type Target = {
  /** Stable across runs: the previous run's value is found by it. */
  key: string;
  title: string;
  /** null: not measured in this run (skipped, or too few answers). */
  value: number | null;
  unit: string;
  /** `max`: met when value ≤ limit; `min`: met when value ≥ limit; null: reported, no limit. */
  limit: { kind: 'max' | 'min'; value: number } | null;
};

export type PreviousTargets = { file: string; values: Record<string, number | null> };

/** Results files of one mode: `<date>.json` (small), `<date>-quick.json`, `<date>-large.json`. */
export function resultsFilePattern(suffix: string): RegExp {
  return new RegExp(`^\\d{4}-\\d{2}-\\d{2}${suffix}\\.json$`);
}

/**
 * Each target's latest earlier value among the saved runs of this mode (read before this run
 * writes its own): a partial run (--only, --only-import, --skip-…) leaves the others as they were.
 * A run of the same day replaces that day's file, so each file also keeps the previous values it
 * was compared with (`previous`), and those count as older than its own.
 */
export function previousTargets(suffix: string): PreviousTargets | null {
  if (!existsSync(RESULTS_DIR)) return null;
  const files = readdirSync(RESULTS_DIR).filter((f) => resultsFilePattern(suffix).test(f)).sort().reverse();
  const values: Record<string, number | null> = {};
  let newest: string | null = null;
  for (const file of files) {
    const saved = JSON.parse(readFileSync(path.join(RESULTS_DIR, file), 'utf8')) as { targets?: Target[]; previous?: Record<string, number | null> };
    const entries: [string, number | null][] = [...(saved.targets ?? []).map((t) => [t.key, t.value] as [string, number | null]), ...Object.entries(saved.previous ?? {})];
    for (const [key, value] of entries) {
      if (value === null || key in values) continue;
      values[key] = value;
      newest ??= file;
    }
  }
  return newest ? { file: newest, values } : null;
}

function format(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 0.1 ? 2 : 3;
  const number = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '×' || unit === '' ? `${number}${unit}` : `${number} ${unit}`;
}

function verdict(target: Target): string {
  const { value, limit } = target;
  if (!limit) return '';
  if (value === null || !Number.isFinite(value)) return 'not measured';
  const met = limit.kind === 'max' ? value <= limit.value : value >= limit.value;
  if (met) return 'pass';
  // How far off, as a share of the limit.
  const off = limit.kind === 'max' ? value / limit.value - 1 : 1 - value / limit.value;
  return `miss (${(off * 100).toFixed(0)} %)`;
}

/** The one targets table (markdown) of a run. */
export function targetsTable(targets: Target[], previous: PreviousTargets | null): string[] {
  return [
    previous
      ? `Previous: each target's latest earlier value in \`bench/results/\` of this mode (newest: \`${previous.file}\`).`
      : 'Previous: no earlier run of this mode in bench/results/.',
    '',
    '| target | measured | target | | previous |',
    '|---|---:|---:|---|---:|',
    ...targets.map((t) => {
      const limit = t.limit ? `${t.limit.kind === 'max' ? '≤' : '≥'} ${t.limit.value.toLocaleString('en-US')}${t.unit === '×' || t.unit === '' ? t.unit : ` ${t.unit}`}` : '–';
      return `| ${t.title} | ${format(t.value, t.unit)} | ${limit} | ${verdict(t)} | ${format(previous?.values[t.key], t.unit)} |`;
    }),
  ];
}

type Find = (scenario: ScenarioName, variant: 'graphql' | 'noShield' | 'raw', connections: number) => LoadResult | undefined;
/** Percentiles and ratios need a sample: fewer answers than this is "not measured". */
const MIN_ANSWERS = 5;
const sampled = (r: LoadResult | undefined) => (r && r.answers >= MIN_ANSWERS ? r : undefined);

/**
 * The targets read from the load scenarios: each scenario against its floor (p95 and throughput)
 * at each level, shield on / off on the 1,008-row list (issue 7), and the year-long series at 1
 * connection (p50, GraphQL and floor) at this run's scale.
 */
export function loadTargets(find: Find, scenarios: ScenarioName[], levels: number[], scale: string): Target[] {
  const targets: Target[] = [];
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
  for (const scenario of scenarios) {
    for (const c of levels) {
      const [g, r] = [sampled(find(scenario, 'graphql', c)), sampled(find(scenario, 'raw', c))];
      targets.push(
        { key: `p95/${scenario}/${c}`, title: `${scenario}, ${c} conn${c === 1 ? '' : 's'}: p95 GraphQL / floor`, value: ratio(g?.p95, r?.p95), unit: '×', limit: { kind: 'max', value: 1.3 } },
        { key: `rps/${scenario}/${c}`, title: `${scenario}, ${c} conn${c === 1 ? '' : 's'}: req/s GraphQL / floor`, value: ratio(g?.throughput, r?.throughput), unit: '×', limit: { kind: 'min', value: 0.8 } },
      );
    }
  }
  if (scenarios.includes('measList1000')) {
    for (const c of levels) {
      const [on, off] = [sampled(find('measList1000', 'graphql', c)), sampled(find('measList1000', 'noShield', c))];
      targets.push({ key: `shield/${c}`, title: `measList1000, ${c} conn${c === 1 ? '' : 's'}: p95 shield on / off (issue 7)`, value: ratio(on?.p95, off?.p95), unit: '×', limit: { kind: 'max', value: 1.1 } });
    }
  }
  const series: [ScenarioName, string, number][] = [
    ['measYearByDay', 'a year by day', 10],
    ['measQuarterHourYearByDay', 'a year of quarter-hours by day', 20],
  ];
  for (const [scenario, what, limit] of series) {
    if (!scenarios.includes(scenario)) continue;
    for (const [variant, title] of [['graphql', 'GraphQL'], ['raw', 'floor']] as const) {
      const value = levels.includes(1) ? (sampled(find(scenario, variant, 1))?.p50 ?? null) : null;
      targets.push({ key: `p50/${scenario}/${variant}/${scale}`, title: `${what}, one CUPS, ${title}, 1 conn, ${scale} scale: p50`, value, unit: 'ms', limit: { kind: 'max', value: limit } });
    }
  }
  return targets;
}
