import { readFileSync } from 'node:fs';
import { startServer, type TestServer } from '@humanhours/test-kit';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chromiumMissing,
  launchChromium,
  leftAlignedNumbers,
  overflowing,
  screenshot,
  scrollingTables,
  updateReadmeScreenshot,
  WIDTHS,
} from './browser.js';

const DAY = 86_400_000;
const ADMIN_TOKEN = 'dashboard-test-admin-token-0123456789';

let server: TestServer;
let key: string;
let seeded: number;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every URL the page was at (history entries included) and every URL it requested. */
const urls: string[] = [];
const problems: string[] = [];

/**
 * About 450 events over the last 30 days, their number growing day by day, and fewer in the 30 days before (for
 * the cards' comparison with the previous period): four agents, clients, models, outcomes.
 */
function seedEvents(now = Date.now()) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const agents = [
    { agent_id: 'support-classifier', tasks: ['email_classification', 'support_reply_draft', 'refund_request_handling'], seconds: 6 },
    { agent_id: 'invoice-extractor', tasks: ['invoice_processing', 'form_data_entry'], seconds: 20 },
    { agent_id: 'code-reviewer', tasks: ['code_review', 'bug_triage', 'pull_request_description'], seconds: 90 },
    { agent_id: 'research-assistant', tasks: ['summarize_document', 'competitor_research'], seconds: 60 },
  ];
  const events: Array<Record<string, unknown>> = [];
  for (let daysAgo = 59; daysAgo >= 0; daysAgo--) {
    const count = daysAgo >= 30 ? 4 + Math.round(random() * 4) : 6 + Math.round((29 - daysAgo) * 0.45 + random() * 4);
    for (let j = 0; j < count; j++) {
      const agent = pick(agents);
      const r = random();
      // Inside that calendar day (UTC, the org's zone), never in the future: the 30-day period is calendar days,
      // so "29 days and some hours ago" must not slip into day −30 when the tests run just after midnight.
      const dayStart = Math.floor((now - daysAgo * DAY) / DAY) * DAY;
      const at = daysAgo === 0 ? dayStart + random() * 0.9 * (now - dayStart) : dayStart + random() * 23.5 * 3_600_000;
      events.push({
        agent_id: agent.agent_id,
        task_type: pick(agent.tasks),
        outcome: r < 0.8 ? 'success' : r < 0.92 ? 'needs_review' : 'failure',
        agent_duration_seconds: Math.round(agent.seconds * (0.5 + random()) * 10) / 10,
        occurred_at: new Date(at).toISOString(),
        idempotency_key: `seed-${events.length}`,
        metadata: random() < 0.85 ? { client: pick(['acme', 'globex', 'initech', 'umbrella']) } : undefined,
        model: pick(['openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/claude-3.5-sonnet']),
        tokens_in: 800 + Math.floor(random() * 4000),
        tokens_out: 150 + Math.floor(random() * 900),
        agent_cost: Math.round(random() * 40) / 100,
      });
    }
  }
  return events;
}

async function apiGet(path: string, as = key): Promise<any> {
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${as}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.headers.get('content-type')?.startsWith('text/csv') ? res.text() : res.json();
}

const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);
const fixed = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });
const hours = (n: number) => `${en(fixed(1)).format(n)} h`;
const fte = (n: number) => en(fixed(2)).format(n);
const eur = (n: number) => en({ style: 'currency', currency: 'EUR' }).format(n);
const share = (n: number) => en({ style: 'percent', maximumFractionDigits: 2 }).format(n);

/** The raw value (`<data value>`) and the text of a KPI card. */
async function kpi(metric: string) {
  const data = page.locator(`li[data-metric="${metric}"] data`);
  return { value: Number(await data.getAttribute('value')), text: (await data.textContent())?.trim() };
}

/** The browser logs the 404 of a mistyped address it was sent to on purpose: not a problem of the page. */
function forgetNotFoundLoads() {
  const kept = problems.filter((p) => !p.includes('the server responded with a status of 404'));
  problems.splice(0, problems.length, ...kept);
}

