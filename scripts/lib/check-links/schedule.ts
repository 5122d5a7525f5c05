/**
 * Politeness: at most `concurrency` requests at once, one at a time per host, and at least
 * `perHostIntervalMs` between the starts of two requests to the same host.
 */

interface Waiting {
  host: string;
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class PoliteScheduler {
  private readonly queue: Waiting[] = [];
  private readonly busy = new Set<string>();
  private readonly nextStart = new Map<string, number>();
  private active = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly concurrency: number,
    private readonly perHostIntervalMs: number,
  ) {}

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ host, task, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    let soonest = Infinity;
    for (let i = 0; i < this.queue.length && this.active < this.concurrency; i++) {
      const item = this.queue[i];
      if (this.busy.has(item.host)) continue;
      const at = this.nextStart.get(item.host) ?? 0;
      if (at > now) {
        soonest = Math.min(soonest, at);
        continue;
      }
      this.queue.splice(i--, 1);
      this.start(item);
    }
    if (this.queue.length && soonest !== Infinity && this.active < this.concurrency) {
      this.timer = setTimeout(() => this.pump(), soonest - now);
    }
  }

  private start(item: Waiting): void {
    this.active++;
    this.busy.add(item.host);
    const running = item.task();
    // Timed from after the task began, so the interval holds by any clock read inside the task too.
    this.nextStart.set(item.host, Date.now() + this.perHostIntervalMs);
    running
      .then(item.resolve, item.reject)
      .finally(() => {
        this.active--;
        this.busy.delete(item.host);
        this.pump();
      });
  }
}
