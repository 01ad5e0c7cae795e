// Input that once reached a recursive walk, an ORM query or a prototype: every answer is a 4xx in the envelope, the
// same on SQLite and PostgreSQL.

import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ADMIN = 'hostile-inputs-operator-0123456789';
let server: TestServer;
let key: string;
beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
  key = server.firstKey!;
  const events = Array.from({ length: 3 }, (_, i) => ({
    agent_id: `bot-${i}`,
    task_type: 'email_classification',
    outcome: 'success',
    metadata: { team: 'a' },
  }));
  expect((await server.http.post('/v1/track/batch').set(bearer(key)).send({ events })).status).toBe(207);
});
afterAll(async () => server.close());

const raw = (method: 'post' | 'patch', path: string, body: string, token = key) =>
  server.http[method](path).set(bearer(token)).set('content-type', 'application/json').send(body);

function expectError(res: any, status: number, code: string, field?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field !== undefined) expect(res.body.error.field).toBe(field);
}

describe('deeply nested bodies', () => {
  const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  const wrap = (field: string, inner: string) =>
    `{"agent_id":"a","task_type":"email_classification","outcome":"success","${field}":${inner}}`;

  it('answer 422 on every authenticated route, never a 500 (2,500 and 100,000 levels)', async () => {
    for (const n of [2_500, 100_000]) {
      for (const [method, path, body] of [
        ['post', '/v1/track', wrap('metadata', deepObject(n))],
        ['post', '/v1/track', deepArray(n)],
        ['post', '/v1/track/batch', `{"events":[${wrap('metadata', deepObject(n))}]}`],
        ['post', '/v1/api-keys', `{"name":${deepArray(n)}}`],
        ['patch', '/v1/org', `{"name":${deepObject(n)}}`],
        ['post', '/v1/task-types', deepObject(n)],
      ] as const) {
        const res = await raw(method, path, body);
        expect(res.status, `${method} ${path} ${n}: ${res.text.slice(0, 200)}`).toBe(422);
        expect(res.body.error.code).toBe('validation_error');
        expect(res.body.error.message).toMatch(/deeper than 32 levels/);
        expect(res).toMatchApiSpec();
      }
    }
  });

  it('still take the nesting the API needs (metadata 5 levels deep in a batch item)', async () => {
    const metadata = { a: { b: { c: { d: { e: 'x' } } } } };
    const res = await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: [{ agent_id: 'deep', task_type: 'email_classification', outcome: 'success', metadata }] });
    expect(res.status).toBe(207);
    expect(res.body.results[0].status).toBe(201);
  });
});

describe('strings no database could store', () => {
  it('NUL in metadata keys and lone surrogates in values or keys answer 422 naming the field', async () => {
    const track = (metadata: string) =>
      raw('post', '/v1/track', `{"agent_id":"a","task_type":"email_classification","outcome":"success","metadata":${metadata}}`);
    for (const [metadata, field] of [
      ['{"a\\u0000b":1}', 'metadata'],
      ['{"nested":{"k\\u0000":1}}', 'metadata.nested'],
      ['{"note":"\\ud800"}', 'metadata.note'],
      ['{"note":"x\\udc00y"}', 'metadata.note'],
      ['{"\\ud83d":1}', 'metadata'],
    ]) {
      const res = await track(metadata);
      expectError(res, 422, 'validation_error', field);
      expect(res).toMatchApiSpec();
    }
    const agent = await raw('post', '/v1/track', '{"agent_id":"a\\ud800","task_type":"email_classification","outcome":"success"}');
    expectError(agent, 422, 'validation_error', 'agent_id');
    // A well-formed pair (an emoji) is fine.
    const emoji = await track('{"note":"\\ud83d\\ude00"}');
    expect(emoji.status).toBe(201);
    expect(emoji.body.metadata.note).toBe('😀');
  });
});

