import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { LockUnavailableError, type AsyncLockPort, type LockPort } from '../../ports';

/** The lock file that guards a workbook: FILE.lock beside it. */
export const lockPathOf = (workbookFile: string): string => `${workbookFile}.lock`;

/** A lock whose owner we cannot ask (another computer) is stale after this long without a heartbeat. */
export const DEFAULT_STALE_MINUTES = 10;
/** How often the owner touches its lock file: many times within the stale limit. */
const HEARTBEAT_MS = 5_000;
const POLL_MS = 50;

/** Who holds a lock, as its file says. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** When the owner took the lock (real clock). */
  readonly since: Date;
  /** The owner's last heartbeat: the file's modification time. */
  readonly lastSeen: Date;
}

export interface FileLockOptions {
  readonly staleMinutes?: number;
  readonly heartbeatMs?: number;
  /** This computer's name (tests give another one to play a second machine). */
  readonly host?: string;
  /** Whether a process of this computer still runs (tests may stand in). */
  readonly isAlive?: (pid: number) => boolean;
}

/**
 * The local counterpart of LockService's script lock: an exclusive lock file created with
 * O_EXCL ('wx'), so two CLI runs on one workbook cannot interleave their saves. The file says
 * who holds it (pid, computer, since when) and the owner touches it every few seconds while it
 * runs. It is taken over only from an owner that is gone: on this computer, a pid that no
 * longer runs; from another computer (a shared folder), one silent for `staleMinutes`. Never for
 * its age alone — a run stalled on a slow SMTP server still holds its lock. Everything here
 * uses the real clock, never the command's `--now`. Re-entrant within one instance: a use case
 * that asks for the lock while the CLI holds it just runs.
 */
export class FileLock implements LockPort, AsyncLockPort {
  private readonly token = `${process.pid}-${randomBytes(6).toString('hex')}`;
  private readonly staleMs: number;
  private readonly heartbeatMs: number;
  private readonly host: string;
  private readonly isAlive: (pid: number) => boolean;
  private depth = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly path: string,
    options: FileLockOptions = {},
  ) {
    this.staleMs = (options.staleMinutes ?? DEFAULT_STALE_MINUTES) * 60_000;
    this.heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    this.host = options.host ?? hostname();
    this.isAlive = options.isAlive ?? processRuns;
  }

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
        this.startHeartbeat();
        return () => this.release();
      }
      if (this.removeIfOwnerGone()) continue;
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
        const owner = {
          pid: process.pid,
          host: this.host,
          since: new Date().toISOString(),
          token: this.token,
        };
        writeSync(fd, `${JSON.stringify(owner)}\n`);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  private removeIfOwnerGone(): boolean {
    try {
      const text = readFileSync(this.path, 'utf8');
      const lastSeen = statSync(this.path).mtimeMs;
      const owner = parseOwner(text);
      const gone =
        owner !== undefined && owner.host === this.host
          ? !this.isAlive(owner.pid)
          : Date.now() - lastSeen >= this.staleMs;
      if (!gone) return false;
      // Only the lock we judged: another run may have taken it over in between.
      if (readFileSync(this.path, 'utf8') !== text) return false;
      unlinkSync(this.path);
      return true;
    } catch {
      // Gone between our attempts, or a name the system says exists but that cannot be read (a
      // dangling link): the caller waits its poll and tries again within its deadline, never at
      // once, which would spin forever on such a name.
      return false;
    }
  }

  private ours(): boolean {
    try {
      return parseOwner(readFileSync(this.path, 'utf8'))?.token === this.token;
    } catch {
      return false;
    }
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      if (!this.ours()) return;
      try {
        const now = new Date();
        utimesSync(this.path, now, now);
      } catch {
        // The next beat tries again; a lock we cannot touch is still ours.
      }
    }, this.heartbeatMs);
    // A heartbeat never keeps the process alive on its own.
    this.heartbeat.unref();
  }

  private release(): void {
    if (this.depth === 0) return;
    this.depth--;
    if (this.depth > 0) return;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    try {
      if (this.ours()) unlinkSync(this.path);
    } catch {
      // already gone
    }
  }
}

interface OwnerRecord {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

function parseOwner(text: string): OwnerRecord | undefined {
  try {
    const o = JSON.parse(text) as Partial<OwnerRecord>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.token !== 'string')
      return undefined;
    return { pid: o.pid, host: o.host, since: typeof o.since === 'string' ? o.since : '', token: o.token };
  } catch {
    return undefined;
  }
}

/** Who holds the lock at `path`, for the message that says how to clear it; undefined if unknown. */
export function lockOwner(path: string): LockOwner | undefined {
  try {
    const owner = parseOwner(readFileSync(path, 'utf8'));
    if (!owner) return undefined;
    const since = new Date(owner.since);
    const lastSeen = statSync(path).mtime;
    return {
      pid: owner.pid,
      host: owner.host,
      since: Number.isNaN(since.getTime()) ? lastSeen : since,
      lastSeen,
    };
  } catch {
    return undefined;
  }
}

/** Signal 0 asks the system whether the pid runs; EPERM means it runs as someone else. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
