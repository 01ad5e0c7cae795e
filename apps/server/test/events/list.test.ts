// GET /v1/events and GET /v1/events/{event_id}: the events a report sums, newest first, paged and as CSV.

import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEvents, trackAll } from '../reports/fixtures.js';

let server: TestServer;
let key: string;
let events: Array<Record<string, any>>;

beforeAll(async () => {
  server = await startServer();
  key = server.firstKey!;
  events = await trackAll(server, key, sampleEvents());
});
afterAll(async () => server.close());

const get = (path: string) => server.http.get(path).set(bearer(key));
const newestFirst = (list: Array<Record<string, any>>) =>
  [...list].sort((a, b) => b.occurred_at.localeCompare(a.occurred_at) || b.event_id.localeCompare(a.event_id)).map((e) => e.event_id);

/** Every page of a listing, following next_cursor. */
async function allPages(query: string, limit = 7) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: any = await get(`/v1/events?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    ids.push(...res.body.data.map((e: { event_id: string }) => e.event_id));
    cursor = res.body.next_cursor;
  } while (cursor);
  return ids;
}

describe('GET /v1/events', () => {
  it('pages through every event of the range newest first, without repeats or gaps', async () => {
    expect(await allPages('period=30d', 13)).toEqual(newestFirst(events));
  });

  it('lists exactly the events a report row sums, for each filter', async () => {
    const rows = (await get('/v1/reports/time-saved?period=30d&group_by=agent')).body.rows;
    for (const row of rows) {
      const ids = await allPages(`period=30d&agent_id=${row.group.agent_id}`, 50);
      expect(ids.length).toBe(row.events);
      expect(ids).toEqual(newestFirst(events.filter((e) => e.agent_id === row.group.agent_id)));
    }
    expect(await allPages('period=30d&client=acme&outcome=success', 50)).toEqual(
      newestFirst(events.filter((e) => e.client === 'acme' && e.outcome === 'success')),
    );
    expect(await allPages('period=30d&metadata.region=eu', 50)).toEqual(newestFirst(events.filter((e) => e.metadata?.region === 'eu')));
    expect(await allPages('period=30d&model=openai/gpt-4o', 50)).toEqual(newestFirst(events.filter((e) => e.model === 'openai/gpt-4o')));
  });

  it('is the review queue with review=pending', async () => {
    const pending = events.filter((e) => e.outcome === 'needs_review');
    expect(await allPages('period=30d&review=pending', 50)).toEqual(newestFirst(pending));
    const res = await get('/v1/events?period=30d&review=pending&limit=1');
    expect(res.body.data[0]).toMatchObject({ review_state: 'pending', review: null, full_credit: { hours_saved: expect.any(Number) } });
  });

  it('rejects a forged cursor and bad filters with 422', async () => {
    const res = await get('/v1/events?cursor=WyJ4Il0');
    expect([res.status, res.body.error.field]).toEqual([422, 'cursor']);
    expect((await get('/v1/events?review=maybe')).status).toBe(422);
    expect((await get('/v1/events?limit=1001')).status).toBe(422);
  });

  it('streams every matching event as CSV', async () => {
    const res = await get('/v1/events?period=30d&format=csv&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const records = parse(res.text, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.event_id)).toEqual(newestFirst(events));
    const withFormula = records.find((r) => r.client.startsWith("'="));
    expect(withFormula).toBeDefined();
    expect(JSON.parse(records.find((r) => r.metadata)!.metadata)).toHaveProperty('region');
  });
});

describe('GET /v1/events/{event_id}', () => {
  it('answers everything stored about the event', async () => {
    const withPricing = events.find((e) => e.resolved_pricing)!;
    const res = await get(`/v1/events/${withPricing.event_id}`);
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({ ...withPricing, audit_sample: null });
    expect(res.body.counted).toEqual({
      hours_saved: withPricing.hours_saved,
      cost_saved: withPricing.cost_saved,
      net_saved: withPricing.net_saved,
    });
    const missing = await get('/v1/events/evt_01HQ2B3C4D5E6F7G8H9J0K1M2N');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'not_found']);
  });
});
