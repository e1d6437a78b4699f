import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR, REPO_DIR, SERVER_DIR } from './common.js';
import { run } from './load.js';
import type { Target } from './targets.js';

export type LighthouseResult = { page: string; score: number; lcpMs: number; tbtMs: number; cls: number; transferKB: number };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Lighthouse 12 (its CLI, performance category, default mobile settings with simulated
 * throttling) in headless Debian Chromium against a page the production server serves.
 * `cookie` signs the browser in: sent as a header on every request the page makes.
 */
async function audit(page: string, url: string, cookie: string | null): Promise<LighthouseResult> {
  const out = path.join(DATA_DIR, `lighthouse-${page}.json`);
  await rm(out, { force: true });
  await run(
    path.join(SERVER_DIR, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
      ...(cookie ? [`--extra-headers=${JSON.stringify({ cookie })}`] : []),
    ],
    { cwd: SERVER_DIR, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const report = JSON.parse(await readFile(out, 'utf8')) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
    runtimeError?: { message: string };
    finalDisplayedUrl: string;
  };
  if (report.runtimeError) throw new Error(`Lighthouse ${page}: ${report.runtimeError.message}`);
  // The SPA sends a signed-out visitor to the sign-in page: then the home page was not measured.
  if (cookie && report.finalDisplayedUrl.includes('/auth/')) throw new Error(`Lighthouse ${page}: not signed in (ended at ${report.finalDisplayedUrl})`);
  return {
    page,
    score: Math.round(report.categories.performance.score * 100),
    lcpMs: report.audits['largest-contentful-paint']!.numericValue,
    tbtMs: report.audits['total-blocking-time']!.numericValue,
    cls: report.audits['cumulative-layout-shift']!.numericValue,
    transferKB: report.audits['total-byte-weight']!.numericValue / 1000,
  };
}

/** The sign-in page (anonymous) and the home page (signed in). Chromium is installed if missing. */
export async function lighthouseAudits(baseUrl: string, homeCookie: string): Promise<LighthouseResult[]> {
  await run('sh', [path.join(REPO_DIR, 'client', 'e2e', 'ensure-chromium.sh')], { cwd: REPO_DIR });
  return [await audit('sign-in', `${baseUrl}/auth/sign-in`, null), await audit('home', `${baseUrl}/`, homeCookie)];
}

/** Score against issue 15's 95; its main metrics reported beside it. */
export function lighthouseTargets(results: LighthouseResult[] | null): Target[] {
  return (['sign-in', 'home'] as const).flatMap((page) => {
    const r = results?.find((x) => x.page === page);
    const title = `Lighthouse, ${page === 'home' ? 'home page (signed in)' : 'sign-in page'}`;
    return [
      { key: `lighthouse/${page}/score`, title: `${title}: performance score`, value: r?.score ?? null, unit: '', limit: { kind: 'min', value: 95 } },
      { key: `lighthouse/${page}/lcp`, title: `${title}: LCP`, value: r?.lcpMs ?? null, unit: 'ms', limit: null },
      { key: `lighthouse/${page}/tbt`, title: `${title}: TBT`, value: r?.tbtMs ?? null, unit: 'ms', limit: null },
      { key: `lighthouse/${page}/cls`, title: `${title}: CLS`, value: r?.cls ?? null, unit: '', limit: null },
      { key: `lighthouse/${page}/kb`, title: `${title}: transferred`, value: r?.transferKB ?? null, unit: 'KB', limit: null },
    ] satisfies Target[];
  });
}
