import { startServer, type TestServer } from '@humanhours/test-kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, chromiumMissing, expectFitsEveryWidth, launchChromium, screenshot } from './browser.js';

let server: TestServer;
let key: string;
let browser: Browser;
let page: Page;
const requests: Array<{ url: string; authorization?: string; share?: string }> = [];
const problems: string[] = [];

async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<any> {
  const res = await fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return res.json();
}

beforeAll(async () => {
  server = await startServer({});
  key = server.firstKey!;
  const now = Date.now();
  const events = Array.from({ length: 40 }, (_, i) => ({
    agent_id: i % 4 === 0 ? 'private-bot' : 'support-classifier',
    task_type: i % 3 ? 'email_classification' : 'support_reply_draft',
    outcome: 'success',
    agent_duration_seconds: 6,
    agent_cost: 0.02,
    occurred_at: new Date(now - (i % 6) * 86_400_000 - 60_000).toISOString(),
  }));
  // And four in the 7 days before the link's 7: what its cards compare with.
  const before = Array.from({ length: 4 }, (_, i) => ({
    ...events[1],
    occurred_at: new Date(now - (8 + (i % 2)) * 86_400_000).toISOString(),
  }));
  await api('/v1/track/batch', { method: 'POST', body: { events: [...events, ...before] } });
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  // The tab is also signed in to the dashboard: the share page must not use that key.
  await context.addInitScript((k) => sessionStorage.setItem('humanhours.apiKey', k), key);
  page = await context.newPage();
  page.on('request', (req) => {
    const h = req.headers();
    requests.push({ url: req.url(), authorization: h.authorization, share: h['x-share-token'] });
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(chromiumMissing)('the share page in Chromium', () => {
  it('shows exactly the link’s view, without signing in, and reaches no API-key route', async () => {
    const link = await api('/v1/share-links', {
      method: 'POST',
      body: { view: 'overview', period: '7d', name: 'Support ROI for the CFO', filters: { agent_id: 'support-classifier' } },
    });
    const summary = await api('/v1/reports/summary?period=7d&agent_id=support-classifier');
    const response = await page.goto(`${server.url}${link.url}`);
    expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(response!.headers()['referrer-policy']).toBe('no-referrer');
    expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.getByTestId('shared').waitFor();
    await page.getByTestId('trend-chart').locator('canvas').waitFor();

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Support ROI for the CFO');
    const shared = await (await fetch(`${server.url}/v1/shared/overview`, { headers: { 'x-share-token': link.token } })).json();
    for (const metric of ['hours_saved', 'cost_saved', 'net_saved', 'fte_equivalent', 'events']) {
      const value = await page.locator(`li[data-metric="${metric}"] data`).getAttribute('value');
      expect(Number(value), metric).toBe(summary.totals[metric]);
      // Every card compares with the 7 days before, as the server counted them for the link.
      const change = page.locator(`li[data-metric="${metric}"] .kpi-change`);
      expect(Number(await change.getAttribute('data-previous')), metric).toBe(shared.previous_totals[metric]);
      expect(await change.textContent(), metric).toContain('vs the previous 7 days');
    }
    expect(shared.previous_totals.events).toBe(4);
    const agents = await page
      .getByTestId('top-agents')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(agents).toEqual(['support-classifier']);
    expect(await page.content()).not.toContain('private-bot');
    const taskTypes = await page.getByTestId('top-task-types').locator('tbody th').allTextContents();
    expect(taskTypes).toHaveLength(summary.top.task_types.length);
    // Task types by their display names, the key beneath.
    expect(taskTypes).toContain('Email classificationemail_classification');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    // No navigation into the signed-in dashboard, no sign-out, no key hint.
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('a[href]').count()).toBe(0);
    expect(await page.content()).not.toContain(key.slice(0, 16));

    await screenshot(page, 'share-page');
    expect(await accessibilityViolations(page)).toEqual([]);
    await expectFitsEveryWidth(page, 'share-page');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV: daily trend' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^humanhours-time-saved-.*\.csv$/);

    // Every request the page made: its own files and the two share endpoints, never with an API key.
    const paths = requests.map((r) => new URL(r.url).pathname);
    expect(paths.filter((p) => p.startsWith('/v1/')).every((p) => p === '/v1/shared/overview' || p === '/v1/shared/export')).toBe(true);
    expect(requests.every((r) => r.authorization === undefined)).toBe(true);
    expect(requests.filter((r) => r.share).every((r) => r.share === link.token)).toBe(true);
    // The token in the page's hands opens no API-key route.
    const statuses = await page.evaluate(
      async (token) =>
        Promise.all(
          ['/v1/org', '/v1/api-keys', '/v1/reports/summary', '/v1/share-links', '/v1/audit-log'].map(
            async (p) => (await fetch(p, { headers: { 'x-share-token': token, authorization: `Bearer ${token}` } })).status,
          ),
        ),
      link.token,
    );
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(problems).toEqual([]);

    // Revoked: the next visit says so.
    await api(`/v1/share-links/${link.id}`, { method: 'DELETE' });
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not exist, was revoked or has expired');
    await screenshot(page, 'share-page-revoked');
  });
});
