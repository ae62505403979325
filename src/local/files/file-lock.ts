import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { LockUnavailableError, type AsyncLockPort, type LockPort } from '../../ports';

/** The lock file that guards a workbook: FILE.lock beside it. */
export const lockPathOf = (workbookFile: string): string => `${workbookFile}.lock`;

export const DEFAULT_STALE_MINUTES = 10;
const POLL_MS = 50;

/**
 * The local counterpart of LockService's script lock: an exclusive lock file created with
 * O_EXCL ('wx'), so two CLI runs on one workbook cannot interleave their saves. A lock file
 * older than `staleMinutes` was left by a crashed run and is taken over. Re-entrant within one
 * process: a use case that asks for the lock while the CLI holds it just runs.
 */
export class FileLock implements LockPort, AsyncLockPort {
  private readonly token = `${process.pid} ${randomBytes(6).toString('hex')}`;
  private depth = 0;

  constructor(
    readonly path: string,
    private readonly staleMinutes = DEFAULT_STALE_MINUTES,
  ) {}

  /** Takes the lock or throws LockUnavailableError after timeoutMs; returns the release. */
  acquire(timeoutMs: number): () => void {
    if (this.depth > 0) {
      this.depth++;
      return () => this.release();
    }
    const deadline = Date.now() + Math.max(0, timeoutMs);
    for (;;) {
      if (this.tryCreate()) {
        this.depth = 1;
        return () => this.release();
      }
      if (this.removeIfStale()) continue;
      if (Date.now() >= deadline) throw new LockUnavailableError(`${this.path} is held by another run`);
      sleepSync(POLL_MS);
    }
  }

  withLock<T>(timeoutMs: number, fn: () => T): T {
    const release = this.acquire(timeoutMs);
    try {
      return fn();
    } finally {
      release();
    }
  }

  async withLockAsync<T>(timeoutMs: number, fn: () => Promise<T>): Promise<T> {
    const release = this.acquire(timeoutMs);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private tryCreate(): boolean {
    try {
      const fd = openSync(this.path, 'wx');
      try {
        writeSync(fd, `${this.token}\n${new Date().toISOString()}\n`);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  private removeIfStale(): boolean {
    try {
      const age = Date.now() - statSync(this.path).mtimeMs;
      if (age < this.staleMinutes * 60_000) return false;
      unlinkSync(this.path);
      return true;
    } catch (error) {
      // Gone between our attempts: try again at once.
      return (error as NodeJS.ErrnoException).code === 'ENOENT';
    }
  }

  private release(): void {
    if (this.depth === 0) return;
    this.depth--;
    if (this.depth > 0) return;
    try {
      // Only our own lock: a run that took over a stale lock of ours keeps it.
      if (readFileSync(this.path, 'utf8').startsWith(this.token)) unlinkSync(this.path);
    } catch {
      // already gone
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
