/** How many posts one address may send in a window, by default. */
export const DEFAULT_RATE_LIMIT = { posts: 30, windowMs: 60_000 } as const;

export interface RateLimitOptions {
  readonly posts: number;
  readonly windowMs: number;
}

/**
 * A fixed window per address: enough for a family who sends the form again after a typo, not
 * for a script filling the plan with junk. Windows of addresses that went quiet are dropped
 * when a new window starts, so the map never outgrows the addresses of one window.
 */
export class RateLimit {
  private windowStart = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one post; returns the seconds to wait when the address is over its limit. */
  take(address: string): number | undefined {
    const now = this.now();
    if (now - this.windowStart >= this.options.windowMs) {
      this.windowStart = now;
      this.counts.clear();
    }
    const count = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, count);
    if (count <= this.options.posts) return undefined;
    return Math.max(1, Math.ceil((this.windowStart + this.options.windowMs - now) / 1000));
  }
}
