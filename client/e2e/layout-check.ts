import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './portal.fixture.js';

/** The widths every screen is checked at: a 1366 px laptop, a 1920 px screen, a phone. */
export const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

/**
 * One JPEG per screen and width, kept for CI as an artefact (client/e2e/screenshots/layout/): out
 * of Playwright's test-results, which each run empties, and ignored by git.
 */
export const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots', 'layout');

/**
 * What is cut or too wide in the main region, as it is laid out now: the page, the main region,
 * or any card, table box, table, form or definition list wider than its box (scrollWidth against
 * clientWidth), and any text clipped by an ellipsis or a hidden overflow. Runs in the page.
 */
function layoutProblems(): string[] {
  const main = document.querySelector('main');
  if (!main) return ['no <main>'];
  const describe = (element: Element) => {
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `<${element.tagName.toLowerCase()}${classes}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  };
  // Visually hidden text (clipped on purpose, for screen readers) is not cut content, nor is what a
  // map's viewport shows of its larger plane (the roof drawing's tiles and controls).
  const hiddenOnPurpose = (element: Element) => {
    if (element.closest('.leaflet-container')) return true;
    for (let at: Element | null = element; at && at !== main; at = at.parentElement) {
      if (getComputedStyle(at).clip !== 'auto') return true;
    }
    return false;
  };
  // What sticks out past the main region's right edge: the innermost such elements, to fix.
  const culprits = () => {
    const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight) + 1;
    const out = [...main.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > edge && !hiddenOnPurpose(element));
    return out.filter((element) => ![...element.children].some((child) => out.includes(child))).slice(0, 3).map(describe).join(', ');
  };
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth} px`);
  if (main.scrollWidth > main.clientWidth) problems.push(`the main region overflows: ${main.scrollWidth} > ${main.clientWidth} px (${culprits()})`);
  for (const element of main.querySelectorAll('.card, .table-wrap, table, form, fieldset, dl, .chart')) {
    if (element.scrollWidth > element.clientWidth + 1 && !hiddenOnPurpose(element)) {
      problems.push(`${describe(element)} overflows: ${element.scrollWidth} > ${element.clientWidth} px`);
    }
  }
  for (const element of main.querySelectorAll('*')) {
    if (element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
    const style = getComputedStyle(element);
    const clips = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip';
    if (clips && !hiddenOnPurpose(element)) problems.push(`${describe(element)} is clipped: ${element.scrollWidth} > ${element.clientWidth} px`);
  }
  return problems;
}

/** Lets resize observers (table fit, charts) lay the screen out again after a change of width. */
async function settled(page: Page): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * Checks the screen on show at every width (WIDTHS), screenshots each, and fails naming every
 * screen and width with something cut or too wide. Call it once a screen has loaded.
 */
export async function expectFitsEveryWidth(page: Page, screen: string): Promise<void> {
  // A cold screen on a busy machine can take a while to load.
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
  await mkdir(SCREENSHOTS, { recursive: true });
  const problems: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await settled(page);
    for (const problem of await page.evaluate(layoutProblems)) problems.push(`${size.width}px: ${problem}`);
    // JPEG: a phone-width page of cards is thousands of pixels tall, and PNG is slow to encode.
    await page.screenshot({ path: path.join(SCREENSHOTS, `${screen}-${size.width}.jpg`), fullPage: true, type: 'jpeg', quality: 70 });
  }
  // Soft: one run names every screen that does not fit, not only the first.
  expect.soft(problems, `${screen}: nothing cut, nothing wider than its box`).toEqual([]);
}
