// PostgreSQL: the row lock that makes "no currency change once events exist" atomic against inserts. Every ingest
// transaction locks its orgs' rows FOR SHARE before (or, in the one-statement flush, while) it checks their
// currency; a currency change locks the row FOR UPDATE, then checks for events with a statement of its own and
// updates the org. So either the change waits for in-flight inserts and then sees their events (and refuses), or the
// inserts wait for the change and then see the new currency (PostgreSQL re-reads a row it waited for and checks it
// again), and are valued again. Shared locks never wait for each other, and no lock outlives its transaction.
// SQLite needs none: its writes are serialised and the ingest store never runs inside another transaction.

/** Taken by a currency change, held until it commits. */
export const LOCK_ORG_FOR_SETTINGS_CHANGE = 'select id from orgs where id = ? for update';

/** Taken first by an ingest transaction of several statements: the orgs' currencies as they are until it commits. */
export const LOCK_ORGS_FOR_INGEST = 'select id, currency from orgs where id = any($1::text[]) order by id for share';