/** No input's placeholder is cut off ("Default (EUR/…"): its text fits the box it is in. */
async function expectPlaceholdersWhole() {
  const cut = await page.locator('input[placeholder]').evaluateAll((inputs) => {
    const context = document.createElement('canvas').getContext('2d')!;
    return (inputs as HTMLInputElement[])
      .filter((input) => {
        const style = getComputedStyle(input);
        context.font = style.font;
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return input.offsetParent !== null && context.measureText(input.placeholder).width > room;
      })
      .map((input) => `${input.id}: ${input.placeholder}`);
  });
  expect(cut).toEqual([]);
}

async function expectOverviewToMatch(summary: any) {
  await expect.poll(() => page.getByTestId('range').textContent()).toBeTruthy();
  for (const [metric, format] of [
    ['hours_saved', hours],
    ['cost_saved', eur],
    ['agent_cost', eur],
    ['net_saved', eur],
    ['fte_equivalent', fte],
    ['events', (n: number) => en({}).format(n)],
  ] as const) {
    const shown = await kpi(metric);
    expect(shown.value, metric).toBe(summary.totals[metric]);
    expect(shown.text, metric).toBe(format(summary.totals[metric]));
  }
  for (const outcome of ['success', 'needs_review', 'failure'] as const) {
    const value = await page.locator(`li[data-outcome="${outcome}"] .outcome-share data`).getAttribute('value');
    expect(Number(value), outcome).toBe(summary.rates[`${outcome}_rate`]);
    expect(await page.locator(`li[data-outcome="${outcome}"] .outcome-share`).textContent()).toBe(share(summary.rates[`${outcome}_rate`]));
  }
  // The chart is drawn from the same trend as the table beside it: one point per day of the range.
  const chart = page.getByTestId('trend-chart');
  expect(Number(await chart.getAttribute('data-points'))).toBe(summary.trend.length);
  expect(await chart.locator('canvas').count()).toBe(1);
  expect((await chart.locator('canvas').boundingBox())!.width).toBeGreaterThan(200);
  const rows = await page
    .getByTestId('trend-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        day: tr.getAttribute('data-day'),
        values: [...tr.querySelectorAll('data')].map((d) => Number(d.getAttribute('value'))),
      })),
    );
  expect(rows).toEqual(
    summary.trend.map((p: any) => ({ day: p.day, values: [p.events, p.hours_saved, p.cost_saved, p.agent_cost, p.net_saved] })),
  );
}

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN_TOKEN });
  key = server.firstKey!;
  const events = seedEvents();
  const res = await fetch(`${server.url}/v1/track/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  const body = await res.json();
  if (res.status !== 207 || body.summary.failed) throw new Error(`seeding failed: ${JSON.stringify(body).slice(0, 400)}`);
  // The events of the last 30 days (the default period): those of calendar days −29…0.
  seeded = events.filter((e) => Date.parse(String(e.occurred_at)) >= Math.floor((Date.now() - 29 * DAY) / DAY) * DAY).length;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC', acceptDownloads: true });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  page.on('request', (req) => urls.push(req.url()));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(chromiumMissing)('the dashboard in Chromium', () => {
  it('signs in with an API key kept in sessionStorage only', async () => {
    await page.goto(`${server.url}/`);
    await screenshot(page, 'sign-in');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('API key').fill('hh_live_AAAAAAAA_notavalidkeyatallnotavalidkeyatallnotavalidkey00');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The API key is not recognised');

    problems.length = 0; // the browser reports the refused key's 401 on its console
    // Pasted from a header line, with a stray space and line break: the prefix and the whitespace go.
    await page.getByLabel('API key').fill(`  Bearer ${key} \n`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('humanhours.apiKey'))).toBe(key);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.getByTestId('org').textContent()).toContain('pro');
  });

  it('shows the summary’s numbers and daily trend for the same query', async () => {
    const summary = await apiGet('/v1/reports/summary');
    expect(summary.totals.events).toBe(seeded);
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await expectOverviewToMatch(summary);
    await screenshot(page, 'overview');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByText('Show the daily numbers as a table').click();
    await screenshot(page, 'overview-with-table');
  });

  it('compares every card with the API’s figures for the previous period of equal length', async () => {
    const summary = await apiGet('/v1/reports/summary');
    const { from, to } = summary.meta.range;
    const start = new Date(Date.parse(from) - (Date.parse(to) - Date.parse(from))).toISOString();
    const previous = await apiGet(`/v1/reports/summary?from=${start}&to=${from}&tz=${summary.meta.tz}`);
    for (const metric of ['hours_saved', 'cost_saved', 'agent_cost', 'net_saved', 'fte_equivalent', 'events']) {
      const change = page.locator(`li[data-metric="${metric}"] .kpi-change`);
      await change.waitFor();
      expect(Number(await change.getAttribute('data-previous')), metric).toBe(previous.totals[metric]);
      const now = summary.totals[metric];
      const before = previous.totals[metric];
      expect(await change.getAttribute('data-direction'), metric).toBe(now > before ? 'up' : now < before ? 'down' : 'same');
      const text = (await change.textContent())!;
      if (before !== 0 && now !== before) {
        const pct = en({ style: 'percent', ...fixed(1) }).format(Math.abs((now - before) / Math.abs(before)));
        expect(text, metric).toContain(`${now > before ? '▲' : '▼'} ${now > before ? 'up' : 'down'} ${pct}`);
      }
      expect(text, metric).toContain('vs ');
    }
    // The seed has fewer events in the 30 days before: the cards say how much more, against "the previous 30 days".
    expect(previous.totals.events).toBeGreaterThan(100);
    expect(previous.totals.events).toBeLessThan(summary.totals.events);
    expect(await page.locator('li[data-metric="events"] .kpi-change').textContent()).toContain('vs the previous 30 days');
    // Across a DST change (Berlin leaves summer time on 25 October 2026) the previous range is as many calendar
    // days of the zone, midnight to midnight, not the same number of hours.
    const requested: string[] = [];
    const listen = (req: { url(): string }) => requested.push(req.url());
    page.on('request', listen);
    await page.goto(`${server.url}/?from=2026-10-20T22:00:00.000Z&to=2026-11-02T23:00:00.000Z&tz=Europe/Berlin`);
    await page.locator('li[data-metric="events"] .kpi-change').waitFor();
    page.off('request', listen);
    const asked = requested
      .map((u) => new URL(u))
      .find((u) => u.pathname === '/v1/reports/summary' && u.searchParams.get('to') === '2026-10-20T22:00:00.000Z');
    expect(asked?.searchParams.get('from')).toBe('2026-10-07T22:00:00.000Z');
    expect(asked?.searchParams.get('tz')).toBe('Europe/Berlin');
    expect(await page.locator('li[data-metric="events"] .kpi-change').textContent()).toMatch(/vs Oct 8\s?–\s?20/);
    // All time has nothing before it: the cards say so.
    await page.goto(`${server.url}/?period=all`);
    await page.locator('li[data-metric="events"] .kpi-change').waitFor();
    expect(await page.locator('li[data-metric="events"] .kpi-change').textContent()).toContain('no earlier period');
    await page.goto(`${server.url}/`);
    await page.getByTestId('trend-chart').locator('canvas').waitFor();

    // "Per event" holds per-event figures only; the counts of active agents and the like are their own section.
    expect(await page.getByTestId('averages').locator('dt').allTextContents()).toEqual([
      'Time saved',
      'Money saved',
      'Agent cost',
      'Net saved',
      'Agent run time',
    ]);
    expect(Number(await page.getByTestId('active').locator('dd data').first().getAttribute('value'))).toBe(summary.active.agents);
  });

  it('offers the API’s agents, task types, clients and models as pick lists, and says when no event matches', async () => {
    await page.getByText(/^Filters/).click();
    const options = (id: string) =>
      page.locator(`select#filter-${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.locator('select#filter-model').waitFor();
    expect(await options('agent_id')).toEqual(['', 'code-reviewer', 'invoice-extractor', 'research-assistant', 'support-classifier']);
    expect(await options('client')).toEqual(['', 'acme', 'globex', 'initech', 'umbrella']);
    expect((await options('model')).sort()).toEqual(['', 'anthropic/claude-3.5-sonnet', 'openai/gpt-4o', 'openai/gpt-4o-mini']);
    const types = await apiGet('/v1/task-types?include_archived=true');
    expect((await options('task_type')).sort()).toEqual(['', ...types.data.map((t: any) => t.key)].sort());
    const email = types.data.find((t: any) => t.key === 'email_classification');
    expect(await page.locator('select#filter-task_type option[value="email_classification"]').textContent()).toContain(email.display_name);

    // A combination no event has: the filters say so, not the first-run guide.
    await page.getByLabel('Agent', { exact: true }).selectOption('support-classifier');
    await page.getByLabel('Task type', { exact: true }).selectOption('code_review');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('no-match').waitFor();
    expect(await page.getByTestId('no-match').textContent()).toContain('No events match these filters');
    expect(await page.getByTestId('empty-state').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overview-no-match');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('agent_id') && !url.searchParams.has('task_type'));
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
  });

  it('puts the period in the URL and shows that period’s numbers', async () => {
    const before = await kpi('events');
    await page.getByLabel('Period', { exact: true }).selectOption('7d');
    await page.waitForURL((url) => url.searchParams.get('period') === '7d');
    const summary = await apiGet('/v1/reports/summary?period=7d');
    expect(summary.totals.events).toBeLessThan(before.value);
    await expect.poll(async () => (await kpi('events')).value).toBe(summary.totals.events);
    await page.getByText('Show the daily numbers as a table').click();
    await expectOverviewToMatch(summary);
    expect(summary.trend).toHaveLength(7);

    // A shared link opens the same view: time zone and filters too.
    await page.goto(`${server.url}/?period=90d&tz=Asia/Tokyo&agent_id=support-classifier`);
    const filtered = await apiGet('/v1/reports/summary?period=90d&tz=Asia/Tokyo&agent_id=support-classifier');
    await expect.poll(async () => (await kpi('events')).value).toBe(filtered.totals.events);
    await page.getByText('Show the daily numbers as a table').click();
    await expectOverviewToMatch(filtered);
    expect(await page.getByTestId('range').textContent()).toContain('Asia/Tokyo');
    await page.locator('select#filter-agent_id').waitFor();
    expect(await page.getByLabel('Agent', { exact: true }).inputValue()).toBe('support-classifier');

    // Back to 30 days through the form: the filter goes, the URL follows.
    await page.getByLabel('Agent', { exact: true }).selectOption('');
    await page.getByLabel('Time zone', { exact: true }).fill('');
    await page.getByLabel('Period', { exact: true }).selectOption('30d');
    await page.waitForURL((url) => !url.searchParams.has('period') && url.searchParams.get('agent_id') === null);

    // A custom range of calendar days (in the org's zone, UTC here): from and to land in the URL as instants.
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill(day(10));
    await page.getByLabel('To (inclusive)').fill(day(4));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.has('from'));
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(`${day(10)}T00:00:00.000Z`);
    expect(url.searchParams.get('to')).toBe(`${day(3)}T00:00:00.000Z`);
    const custom = await apiGet(`/v1/reports/summary?from=${url.searchParams.get('from')}&to=${url.searchParams.get('to')}`);
    expect(custom.meta.period).toBe('custom');
    expect(custom.trend).toHaveLength(7);
    await expect.poll(async () => (await kpi('events')).value).toBe(custom.totals.events);
    await expectOverviewToMatch(custom);

    // The same in a zone typed in any letter case whose DST jump skips midnight (Havana, 8 March 2026 starts at
    // 01:00 CDT): the URL gets the canonical name and the days' first instants, and the form reads them back.
    await page.getByLabel('Time zone', { exact: true }).fill('america/havana');
    await page.getByLabel('From', { exact: true }).fill('2026-03-07');
    await page.getByLabel('To (inclusive)').fill('2026-03-08');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('tz') === 'America/Havana');
    const havana = new URL(page.url()).searchParams;
    expect([havana.get('from'), havana.get('to')]).toEqual(['2026-03-07T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-03-07');
    expect(await page.getByLabel('To (inclusive)').inputValue()).toBe('2026-03-08');
    await page.getByLabel('Time zone', { exact: true }).fill('');
    await page.getByLabel('Period', { exact: true }).selectOption('30d');
    await page.waitForURL((url) => !url.searchParams.has('from') && !url.searchParams.has('tz'));
  });

  it('downloads a table as the export endpoint’s CSV', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Clients' }).click();
    await page.waitForURL((url) => url.pathname === '/clients');
    await page.getByTestId('table-client').waitFor();
    const report = await apiGet('/v1/reports/time-saved?group_by=client');
    const shown = await page
      .getByTestId('table-client')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-group'), ...[...tr.querySelectorAll('data')].map((d) => Number(d.getAttribute('value')))]),
      );
    expect(shown).toEqual(
      report.rows.map((r: any) => [
        r.group.client ?? '',
        r.events,
        r.hours_saved,
        r.cost_saved,
        r.agent_cost,
        r.net_saved,
        r.fte_equivalent,
      ]),
    );
    await screenshot(page, 'clients');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^humanhours-time-saved-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const exported = await apiGet('/v1/reports/export?group_by=client&sort=hours_saved');
    expect(csv).toBe(exported);
    const records = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => [r.client, Number(r.events), Number(r.net_saved)])).toEqual(
      report.rows.map((r: any) => [r.group.client ?? '', r.events, r.net_saved]),
    );
  });

  it('shows the models breakdown', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Models' }).click();
    await page.getByTestId('table-model').waitFor();
    const report = await apiGet('/v1/reports/time-saved?group_by=model');
    expect(await page.getByTestId('table-model').locator('tbody tr').count()).toBe(report.rows.length);
    const total = await page.locator('tr[data-group="totals"] td[data-col="tokens_in"] data').getAttribute('value');
    expect(Number(total)).toBe(report.totals.tokens_in);
    await screenshot(page, 'models');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('ranks agents with their trend and edits an hourly-rate override', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Agents' }).click();
    await page.getByTestId('table-leaderboard').waitFor();
    const board = await apiGet('/v1/reports/leaderboard?top=100');
    const shown = await page
      .getByTestId('table-leaderboard')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-group'), Number(tr.querySelector('[data-col="hours_saved"] data')!.getAttribute('value'))]),
      );
    expect(shown).toEqual(board.rows.map((r: any) => [r.agent_id, r.hours_saved]));
    await page.locator('svg.sparkline').first().waitFor();
    expect(await page.locator('svg.sparkline').count()).toBe(board.rows.length);

    await page.getByLabel('Hourly rate override of invoice-extractor (EUR), empty for the org default').fill('62.5');
    await page.locator('tr[data-agent="invoice-extractor"]').getByRole('button', { name: 'Save' }).click();
    await page.locator('tr[data-agent="invoice-extractor"]').getByText('Saved').waitFor();
    const agents = await apiGet('/v1/agents');
    expect(agents.data.find((a: any) => a.agent_id === 'invoice-extractor')).toMatchObject({
      hourly_rate_override: 62.5,
      effective_hourly_rate: 62.5,
    });
    expect(await page.locator('tr[data-agent="invoice-extractor"] td[data-col="effective_hourly_rate"] data').getAttribute('value')).toBe(
      '62.5',
    );

    // A new display name shows in the leaderboard at once (it asks the API again), the key beneath it.
    await page.getByLabel('Display name of invoice-extractor').fill('Invoice Extractor');
    await page.locator('tr[data-agent="invoice-extractor"]').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('[data-testid="table-leaderboard"] tr[data-group="invoice-extractor"] th').textContent())
      .toBe('Invoice Extractorinvoice-extractor');
    await expectPlaceholdersWhole();

    await page.getByLabel('Rank by').selectOption('net_saved');
    await page.waitForURL((url) => url.searchParams.get('metric') === 'net_saved');
    await screenshot(page, 'agents');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists task types with their cited baselines and sets an override', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Task types' }).click();
    // The breakdown names task types by their display names, the key beneath.
    const types = await apiGet('/v1/task-types');
    const name = types.data.find((t: any) => t.key === 'invoice_processing').display_name;
    await expect
      .poll(() => page.locator('[data-testid="table-task_type"] tr[data-group="invoice_processing"] th').textContent())
      .toBe(`${name}invoice_processing`);
    const row = page.locator('tr[data-key="email_classification"]');
    await row.waitFor();
    expect(await row.locator('.source .sub').textContent()).toMatch(/\w{3,}/);
    await row.getByRole('button', { name: /Override the baseline/ }).click();
    await row.getByLabel('New baseline (minutes)').fill('3');
    await row.getByLabel('Reason (kept in the audit log)').fill('Our own time study');
    await row.getByRole('button', { name: 'Save override' }).click();
    await row.getByRole('button', { name: /Remove override/ }).waitFor();
    const type = await apiGet('/v1/task-types/email_classification');
    expect(type.override).toMatchObject({ baseline_minutes: 3, reason: 'Our own time study' });
    expect(await row.locator('td.num strong').textContent()).toBe('3.0 min');
    await screenshot(page, 'task-types', { fullPage: false });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows usage against the plan', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Usage' }).click();
    await page.getByTestId('usage-facts').waitFor();
    const usage = await apiGet('/v1/reports/usage');
    expect(Number(await page.locator('meter').getAttribute('value'))).toBe(usage.events_this_month);
    expect(Number(await page.locator('meter').getAttribute('max'))).toBe(usage.events_included_in_plan);
    for (const field of ['overage_events', 'lifetime_events', 'rate_limit_per_second']) {
      expect(Number(await page.locator(`[data-field="${field}"] data`).getAttribute('value')), field).toBe(usage[field]);
    }
    // The projection says what it rests on: the hours (or days) of this month so far, and when that is too little.
    const basis = (await page.getByTestId('projection-basis').textContent())!;
    const elapsedHours = (Date.now() - Date.parse(usage.period_start)) / 3_600_000;
    expect(basis).toMatch(/^Projected from [\d,]+ (h|days) of data this month \([\d,]+ events so far/);
    expect(basis.includes('Too little data yet')).toBe(elapsedHours < 72);
    await screenshot(page, 'usage');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('creates a key whose secret is shown once, then revokes it', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name').fill('browser test key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByTestId('secret').textContent())!;
    expect(secret).toMatch(/^hh_live_[A-Za-z0-9]{8}_[A-Za-z0-9]{48}$/);
    const id = secret.slice(8, 16);
    const listed = await apiGet('/v1/api-keys');
    expect(listed.data.find((k: any) => k.id === id)).toMatchObject({ name: 'browser test key', scopes: ['track:write', 'read:reports'] });
    await page.locator(`tr[data-key-id="${id}"]`).waitFor();
    await screenshot(page, 'keys');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have stored it, hide the secret' }).click();
    expect(await page.content()).not.toContain(secret);

    await page
      .locator(`tr[data-key-id="${id}"]`)
      .getByRole('button', { name: /^Revoke/ })
      .click();
    await page.locator(`tr[data-key-id="${id}"]`).getByRole('button', { name: 'Yes, revoke' }).click();
    await page
      .locator(`tr[data-key-id="${id}"]`)
      .getByText(/^Revoked/)
      .waitFor();
    const res = await fetch(`${server.url}/v1/org`, { headers: { authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('key_revoked');
    await page.reload();
    await page.locator(`tr[data-key-id="${id}"]`).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('answers a mistyped address with its own not-found page (HTTP 404, HTML)', async () => {
    const res = await page.goto(`${server.url}/agnets?period=7d`);
    expect(res!.status()).toBe(404);
    expect(res!.headers()['content-type']).toMatch(/^text\/html/);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.getByTestId('not-found').textContent()).toContain('/agnets');
    forgetNotFoundLoads();
  });

  it('is reachable by keyboard: a skip link first, then the menu, every stop a real control with a visible focus', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    const stops: Array<{ tag: string; text: string; outline: string }> = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? '').trim().slice(0, 30),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
    }
    expect(stops[0]).toMatchObject({ tag: 'a', text: 'Skip to content' });
    expect(stops.slice(1, 3).map((s) => s.text)).toEqual(['◷ HumanHours', 'Sign out']);
    // Then every view of the menu, in its order.
    const menu = await page.getByRole('navigation', { name: 'Views' }).getByRole('link').allTextContents();
    expect(menu.slice(0, 3)).toEqual(['Overview', 'Agents', 'Task types']);
    expect(stops.slice(3, 3 + menu.length).map((s) => s.text)).toEqual(menu);
    for (const stop of stops) {
      expect(['a', 'button', 'input', 'select', 'summary', 'textarea', 'section'], JSON.stringify(stop)).toContain(stop.tag);
      expect(stop.outline, JSON.stringify(stop)).toMatch(/^solid [1-9]/);
    }
  });

  // Every view at a desktop and a phone width: the view's own content loaded, axe-core clean, nothing wider than
  // the screen, every number in a table right-aligned, a screenshot of each in test-artifacts/ (view-1440.png,
  // view-390.png). At 390 px the report views again with filters set, so their filter fields are open.
  const VIEWS: Array<{ name: string; path: string | (() => Promise<string>); ready: string; report?: boolean }> = [
    { name: 'overview', path: '/', ready: '[data-testid="trend-chart"] canvas', report: true },
    { name: 'agents', path: '/agents', ready: '[data-testid="table-agents"], svg.sparkline', report: true },
    { name: 'task-types', path: '/task-types', ready: '[data-testid="table-task-types"], [data-testid="table-task_type"]', report: true },
    { name: 'clients', path: '/clients', ready: '[data-testid="table-client"]', report: true },
    { name: 'models', path: '/models', ready: '[data-testid="table-model"]', report: true },
    { name: 'events-list', path: '/events', ready: '[data-testid="table-events"]', report: true },
    {
      name: 'event-page',
      path: async () => `/events?event=${(await apiGet('/v1/events?outcome=needs_review&limit=1')).data[0].event_id}`,
      ready: '[data-testid="computation"], [data-testid="review-actions"]',
    },
    // The seed's needs_review events wait for a review: the queue with its rows and bulk actions.
    { name: 'review-queue', path: '/review', ready: '[data-testid="table-review"], [data-testid="bulk-actions"]', report: true },
    { name: 'usage', path: '/usage', ready: '[data-testid="usage-facts"]' },
    { name: 'keys', path: '/keys', ready: '[data-testid="table-keys"]' },
    { name: 'not-found', path: '/no-such-page', ready: '[data-testid="not-found"]' },
  ];
  /** A filter of every kind set (the two pick lists with the longest labels among them): the filter fields open. */
  const FILTERED =
    'agent_id=support-classifier&task_type=refund_request_handling&client=umbrella&model=anthropic/claude-3.5-sonnet&outcome=needs_review';

  const showView = async (name: string, path: string, ready: string, width: number, { audit = true } = {}) => {
    await page.goto(`${server.url}${path}`);
    for (const selector of ready.split(', ')) await page.locator(selector).first().waitFor();
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    if (name === 'not-found') forgetNotFoundLoads();
    expect(await overflowing(page), `${name} at ${width} px`).toEqual([]);
    expect(await leftAlignedNumbers(page), `${name} at ${width} px`).toEqual([]);
    // On a desktop every column is in sight (a review's buttons too): no table scrolls sideways.
    if (width > 1000) expect(await scrollingTables(page), `${name} at ${width} px`).toEqual([]);
    if (name === 'agents') await expectPlaceholdersWhole();
    if (!audit) return;
    expect(await accessibilityViolations(page), `${name} at ${width} px`).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  };

  for (const width of WIDTHS) {
    it(`shows every view at ${width} px without overflow or accessibility findings`, async () => {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      for (const view of VIEWS) {
        const path = typeof view.path === 'string' ? view.path : await view.path();
        await showView(view.name, path, view.ready, width);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  }

  it('fits a 390 px phone with the filters open on every report view', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of VIEWS.filter((v) => v.report)) {
      const path = `${view.path}${String(view.path).includes('?') ? '&' : '?'}${FILTERED}`;
      // A filtered view may match nothing: the controls are what this is about. They are one component, so axe
      // and a screenshot on the first view do for all (the rest is checked without the filters above).
      await showView(`${view.name}-filtered`, path, 'select#filter-model', 390, { audit: view === VIEWS[0] });
      expect(await page.locator('details.filters').getAttribute('open'), view.name).not.toBeNull();
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('signs out: the key leaves sessionStorage and was never in a URL, a request line or a log', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goBack();
    await page.getByLabel('API key').waitFor();
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url).not.toContain(key);
      expect(url).not.toContain(key.slice(17));
    }
    expect(server.rawLogs.join('\n')).not.toContain(key.slice(17));
    expect(problems).toEqual([]);
  });
});

