import { statSync } from 'node:fs';
import { LockUnavailableError } from '../../ports';
import { readSettings } from '../../app/plan/settings-store';
import { cannotOpen, cannotSave, REASONS, useCliLanguage } from '../runtime/cli-text';
import { FileLock, lockPathOf } from '../files/file-lock';
import { Workbook } from './workbook';

/** A problem the CLI reports in one Vietnamese line, exit code 2. The file is left as it was. */
export class FileProblem extends Error {
  constructor(readonly line: string) {
    super(line);
    this.name = 'FileProblem';
  }
}

/** How long a run waits for another run's lock before giving up. */
const LOCK_WAIT_MS = 2_000;

/** The Vietnamese reason for a file-system error (ENOENT, EACCES…). */
export function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return REASONS.missing;
    case 'EISDIR':
      return REASONS.directory;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return REASONS.noPermission;
    case 'EBUSY':
      return REASONS.busy;
    default:
      return code ? REASONS.other(code) : REASONS.corrupt;
  }
}

/**
 * Opens an existing workbook for a read–modify–save run: checks the file, takes FILE.lock,
 * loads it. Every failure is a FileProblem and releases the lock; nothing is written.
 */
export async function openForUpdate(
  file: string,
): Promise<{ workbook: Workbook; release: () => void; lock: FileLock }> {
  try {
    if (statSync(file).isDirectory()) throw new FileProblem(cannotOpen(file, REASONS.directory));
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(cannotOpen(file, reasonFor(error)));
  }
  const lock = new FileLock(lockPathOf(file));
  let release: () => void;
  try {
    release = lock.acquire(LOCK_WAIT_MS);
  } catch (error) {
    if (error instanceof LockUnavailableError)
      throw new FileProblem(cannotOpen(file, REASONS.locked(lock.path)));
    throw new FileProblem(cannotOpen(file, reasonFor(error)));
  }
  try {
    const workbook = await Workbook.open(file);
    if (workbook.tableNames().length === 0) throw new FileProblem(cannotOpen(file, REASONS.corrupt));
    // From here on the command speaks the sheet's language ("Ngôn ngữ" in Settings).
    const language = readSettings(workbook)?.language;
    if (language) useCliLanguage(language);
    // The lock is handed on: use cases that take the script lock re-enter this one (FileLock is
    // re-entrant per instance), where a second instance would find the file busy.
    return { workbook, release, lock };
  } catch (error) {
    release();
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(cannotOpen(file, reasonFor(error)));
  }
}

/** Saves atomically (FILE.bak keeps the previous file); a failure is a FileProblem. */
export async function saveOrExplain(workbook: Workbook, file: string): Promise<void> {
  try {
    await workbook.save(file);
  } catch (error) {
    throw new FileProblem(cannotSave(file, reasonFor(error)));
  }
}
