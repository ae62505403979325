import type { Recorder } from '../recorder';

/**
 * Apps Script's error when waitLock times out, word for word as executions log it
 * (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer): "timing out
 * with an exception").
 */
export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';

/**
 * What a fake call returns when the execution must wait in simulated time: the scheduler parks
 * the execution and resumes it with `take()` once `ready()` holds (at `readyAt()`), or with
 * `timeout()` when `deadlineMs` comes first. Both may throw, as the real call would.
 */
export class Blocked {
  constructor(
    readonly deadlineMs: number,
    readonly ready: () => boolean,
    readonly readyAt: () => number,
    readonly take: () => unknown,
    readonly timeout: () => unknown,
  ) {}
}

/**
 * The script lock of executions that run side by side
 * (https://developers.google.com/apps-script/reference/lock/lock):
 * - tryLock(ms) "attempts to acquire the lock, timing out after the provided number of
 *   milliseconds": it waits in simulated time and returns false at the timeout;
 * - waitLock(ms) waits the same way and throws LOCK_TIMEOUT_ERROR at the timeout;
 * - hasLock() is true only in the execution holding it; releaseLock() "has no effect if the lock
 *   has not been acquired"; a lock already held by the caller is acquired again at once;
 * - "the lock is automatically released when the script terminates" — also when it is killed
 *   (the scheduler calls `endOf`).
 */
export class ScheduledLock {
  /** The execution holding the lock. */
  owner: number | undefined;
  /** When it was last released (simulated ms): waiters resume from then. */
  freeSinceMs = Number.NEGATIVE_INFINITY;
  readonly history: string[] = [];
  /** Acquisitions that timed out. */
  timeouts = 0;
  /** Longest time an execution waited for the lock (simulated ms). */
  longestWaitMs = 0;

  constructor(
    private readonly rec: Recorder,
    private readonly current: () => number,
    private readonly nowMs: () => number,
  ) {}

  get held(): boolean {
    return this.owner !== undefined;
  }

  tryLock(timeoutInMillis: number): boolean | Blocked {
    this.rec.hit('Lock.tryLock');
    this.history.push(`try(${timeoutInMillis}) by ${this.current()}`);
    return this.acquireOrWait(timeoutInMillis, true, () => false);
  }

  waitLock(timeoutInMillis: number): undefined | Blocked {
    this.rec.hit('Lock.waitLock');
    this.history.push(`wait(${timeoutInMillis}) by ${this.current()}`);
    return this.acquireOrWait(timeoutInMillis, undefined, () => {
      throw new Error(LOCK_TIMEOUT_ERROR);
    });
  }

  releaseLock(): void {
    this.rec.hit('Lock.releaseLock');
    this.history.push(`release by ${this.current()}`);
    if (this.owner === this.current()) this.free();
  }

  hasLock(): boolean {
    this.rec.hit('Lock.hasLock');
    return this.owner !== undefined && this.owner === this.current();
  }

  /** The end of an execution (normal, failed or killed) releases what it held. */
  endOf(execution: number): void {
    if (this.owner === execution) {
      this.history.push(`end of ${execution}`);
      this.free();
    }
  }

  private free(): void {
    this.owner = undefined;
    this.freeSinceMs = this.nowMs();
  }

  private acquireOrWait<T>(timeoutMs: number, acquired: T, onTimeout: () => T): T | Blocked {
    const me = this.current();
    if (this.owner === undefined || this.owner === me) {
      this.owner = me;
      return acquired;
    }
    const since = this.nowMs();
    const deadline = since + Math.max(0, timeoutMs);
    return new Blocked(
      deadline,
      () => this.owner === undefined,
      () => Math.max(since, this.freeSinceMs),
      () => {
        this.owner = me;
        this.longestWaitMs = Math.max(this.longestWaitMs, this.nowMs() - since);
        this.history.push(`acquired by ${me} after ${this.nowMs() - since} ms`);
        return acquired;
      },
      () => {
        this.timeouts++;
        this.history.push(`timeout of ${me}`);
        return onTimeout();
      },
    );
  }
}
