import { describe, expect, it } from 'vitest';
import { TenantTurns } from '../../src/reports/queries/tenant-turns.js';

const never = () => new AbortController().signal;

describe('TenantTurns (who runs the next report query)', () => {
  it('goes round the tenants waiting: a tenant with many queued queries does not go first with all of them', async () => {
    const turns = new TenantTurns(1);
    const order: string[] = [];
    const first = await turns.acquire('b', never());
    const waiting = [
      ...['b1', 'b2', 'b3'].map((id) => turns.acquire('b', never()).then((release) => ({ id, release }))),
      ...['a1', 'a2'].map((id) => turns.acquire('a', never()).then((release) => ({ id, release }))),
      turns.acquire('c', never()).then((release) => ({ id: 'c1', release })),
    ];
    const run = waiting.map((p) =>
      p.then(({ id, release }) => {
        order.push(id);
        queueMicrotask(release);
      }),
    );
    first();
    await Promise.all(run);
    expect(order).toEqual(['b1', 'a1', 'c1', 'b2', 'a2', 'b3']);
  });

  it('never runs more than its limit at once, and a wait that is aborted gives up its place', async () => {
    const turns = new TenantTurns(2);
    const one = await turns.acquire('a', never());
    await turns.acquire('b', never());
    const aborted = new AbortController();
    const gaveUp = turns.acquire('a', aborted.signal);
    let third = false;
    const next = turns.acquire('c', never()).then((release) => {
      third = true;
      return release;
    });
    await Promise.resolve();
    expect(third).toBe(false);
    aborted.abort(new Error('deadline'));
    await expect(gaveUp).rejects.toThrow('deadline');
    one();
    (await next)();
    expect(third).toBe(true);
  });
});
