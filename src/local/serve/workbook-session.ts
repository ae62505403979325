import { statSync } from 'node:fs';
import { importResponses, type Submission, type SubmitOutcome } from '../../app/forms/handle-form-submit';
import { readSettings } from '../../app/plan/settings-store';
import type { Language } from '../../core/plan';
import { LockUnavailableError, type ClockPort } from '../../ports';
import { FileLock, lockPathOf } from '../files/file-lock';
import { ConsoleLog } from '../runtime/console-log';
import { Workbook } from '../workbook/workbook';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';

/** How long a write waits for another command's lock (a drain, a respond) before it gives up. */
const LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 50;

/**
 * The workbook as the server sees it: one copy in memory, read again from disk whenever the file
 * changed under it (another command saved it), and written only under FILE.lock, which it takes
 * per write, not for its whole life, so `drain` or `respond` can run while the server does. Every
 * read and write goes through one queue, so a page never sees a write half done.
 */
export class WorkbookSession {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lock: FileLock;
  private writing = false;
  /** Counts the changes of the copy in memory: a reload, a recorded batch. */
  private changes = 0;

  private constructor(
    readonly file: string,
    private workbook: Workbook,
    private stamp: string | undefined,
    private readonly clock: ClockPort,
  ) {
    this.lock = new FileLock(lockPathOf(file));
  }

  /** Opens FILE as every command does (its checks, its lock, its language), then lets the lock go. */
  static async open(file: string, clock: ClockPort): Promise<WorkbookSession> {
    const { workbook, release } = await openForUpdate(file);
    try {
      return new WorkbookSession(file, workbook, stampOf(file), clock);
    } finally {
      release();
    }
  }

  /** What was last computed from the workbook, kept until the workbook changes. */
  memo<T>(compute: (workbook: Workbook) => T): () => Promise<T> {
    let kept: { at: number; value: T } | undefined;
    return () =>
      this.read((workbook) => {
        if (kept?.at !== this.changes) kept = { at: this.changes, value: compute(workbook) };
        return kept.value;
      });
  }

  get language(): Language | undefined {
    return readSettings(this.workbook)?.language;
  }

  /**
   * A look at the workbook as it is on disk now. While a batch is being saved, the copy in memory
   * is already newer than the file, so a page is served from it at once instead of waiting.
   */
  read<T>(look: (workbook: Workbook) => T): Promise<T> {
    if (this.writing) return Promise.resolve(look(this.workbook));
    return this.serially(async () => {
      await this.fresh();
      return look(this.workbook);
    });
  }

  /** One batch through the response pipeline and one save, under the file lock. */
  record(submissions: readonly Submission[]): Promise<readonly SubmitOutcome[]> {
    return this.serially(async () => {
      const release = await this.takeLock();
      try {
        await this.fresh();
        this.writing = true;
        const ports = {
          tables: this.workbook,
          clock: this.clock,
          lock: this.lock,
          log: new ConsoleLog(false),
        };
        const summary = importResponses(ports, submissions);
        this.changes++;
        if (summary.recorded + summary.flagged > 0) {
          try {
            await saveOrExplain(this.workbook, this.file);
          } catch (error) {
            // The copy in memory holds a batch the file does not: read the file again next time.
            this.stamp = undefined;
            throw error;
          }
          this.stamp = stampOf(this.file);
        }
        return summary.outcomes;
      } finally {
        this.writing = false;
        release();
      }
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async fresh(): Promise<void> {
    const now = stampOf(this.file);
    if (now !== undefined && now === this.stamp) return;
    this.workbook = await Workbook.open(this.file);
    this.stamp = now;
    this.changes++;
  }

  /** The file lock without blocking the server: one try at a time, the wait between them async. */
  private async takeLock(): Promise<() => void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        return this.lock.acquire(0);
      } catch (error) {
        if (!(error instanceof LockUnavailableError) || Date.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }
}

/** What tells that the file changed: an atomic save is a new file (inode), a new time and size. */
function stampOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}
