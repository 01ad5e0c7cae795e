/**
 * At most `limit` report queries run at once per process; the others wait for a turn, and turns go round the
 * tenants waiting (each tenant's own queries in order), so an org with twenty queued reports delays another org's
 * report by at most one query per slot, not twenty.
 */
export class TenantTurns {
  private running = 0;
  // Map iteration follows insertion order: the tenant at the front has the next turn, then goes to the back.
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  /** Resolves with a release function once a turn is free; rejects with the signal's reason if it aborts first. */
  async acquire(tenant: string, signal: AbortSignal): Promise<() => void> {
    signal.throwIfAborted();
    if (this.running < this.limit) {
      this.running++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal.removeEventListener('abort', abort);
        resolve();
      };
      const abort = () => {
        this.forget(tenant, wake);
        reject(signal.reason);
      };
      signal.addEventListener('abort', abort, { once: true });
      const queue = this.waiting.get(tenant);
      if (queue) queue.push(wake);
      else this.waiting.set(tenant, [wake]);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The turn passes straight to the next waiter (running stays the same), or is given back.
      const next = this.waiting.entries().next();
      if (next.done) {
        this.running--;
        return;
      }
      const [tenant, queue] = next.value;
      const wake = queue.shift()!;
      this.waiting.delete(tenant);
      if (queue.length) this.waiting.set(tenant, queue);
      wake();
    };
  }

  private forget(tenant: string, wake: () => void): void {
    const queue = this.waiting.get(tenant);
    if (!queue) return;
    const i = queue.indexOf(wake);
    if (i >= 0) queue.splice(i, 1);
    if (!queue.length) this.waiting.delete(tenant);
  }
}
