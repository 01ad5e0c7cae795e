// The real HumanHours server, in this process, on a random loopback port (@humanhours/test-kit). The kit is imported
// by a name in a variable so the SDK's typecheck never compiles the server: only what the SDK tests use is typed.
export interface RealServer {
  url: string;
  /** An admin key (all scopes) of the org a fresh database gets: `pro` unless HUMANHOURS_INIT_PLAN says otherwise. */
  firstKey: string;
  db: { get<T>(sql: string, params?: unknown[]): Promise<T | undefined> };
  close(): Promise<void>;
}

const TEST_KIT = '@humanhours/test-kit';

export async function startServer(env: Record<string, string> = {}): Promise<RealServer> {
  const { startServer: start } = await import(/* @vite-ignore */ TEST_KIT);
  return start(env);
}

/** Rows in the events table, optionally of one agent. */
export async function eventCount(server: RealServer, agentId?: string): Promise<number> {
  const row = agentId
    ? await server.db.get<{ n: number }>('select count(*) as n from events where agent_id = ?', [agentId])
    : await server.db.get<{ n: number }>('select count(*) as n from events');
  return Number(row?.n);
}

/** The documented example: baseline 4.0 min, 4 s, rate 45 → 0.066 h, 2.97. */
export const example = {
  agent_id: 'support-classifier',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
} as const;