describe.skipIf(chromiumMissing)('a newcomer and a free plan', () => {
  let fresh: Page;
  let freeKey: string;
  let proKey: string;

  beforeAll(async () => {
    const create = async (name: string, plan: string) => {
      const res = await fetch(`${server.url}/v1/admin/orgs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name, plan }),
      });
      return (await res.json()).api_key.secret as string;
    };
    freeKey = await create('Free Co', 'free');
    proKey = await create('Empty Co', 'pro');
    fresh = await context.newPage();
  });

  const signIn = async (as: string) => {
    await fresh.goto(`${server.url}/`);
    await fresh.evaluate(() => sessionStorage.clear());
    await fresh.reload();
    await fresh.getByLabel('API key').fill(as);
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  };

  it('shows the sign-in page at 1440 and 390 px, and says so on a mistyped address before sign-in', async () => {
    for (const width of WIDTHS) {
      await fresh.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await fresh.goto(`${server.url}/`);
      await fresh.evaluate(() => sessionStorage.clear());
      await fresh.reload();
      await fresh.getByLabel('API key').waitFor();
      expect(await fresh.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(fresh)).toEqual([]);
      await screenshot(fresh, `sign-in-${width}`);
    }
    const res = await fresh.goto(`${server.url}/agnets`);
    expect(res!.status()).toBe(404);
    await fresh.getByTestId('not-found').waitFor();
    expect(await fresh.getByTestId('not-found').textContent()).toContain('/agnets');
    expect(await accessibilityViolations(fresh)).toEqual([]);
    await fresh.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows an org without events what to do next, with its key’s prefix only', async () => {
    await signIn(proKey);
    const empty = fresh.getByTestId('empty-state');
    await empty.waitFor();
    const text = (await empty.textContent())!;
    expect(text).toContain(`Bearer ${proKey.slice(0, 16)}_…`);
    expect(text).toContain('curl');
    expect(text).toContain('@humanhours/sdk');
    expect(text).not.toContain(proKey.slice(17));
    await screenshot(fresh, 'overview-empty');
    expect(await accessibilityViolations(fresh)).toEqual([]);
  });

  it('shows the API’s feature_locked message on a free plan, and usage still works', async () => {
    await signIn(freeKey);
    const alert = fresh.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This feature needs the pro plan; the org is on free');
    expect(await alert.getAttribute('data-code')).toBe('feature_locked');
    await screenshot(fresh, 'overview-free-plan');
    expect(await accessibilityViolations(fresh)).toEqual([]);
    await fresh.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Usage' }).click();
    await fresh.getByTestId('usage-facts').waitFor();
    await fresh.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Task types' }).click();
    const row = fresh.locator('tr[data-key="bug_triage"]');
    await row.getByRole('button', { name: /Override the baseline/ }).click();
    await row.getByLabel('New baseline (minutes)').fill('10');
    await row.getByLabel('Reason (kept in the audit log)').fill('Try on free');
    await row.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => row.getByRole('alert').textContent()).toContain('This feature needs the pro plan');
  });

  it('goes back to sign-in, saying why, when the key is revoked elsewhere', async () => {
    const id = freeKey.slice(8, 16);
    const res = await fetch(`${server.url}/v1/api-keys/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${freeKey}` } });
    expect(res.status).toBe(200);
    await fresh.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Usage' }).click();
    await fresh.getByLabel('API key').waitFor();
    expect(await fresh.getByRole('alert').textContent()).toContain('This API key was revoked');
    expect(await fresh.evaluate(() => sessionStorage.length)).toBe(0);
  });
});

describe.skipIf(chromiumMissing)('the README screenshot', () => {
  it('is the overview', async () => {
    updateReadmeScreenshot(`${new URL('../test-artifacts/overview-1440.png', import.meta.url).pathname}`);
  });
});
