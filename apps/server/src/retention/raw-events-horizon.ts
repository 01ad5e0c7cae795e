import type { Database } from '../db/database.js';

const SCOPE = 'all';

/** When the oldest raw event still kept may have happened; null while retention never dropped any. */
export async function rawEventsKeptFrom(db: Database): Promise<number | null> {
  const row = await db.get<{ kept_from: number }>('select kept_from from raw_events_horizon where scope = ?', [SCOPE]);
  return row ? row.kept_from : null;
}

/** Moves the horizon forward to `keptFrom` (never back: what was dropped stays dropped). */
export async function advanceRawEventsHorizon(db: Database, keptFrom: number): Promise<void> {
  await db.run(
    `insert into raw_events_horizon (scope, kept_from) values (?, ?) on conflict (scope) do update
      set kept_from = case when excluded.kept_from > raw_events_horizon.kept_from then excluded.kept_from else raw_events_horizon.kept_from end`,
    [SCOPE, keptFrom],
  );
}
