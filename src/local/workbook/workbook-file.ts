import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { LockUnavailableError } from '../../ports';
import { readSettings } from '../../app/plan/settings-store';
import { cannotOpen, cannotSave, REASONS, useCliLanguage } from '../runtime/cli-text';
import { FileLock, lockPathOf } from '../files/file-lock';
import { writeDenied } from '../files/writable';
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

/**
 * The Vietnamese reason for a file-system error (ENOENT, EACCES…). When the error is about
 * another file than FILE (its .bak, its lock, a folder on the way), the reason names it.
 */
export function reasonFor(error: unknown, file?: string): string {
  const failed = error as NodeJS.ErrnoException | undefined;
  const reason = reasonForCode(failed?.code, failed?.path);
  const path = failed?.path;
  if (path === undefined || file === undefined || resolve(path) === resolve(file)) return reason;
  if (failed?.code === 'ENOTDIR' || failed?.code === 'EEXIST') return reason;
  return REASONS.otherFile(path, reason);
}

function reasonForCode(code: string | undefined, path: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return REASONS.missing;
    case 'EISDIR':
      return REASONS.directory;
    case 'EACCES':
    case 'EPERM':
      return REASONS.noPermission;
    case 'EROFS':
      return REASONS.readOnlyDisk;
    case 'EBUSY':
      return REASONS.busy;
    case 'ENAMETOOLONG':
      return REASONS.nameTooLong;
    case 'ENOSPC':
    case 'EDQUOT':
      return REASONS.diskFull;
    case 'EMFILE':
    case 'ENFILE':
      return REASONS.tooManyFiles;
    case 'ENOTDIR':
    case 'EEXIST':
      // mkdir of a folder whose name, or one of whose parents, is a file.
      return REASONS.notAFolder(path ?? '');
    default:
      return code ? REASONS.other(code) : REASONS.corrupt;
  }
}

/** Before any work on a workbook that will be saved: the file and its folder must be writable. */
function refuseReadOnly(file: string): void {
  if (writeDenied(file)) throw new FileProblem(cannotOpen(file, REASONS.readOnlyFile));
  const folder = dirname(resolve(file));
  // The save writes a temp file, FILE.bak and FILE.lock beside the workbook.
  if (writeDenied(folder))
    throw new FileProblem(cannotOpen(file, REASONS.readOnlyFolder(shownFolder(folder))));
}

/** A folder as the user would name it: relative to where the command runs ("." for there). */
export const shownFolder = (folder: string): string => relative(process.cwd(), folder) || '.';

/**
 * Opens an existing workbook for a read–modify–save run: checks the file (and, unless the run
 * only reads, that it may be written: a read-only workbook is refused before any work), takes
 * FILE.lock, loads it. Every failure is a FileProblem and releases the lock; nothing is written.
 */
export async function openForUpdate(
  file: string,
  access: 'read' | 'write' = 'write',
): Promise<{ workbook: Workbook; release: () => void; lock: FileLock }> {
  try {
    if (statSync(file).isDirectory()) throw new FileProblem(cannotOpen(file, REASONS.directory));
    if (access === 'write') refuseReadOnly(file);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(cannotOpen(file, reasonFor(error, file)));
  }
  const lock = new FileLock(lockPathOf(file));
  let release: () => void;
  try {
    release = lock.acquire(LOCK_WAIT_MS);
  } catch (error) {
    if (error instanceof LockUnavailableError)
      throw new FileProblem(cannotOpen(file, REASONS.locked(lock.path)));
    throw new FileProblem(cannotOpen(file, reasonFor(error, file)));
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
    throw new FileProblem(cannotSave(file, reasonFor(error, file)));
  }
}
