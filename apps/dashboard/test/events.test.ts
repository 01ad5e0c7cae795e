// Drill-down from a report row to its events, an event's page, and the review queue, in Chromium.

import { startServer, type TestServer } from '@humanhours/test-kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, chromiumMissing, launchChromium, screenshot } from './browser.js';

let server: TestServer;
let key: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

function seedEvents(now = Date.now()) {
  const clients = ['acme', 'globex', undefined];
  return Array.from({ length: 60 }, (_, i) => ({
    agent_id: ['support-classifier', 'invoice-extractor'][i % 2],
    task_type: ['email_classification', 'invoice_processing'][i % 2],
    outcome: i % 3 === 0 ? 'needs_review' : 'success',
    agent_duration_seconds: 4,
    occurred_at: new Date(now - (i + 1) * 3_600_000).toISOString(),
    ...(clients[i % 3] ? { metadata: { client: clients[i % 3] } } : {}),
    ...(i % 4 === 0 ? { agent_cost: 0.12 } : {}),
  }));
}

async function apiGet(path: string): Promise<any> {
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${key}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Presses Tab (or Shift+Tab) until the control named `name` has the focus; fails when it is not reachable. */
async function tabTo(on: Page, name: string, { backwards = false } = {}) {
  for (let i = 0; i < 80; i++) {
    await on.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await on.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`${name} is not reachable with ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

beforeAll(async () => {
  server = await startServer();
  key = server.firstKey!;
  const res = await fetch(`${server.url}/v1/track/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events: seedEvents() }),
  });
  if (res.status !== 207) throw new Error(`seeding failed: ${res.status}`);
  if (chromiumMissing) return;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(10_000);
  // Signed in as the dashboard signs in: the key in this tab's sessionStorage.
  await context.addInitScript((k) => sessionStorage.setItem('humanhours.apiKey', k), key);
  page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(chromiumMissing)('events, drill-down and review in Chromium', () => {
  it('drills from a report row to exactly its events', async () => {
    await page.goto(`${server.url}/clients`);
    const row = page.locator('[data-testid="table-client"] tr[data-group="acme"]');
    await row.locator('td[data-col="events"] a').click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(new URL(page.url()).searchParams.get('client')).toBe('acme');
    await page.getByTestId('table-events').waitFor();
    const shown = await page
      .locator('[data-testid="table-events"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    const listed = (await apiGet('/v1/events?client=acme&limit=50')).data.map((e: { event_id: string }) => e.event_id);
    expect(shown).toEqual(listed);
    expect(listed.length).toBe(20);
    // Agents and task types by their display names where the API has them, the keys beneath.
    const first = page.locator('[data-testid="table-events"] tbody tr').first();
    const type = (await apiGet(`/v1/events/${shown[0]}`)).task_type;
    const name = (await apiGet(`/v1/task-types/${type}`)).display_name;
    expect(await first.locator('td').nth(2).textContent()).toBe(`${name}${type}`);
    await screenshot(page, 'events-list');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('links every report row with events to exactly those events, with the row’s range and time zone', async () => {
    /** Every events link of the page: where it goes and the count it stands for (the `<data>` around or in it). */
    const links = () =>
      page.locator('main a.events-link').evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute('href')!,
          count: Number((a.closest('data') ?? a.querySelector('data'))?.getAttribute('value')),
        })),
      );
    /** Each link's events through the API: as many as the row counts. */
    const expectExact = async (view: string, found: Array<{ href: string; count: number }>) => {
      expect(found.length, view).toBeGreaterThan(0);
      for (const link of found) {
        const url = new URL(link.href, server.url);
        expect(url.pathname, view).toBe('/events');
        url.searchParams.set('limit', '1000');
        expect((await apiGet(`/v1/events${url.search}`)).data.length, `${view}: ${link.href}`).toBe(link.count);
      }
    };
    /** Rows of a table that count events but link to none (the unassigned group aside). */
    const unlinked = (testid: string) =>
      page
        .getByTestId(testid)
        .locator('tbody tr, tfoot tr')
        .evaluateAll((trs) =>
          trs
            .filter(
              (tr) =>
                tr.getAttribute('data-group') !== '' && Number(tr.querySelector('[data-col="events"] data')?.getAttribute('value')) > 0,
            )
            .filter((tr) => !tr.querySelector('a.events-link'))
            .map((tr) => tr.getAttribute('data-group') ?? tr.getAttribute('data-day')),
        );

    // The overview in Tokyo: a trend row is a calendar day there, its link that day's instants and the zone.
    await page.goto(`${server.url}/?period=7d&tz=Asia/Tokyo`);
    const summary = await apiGet('/v1/reports/summary?period=7d&tz=Asia/Tokyo');
    await page.getByText('Show the daily numbers as a table').click();
    expect(await unlinked('trend-table')).toEqual([]);
    const busiest = summary.trend.reduce((a: any, b: any) => (b.events > a.events ? b : a));
    const dayLink = page.locator(`[data-testid="trend-table"] tr[data-day="${busiest.day}"] a.events-link`);
    const dayUrl = new URL((await dayLink.getAttribute('href'))!, server.url);
    expect(Object.fromEntries(dayUrl.searchParams)).toEqual({
      from: new Date(`${busiest.day}T00:00:00+09:00`).toISOString(),
      to: new Date(Date.parse(`${busiest.day}T00:00:00+09:00`) + 86_400_000).toISOString(),
      tz: 'Asia/Tokyo',
    });
    await expectExact('overview', await links());
    // Outcomes link too, and the pending ones open the review queue of the same range.
    expect(await page.locator('li[data-outcome="needs_review"] a.events-link').getAttribute('href')).toBe(
      '/events?period=7d&tz=Asia%2FTokyo&outcome=needs_review',
    );
    expect(await page.getByTestId('pending-review').getByRole('link').getAttribute('href')).toBe('/review?period=7d&tz=Asia%2FTokyo');
    expect(Number(await page.getByTestId('pending-review').locator('data').first().getAttribute('value'))).toBe(
      summary.totals.events_pending_review,
    );
    // Followed, the day's link lists exactly that day's events.
    await dayLink.click();
    await page.getByTestId('table-events').waitFor();
    expect(await page.locator('[data-testid="table-events"] tbody tr').count()).toBe(busiest.events);

    for (const [view, tables] of [
      ['/agents?period=7d', ['table-leaderboard', 'table-agents']],
      ['/task-types?period=7d', ['table-task_type']],
      ['/clients?period=7d&agent_id=support-classifier', ['table-client']],
      ['/models?period=7d', ['table-model']],
    ] as const) {
      await page.goto(`${server.url}${view}`);
      for (const table of tables) {
        await page.getByTestId(table).waitFor();
        expect(await unlinked(table), `${view} ${table}`).toEqual([]);
      }
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      await expectExact(view, await links());
    }
    // The billing month's events, by their own range.
    await page.goto(`${server.url}/usage`);
    const usage = await apiGet('/v1/reports/usage');
    const month = new URL((await page.getByTestId('usage-events').getByRole('link').getAttribute('href'))!, server.url);
    expect([month.searchParams.get('from'), month.searchParams.get('to')]).toEqual([usage.period_start, usage.period_end]);
    expect(problems).toEqual([]);
  });

  it('shows how an event’s value was computed', async () => {
    const [event] = (await apiGet('/v1/events?outcome=success&task_type=email_classification&limit=1')).data;
    await page.goto(`${server.url}/events?event=${event.event_id}`);
    const text = await page.getByTestId('computation').textContent();
    // 4.0 min − 4 s = 0.066 h × €45/h = €2.97 (email_classification's built-in baseline is 4 minutes).
    expect(text).toContain('4.0 min baseline (built-in, cited: ');
    expect(text).toContain('− 4 s agent time = 0.066 h × €45.00/h = €2.97');
    expect(text).toMatch(/agent cost (none|€0\.12 \(provided\))/);
    await screenshot(page, 'event-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A needs_review event waiting for its review: its value at full credit, then what it counts until reviewed.
    const [pending] = (await apiGet('/v1/events?review=pending&task_type=email_classification&limit=1')).data;
    await page.goto(`${server.url}/events?event=${pending.event_id}`);
    const exact = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(n);
    const euro = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(n);
    await expect
      .poll(() => page.getByTestId('computation').textContent())
      .toContain(
        `= ${exact(pending.full_credit.hours_saved)} h × €45.00/h = ${euro(pending.full_credit.cost_saved)} at full credit; ` +
          `counted ${exact(pending.counted.hours_saved)} h, ${euro(pending.counted.cost_saved)} until reviewed`,
      );
    expect(pending.counted.cost_saved).toBeLessThan(pending.full_credit.cost_saved);
    // Names where the API has them, the keys beneath.
    expect(await page.getByTestId('event-page').locator('dd').nth(2).textContent()).toBe('Email classificationemail_classification');
  });

  it('approves and rejects from the review queue, one by one and in bulk', async () => {
    const pending = (await apiGet('/v1/reports/time-saved?group_by=agent')).totals.events_pending_review;
    expect(pending).toBe(20);
    await page.goto(`${server.url}/review`);
    const table = page.getByTestId('table-review');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(20);
    await screenshot(page, 'review-queue');
    expect(await accessibilityViolations(page)).toEqual([]);

    // By keyboard only: Tab to a row's Approve, Enter; then select the page with Space and Shift+Tab back to the bulk
    // action. After each decision the focus is on its outcome, not lost with the row that left.
    const first = await table.locator('tbody tr').first().getAttribute('data-event');
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, `Approve ${first}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-outcome').textContent()).toContain('1 approved');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('review-outcome');
    expect((await apiGet(`/v1/events/${first}`)).review.decision).toBe('approved');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(19);

    await tabTo(page, 'Select every event on this page');
    await page.keyboard.press('Space');
    await tabTo(page, 'Reject selected (19)', { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-outcome').textContent()).toContain('19 rejected');
    await page.getByTestId('no-events').waitFor();
    const totals = (await apiGet('/v1/reports/time-saved?group_by=agent')).totals;
    expect(totals.events_pending_review).toBe(0);
    expect(totals.events).toBe(60);
    await screenshot(page, 'review-queue-done');
    expect(problems).toEqual([]);
  });
});
