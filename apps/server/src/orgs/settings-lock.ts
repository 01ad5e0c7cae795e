// PostgreSQL: the lock that makes "no currency change once events exist" atomic against inserts. Every ingest
// transaction holds it shared (until it commits) before it checks the org's currency; a currency change holds it
// exclusively while it checks for events and updates the org. So either the change waits for in-flight inserts and
// then sees their events (and refuses), or the inserts wait for the change and then see the new currency (and are
// valued again). Transaction-scoped advisory locks: nothing is written, nothing to release, no lock outlives a
// crashed transaction. SQLite needs none: its writes are serialised and each statement is atomic.

/** The lock's namespace (the first int4 key; "hh" + 1); the org id, hashed, is the second. */
const NAMESPACE = 0x686801;

export const LOCK_ORG_SETTINGS_SHARED = `select pg_advisory_xact_lock_shared(${NAMESPACE}, hashtext(?)) as locked`;
export const LOCK_ORG_SETTINGS_EXCLUSIVE = `select pg_advisory_xact_lock(${NAMESPACE}, hashtext(?)) as locked`;
