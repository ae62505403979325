import { LockUnavailableError, type AsyncLockPort, type LockPort } from '../ports';

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

/** The same for an asynchronous critical section (the local runtime). */
export async function underLockOrBusyAsync<T>(
  lock: AsyncLockPort,
  timeoutMs: number,
  run: () => Promise<T>,
  busy: () => T,
): Promise<T> {
  try {
    return await lock.withLockAsync(timeoutMs, run);
  } catch (error) {
    if (error instanceof LockUnavailableError) return busy();
    throw error;
  }
}
