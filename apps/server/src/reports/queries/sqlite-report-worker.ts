// A report worker thread (started by sqlite-report-runner.ts): its own read-only connection to the WAL database, so
// a long report blocks this thread only, never the event loop that serves ingest. Standalone (no imports of the
// server), so that Node runs it as it is: compiled, or as TypeScript source in the tests.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export interface ReportTask {
  sql: string;
  params: unknown[];
}

export type ReportReply = { rows: unknown[] } | { error: { message: string; code?: string } };

// On Linux a thread has its own nice value: where cores are short, this thread yields the CPU to the one that
// serves ingest (at a third of its weight). Elsewhere the call would renice the whole process, so it is not made.
if (process.platform === 'linux') setPriority(Math.min(19, getPriority() + 5));

const db = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true });
// The writer may be checkpointing the WAL for a moment: wait rather than fail.
db.pragma('busy_timeout = 5000');

// Statements cached by their SQL: a bounded set, since reports vary the SQL only by dimensions and filters (values
// are parameters).
const statements = new Map<string, Database.Statement>();
const MAX_STATEMENTS = 500;

function run({ sql, params }: ReportTask): unknown[] {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  // Whole numbers bind as INTEGER, as the literals the ORM inlined on the server's connection did (better-sqlite3
  // binds a number as REAL); results come back as there too: integers as numbers.
  return statement.all(params.map((p) => (typeof p === 'number' && Number.isSafeInteger(p) ? BigInt(p) : p)));
}

parentPort!.on('message', (task: ReportTask) => {
  let reply: ReportReply;
  try {
    reply = { rows: run(task) };
  } catch (err) {
    reply = { error: { message: (err as Error).message, code: (err as { code?: string }).code } };
  }
  parentPort!.postMessage(reply);
});