describe('pagination cursors', () => {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const hostile = [
    [{ $ne: null }],
    ['\u0000'],
    [{ $re: '.' }],
    [{ $ilike: '%' }],
    [{ $gt: '' }],
    [null],
    [],
    ['a', 'b'],
    [1],
    { 0: 'a' },
    'a',
    ['x'.repeat(201)],
    ['\ud800'],
  ];

  it('accept only the exact shape each endpoint issues, else 422 on cursor', async () => {
    for (const [path, token, more] of [
      [
        '/v1/agents',
        key,
        [
          [1, 'a'],
          ['a', 1],
        ],
      ],
      ['/v1/admin/orgs', ADMIN, [[1, 'a']]],
      ['/v1/api-keys', key, [['a'], [1.5, 'a'], [-1, 'a'], ['1', 'a'], [1, { $ne: null }], [1, 'a', 'b']]],
    ] as const) {
      for (const value of [...hostile, ...more]) {
        const res = await server.http.get(`${path}?cursor=${cursor(value)}`).set(bearer(token));
        expectError(res, 422, 'validation_error', 'cursor');
        expect(res).toMatchApiSpec();
      }
      for (const junk of ['not-base64-json', 'e30', '_-_-']) {
        expectError(await server.http.get(`${path}?cursor=${junk}`).set(bearer(token)), 422, 'validation_error', 'cursor');
      }
    }
  });

  it('the cursors the API issues still page', async () => {
    for (const name of ['k1', 'k2']) await server.http.post('/v1/api-keys').set(bearer(key)).send({ name });
    for (const [path, token] of [
      ['/v1/agents', key],
      ['/v1/api-keys', key],
    ] as const) {
      const first = await server.http.get(`${path}?limit=1`).set(bearer(token));
      expect(first.body.next_cursor, path).toEqual(expect.any(String));
      const second = await server.http.get(`${path}?limit=1&cursor=${first.body.next_cursor}`).set(bearer(token));
      expect(second.status).toBe(200);
      expect(second.body.data[0]).not.toEqual(first.body.data[0]);
    }
  });
});

describe('names that are also Object.prototype properties', () => {
  it('GET /docs/assets/<name> answers 404 for constructor, __proto__, toString, hasOwnProperty', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await server.http.get(`/docs/assets/${name}`);
      expectError(res, 404, 'not_found');
    }
  });

  it('a metadata.__proto__ filter is a key like any other (matches nothing here), and so is grouping by it', async () => {
    const all = await server.http.get('/v1/reports/time-saved?period=7d').set(bearer(key));
    expect(all.body.totals.events).toBeGreaterThan(0);
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const filtered = await server.http.get(`/v1/reports/time-saved?period=7d&metadata.${name}=x`).set(bearer(key));
      expect(filtered.status, name).toBe(200);
      expect(filtered.body.totals.events, name).toBe(0);
      const grouped = await server.http.get(`/v1/reports/time-saved?period=7d&group_by=metadata.${name}`).set(bearer(key));
      expect(grouped.status, name).toBe(200);
      expect(
        grouped.body.rows.map((r: any) => r.group[`metadata.${name}`]),
        name,
      ).toEqual([null]);
    }
  });
});

describe('source_url', () => {
  it('accepts only http(s) URLs', async () => {
    const custom = (i: number, source_url: string) => ({
      key: `sourced_${i}`,
      display_name: 'Sourced',
      category: 'legal',
      default_baseline_minutes: 5,
      baseline_source: 'a study',
      source_url,
    });
    const bad = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.com/x',
      'file:///etc/passwd',
      'mailto:a@b.c',
    ];
    for (const [i, url] of bad.entries()) {
      const res = await server.http.post('/v1/task-types').set(bearer(key)).send(custom(i, url));
      expectError(res, 422, 'validation_error', 'source_url');
      expect(res).toMatchApiSpec();
    }
    for (const [i, url] of ['https://example.com/study', 'http://intranet.local/times'].entries()) {
      const res = await server.http
        .post('/v1/task-types')
        .set(bearer(key))
        .send(custom(10 + i, url));
      expect(res.status, url).toBe(201);
    }
  });
});
