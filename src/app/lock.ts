import { LockUnavailableError, type LockPort } from '../ports';

/**
 * Runs `run` under the script lock; when another execution holds it past the timeout, nothing
 * was done and `busy` says so instead of an exception — the other run does the work.
 */
export function underLockOrBusy<T>(lock: LockPort, timeoutMs: number, run: () => T, busy: () => T): T {
  try {
    return lock.withLock(timeoutMs, run);
  } catch (error) {
    if (error instanceof LockUnavailableError) return busy();
    throw error;
  }
}
