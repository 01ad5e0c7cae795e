import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

describe('/v1/org', () => {
  it('shows the documented defaults', async () => {
    const res = await server.http.get('/v1/org').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      name: 'Default',
      plan: 'pro',
      currency: 'EUR',
      default_hourly_rate: 45,
      timezone: 'UTC',
      needs_review_credit: 0.5,
      fallback_baseline_minutes: null,
      usd_fx_rate_override: null,
    });
    expect(res.body.id).toMatch(/^org_[0-9A-Z]{26}$/);
  });

  it('updates settings and keeps them', async () => {
    const patch = {
      name: 'Acme Support',
      default_hourly_rate: 52.5,
      timezone: 'Europe/Berlin',
      needs_review_credit: 0.25,
      fallback_baseline_minutes: 3,
      usd_fx_rate_override: 0.9,
    };
    const res = await server.http.patch('/v1/org').set(bearer(key)).send(patch);
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject(patch);
    expect((await server.http.get('/v1/org').set(bearer(key))).body).toMatchObject(patch);
  });

  it('switches currency while no event exists, with the minor units of the new one', async () => {
    const res = await server.http.patch('/v1/org').set(bearer(key)).send({ currency: 'JPY', default_hourly_rate: 7000 });
    expect(res.body).toMatchObject({ currency: 'JPY', default_hourly_rate: 7000 });
    const back = await server.http.patch('/v1/org').set(bearer(key)).send({ currency: 'EUR', default_hourly_rate: 45 });
    expect(back.body).toMatchObject({ currency: 'EUR', default_hourly_rate: 45 });
  });

  it('rejects invalid settings naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ currency: 'XYZ' }, 'currency'],
      [{ currency: 'eur' }, 'currency'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ needs_review_credit: 1.5 }, 'needs_review_credit'],
      [{ default_hourly_rate: -1 }, 'default_hourly_rate'],
      [{ plan: 'enterprise' }, 'plan'],
      [{}, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await server.http.patch('/v1/org').set(bearer(key)).send(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('validation_error');
      if (field !== 'body') expect(res.body.error.field, JSON.stringify(body)).toBe(field);
      expect(res).toMatchApiSpec();
    }
  });
});
