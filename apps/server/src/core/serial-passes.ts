/**
 * A background job that runs every `everyMs` and on demand, one pass at a time in this process: a pass asked for
 * while one runs follows it (tests await `run()` to know the work is done). Stopping waits for the pass under way.
 */
export class SerialPasses<T> {
  private chain: Promise<T>;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly pass: () => Promise<T>,
    private readonly idle: T,
  ) {
    this.chain = Promise.resolve(idle);
  }

  get stopped(): boolean {
    return this.stopping;
  }

  start(everyMs: number, { now = false } = {}): void {
    if (now) void this.run();
    this.timer = setInterval(() => void this.run(), everyMs);
    this.timer.unref();
  }

  run(): Promise<T> {
    this.chain = this.chain.then(
      () => (this.stopping ? this.idle : this.pass()),
      () => this.idle,
    );
    return this.chain;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.chain.catch(() => {});
  }
}
