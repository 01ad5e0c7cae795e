// The Webhooks & alerts view in Chromium against the real server: add an endpoint (secret shown once), see its
// health, send a test ping to a loopback receiver and see the delivery, add and remove an alert rule.

import { startReceiver, startServer, type TestServer } from '@humanhours/test-kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, chromiumMissing, expectFitsEveryWidth, launchChromium, screenshot } from './browser.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  if (chromiumMissing) return;
  server = await startServer({ HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'silent' });
  receiver = await startReceiver();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByLabel('API key').fill(server.firstKey!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

describe.skipIf(chromiumMissing)('the Webhooks & alerts view', () => {
  it('adds an endpoint, shows its secret once, and sends a test ping', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Webhooks & alerts' }).click();
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await page.getByTestId('webhook-secret').locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const row = page.getByTestId('table-webhooks').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Active');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have stored it, hide the secret' }).click();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Send test' }).click();
    await receiver.waitFor(1);
    expect(receiver.received[0].body.type).toBe('ping');
    await row.getByRole('button', { name: 'Deliveries' }).click();
    await expect.poll(() => page.getByTestId('table-deliveries').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('table-deliveries').textContent()).toContain('ping');
  });

  it('adds and removes an alert rule', async () => {
    await page.locator('#alert-kind').selectOption('failure_share_above');
    await page.locator('#alert-threshold').fill('25');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rules = page.getByTestId('table-alerts').locator('tbody tr');
    await expect.poll(() => rules.count()).toBe(1);
    expect(await rules.textContent()).toContain('Failure share above (%): 25');
    await screenshot(page, 'webhooks');
    expect(await accessibilityViolations(page)).toEqual([]);
    // With an endpoint, its deliveries and a rule: at a desktop and a phone width, nothing wider than the screen.
    await expectFitsEveryWidth(page, 'webhooks');
    await rules.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rules.count()).toBe(0);
  });
});
