import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const README_SCREENSHOT = fileURLToPath(new URL('../../../docs/dashboard.png', import.meta.url));

/** Debian's Chromium (`apt-get install chromium`; `npm test` installs it), or the browser HUMANHOURS_CHROMIUM names. */
export const CHROMIUM = process.env.HUMANHOURS_CHROMIUM || '/usr/bin/chromium';
/** Without a browser the browser tests are skipped, never the rest of the suite. */
export const chromiumMissing = !existsSync(CHROMIUM);

/** Chromium, headless; without the background-networking switches it stalls on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A screenshot under test-artifacts/ (gitignored), of the whole page unless it is a very long one. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** The README's screenshot: written when missing, or refreshed on demand (HUMANHOURS_UPDATE_SCREENSHOT=1). */
export function updateReadmeScreenshot(from: string): void {
  if (!existsSync(README_SCREENSHOT) || process.env.HUMANHOURS_UPDATE_SCREENSHOT === '1') copyFileSync(from, README_SCREENSHOT);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA and best-practice findings for the page as it is now ([] when clean). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's Content-Security-Policy does not get in the way.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations as Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/**
 * What sticks out past the right edge of the viewport (none when the page fits): elements ending beyond it that
 * no scrolling box holds, and the page's own horizontal overflow.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (el.getBoundingClientRect().right <= width + 1) return false;
        for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return false;
        return true;
      })
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}#${el.id} ends at ${Math.round(el.getBoundingClientRect().right)}`);
    const extra = document.documentElement.scrollWidth - width;
    return extra > 0 ? [...culprits, `the page scrolls ${extra} px sideways`] : culprits;
  });
}

/** Table cells that hold only a number (an amount, hours, a count, a share) but are not right-aligned. */
export async function leftAlignedNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const number = /^[−–+-]?\s?[€$£¥]?\s?\d[\d.,  ]*\s?(h|min|s|%|€|days?|events?)?$/;
    return [...document.querySelectorAll('tbody td, tbody th, tfoot td, tfoot th')]
      .filter((cell) => number.test((cell.textContent ?? '').trim()) && getComputedStyle(cell).textAlign !== 'right')
      .slice(0, 6)
      .map((cell) => `${cell.closest('table')?.getAttribute('data-testid')}: “${cell.textContent?.trim()}”`);
  });
}

/** The tables (by their wrapper's label) that are wider than their wrapper, so scroll sideways. */
export async function scrollingTables(page: Page): Promise<string[]> {
  return page
    .locator('.table-wrap')
    .evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.getAttribute('aria-label') ?? '?'));
}

/** The widths every view is checked and shot at: a desktop and a phone. */
export const WIDTHS = [1440, 390] as const;

/**
 * The page as it is, at each of WIDTHS: nothing wider than the screen, every number right-aligned, axe clean, and a
 * screenshot `<name>-<width>.png`; then back at a desktop width.
 */
export async function expectFitsEveryWidth(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    // Charts follow the new width when their ResizeObserver fires: a frame or so later.
    await expect.poll(() => overflowing(page), { message: `${width} px` }).toEqual([]);
    expect(await leftAlignedNumbers(page), `${width} px`).toEqual([]);
    expect(await accessibilityViolations(page), `${width} px`).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
