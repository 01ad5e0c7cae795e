import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportQuery, ReportQueryRunner } from '../../src/reports/queries/report-query-runner.js';
import { sampleEvents, trackAll } from './fixtures.js';

// The SQL the report engine sends for its main shapes, one snapshot file per database: a change to the generated SQL
// shows in review as a diff of these files. Update them with `pnpm vitest run --project server <this file> --update` (and
// `--project server-pg` for PostgreSQL).
const SHAPES: Array<[name: string, path: string]> = [
  ['time saved by agent and task type, 30 days', '/v1/reports/time-saved?period=30d&group_by=agent,task_type'],
  ['time saved by day in Europe/Berlin', '/v1/reports/time-saved?period=30d&group_by=day&tz=Europe/Berlin'],
  ['cost saved by client', '/v1/reports/cost-saved?group_by=client'],
  ['leaderboard by events, 30 days', '/v1/reports/leaderboard?metric=events&period=30d'],
  ['summary, 7 days', '/v1/reports/summary?period=7d'],
  ['time saved by metadata.team (raw events)', '/v1/reports/time-saved?period=30d&group_by=metadata.team'],
  ['time saved, last 24 hours', '/v1/reports/time-saved?period=24h'],
];

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  key = server.firstKey!;
  await trackAll(server, key, sampleEvents());
});
afterAll(async () => server.close());

/** The SQL with its layout collapsed, and what changes from run to run (org ids, instants, dates) as placeholders. */
function normalise(query: ReportQuery, orgId: string): string {
  const stable = (text: string) =>
    text
      .replaceAll(orgId, '<org>')
      .replace(/\d{4}-\d\d-\d\d(?:[T ][\d:.]+Z?)?/g, '<date>')
      .replace(/\b\d{12,}\b/g, '<instant>');
  const sql = stable(query.sql.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim());
  const params = query.params.map((p) => stable(JSON.stringify(p))).join(', ');
  return `${sql}\n-- params: [${params}]`;
}

describe('report SQL', () => {
  it('matches the snapshot of the main report shapes on this database', async () => {
    const orgId = (await server.http.get('/v1/org').set(bearer(key))).body.id as string;
    const runner = server.app.get(ReportQueryRunner);
    const sections: string[] = [];
    for (const [name, path] of SHAPES) {
      const sent: ReportQuery[] = [];
      const stop = runner.observe((query) => sent.push(query));
      try {
        const res = await server.http.get(path).set(bearer(key));
        expect(res.status, path).toBe(200);
      } finally {
        stop();
      }
      expect(sent.length, path).toBeGreaterThan(0);
      sections.push(`-- ${name}: GET ${path}\n${sent.map((q) => normalise(q, orgId)).join('\n\n')}`);
    }
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot(`./__snapshots__/report-sql.${server.db.kind}.sql`);
  });
});
