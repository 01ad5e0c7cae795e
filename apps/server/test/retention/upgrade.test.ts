import { rmSync } from 'node:fs';
import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { expect, it } from 'vitest';
import type { DatabaseConfig } from '../../src/config/config.js';
import { parseDatabaseUrl } from '../../src/config/config.js';
import { monthOf } from '../../src/db/event-partition-months.js';
import { EventPartitions } from '../../src/event-store/event-partitions.js';
import { openDatabase } from '../../src/open-database.js';

const BEFORE_PARTITIONS = 'Migration20261121230214_rollup';
const DAY = 86_400_000;

it('upgrading a database with events to the (event_id, occurred_at) key keeps every event and its fields', async () => {
  const dir = tempDir();
  const config = parseDatabaseUrl(await testDatabaseUrl(dir)) as DatabaseConfig;
  const old = await openDatabase(config, { migrate: false });
  try {
    await old.orm.migrator.up({ to: BEFORE_PARTITIONS });
    const now = Date.now();
    // 3,000 events over the last ~100 days, plus one from 2001 and one a year ahead (imported data, odd clocks).
    const times = [...Array.from({ length: 3000 }, (_, i) => now - i * 2_900_000), Date.UTC(2001, 4, 6), now + 365 * DAY];
    const metadata = old.kind === 'postgresql' ? `'{"team":"t1"}'::jsonb` : `'{"team":"t1"}'`;
    for (let i = 0; i < times.length; i += 500) {
      const chunk = times.slice(i, i + 500);
      await old.run(
        `insert into events (event_id, org_id, agent_id, task_type, outcome, occurred_at, received_at, baseline_minutes, baseline_source,
          hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, cost_source, net_saved_minor, metadata) values ${chunk
            .map(
              () =>
                `(?, 'org_up', 'agent', 'email_classification', 'success', ?, ?, 4, 'builtin', 4500, 'EUR', ?, 300, 'none', 300, ${metadata})`,
            )
            .join(', ')}`,
        chunk.flatMap((t, j) => [`evt_up${String(i + j).padStart(6, '0')}`, t, t, i + j]),
      );
    }
    const before = await old.all('select event_id, occurred_at, hours_saved_milli, metadata from events order by event_id');
    expect(before).toHaveLength(times.length);

    // Every later migration applies too; the partitioning one among them.
    expect(await old.migrate()).toContain('Migration20261201170000_event_partitions');
    const after = await old.all('select event_id, occurred_at, hours_saved_milli, metadata from events order by event_id');
    expect(after).toEqual(before);
    expect(await old.get("select event_id from events where event_id = 'evt_up000042'")).toEqual({ event_id: 'evt_up000042' });

    if (old.kind === 'postgresql') {
      const months = await new EventPartitions((await old.orm.em.getConnection().getNativeClient()) as import('pg').Pool).months();
      for (let m = monthOf(now - 100 * DAY); m <= monthOf(now) + 2; m++) expect(months).toContain(m);
      // 2001 and a year ahead are outside the months given partitions: the default partition holds them.
      expect(Number((await old.get<{ n: string }>('select count(*) as n from events_default'))!.n)).toBe(2);
      const key = await old.all<{ column: string }>(
        `select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         where i.indrelid = 'events'::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
      );
      expect(key.map((k) => k.column)).toEqual(['event_id', 'occurred_at']);
      // A lookup by event_id alone reads each partition's key index (its leading column): every partition has one.
      const unindexed = await old.get<{ n: string }>(
        `select count(*) as n from pg_inherits p where p.inhparent = 'events'::regclass
           and not exists (select 1 from pg_index i where i.indrelid = p.inhrelid and i.indisprimary)`,
      );
      expect(Number(unindexed!.n)).toBe(0);
    } else {
      const plan = await old.all<{ detail: string }>("explain query plan select * from events where event_id = 'evt_up000042'");
      expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX sqlite_autoindex_events_1/);
    }
  } finally {
    await old.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
