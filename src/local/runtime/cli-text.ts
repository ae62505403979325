import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { formatShortDate, formatTime } from '../../core/i18n/dates';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { lockOwner } from '../files/file-lock';

/**
 * The language of the CLI's output: the one a command chose (the workbook's Settings once it
 * is read, the week's --language), else LEARNING_WEEK_LANG=en, else Vietnamese. Kept here once
 * per process, as a command prints from many places and the CLI runs one command per process.
 */
let chosen: Language | undefined;

export function useCliLanguage(language: Language): void {
  chosen = language;
}

export function cliLanguage(): Language {
  return chosen ?? (process.env['LEARNING_WEEK_LANG']?.trim().toLowerCase() === 'en' ? 'en' : 'vi');
}

/** The CLI's texts in the current language (findings are rendered by the core's catalogue). */
export const cliText = (): ReturnType<typeof catalogue>['cli'] => catalogue(cliLanguage()).cli;

/** One line for a file the CLI cannot use; the file is left as it was. */
export const cannotOpen = (file: string, reason: string): string => cliText().cannotOpen(file, reason);
export const cannotSave = (file: string, reason: string): string => cliText().cannotSave(file, reason);

/** Who holds a lock file, as the "locked" reason names them (the school's clock). */
function lockOwnerText(lockFile: string): { pid: number; host: string; since: string } | undefined {
  const owner = lockOwner(lockFile);
  if (!owner) return undefined;
  const since = toWallClock(owner.since, SCHOOL_TIME_ZONE);
  return { pid: owner.pid, host: owner.host, since: `${formatTime(since)} ${formatShortDate(since)}` };
}

/** Read when the line is made, so that it follows the language chosen by then. */
export const REASONS = {
  get missing(): string {
    return cliText().reasons.missing;
  },
  get directory(): string {
    return cliText().reasons.directory;
  },
  get noPermission(): string {
    return cliText().reasons.noPermission;
  },
  get busy(): string {
    return cliText().reasons.busy;
  },
  get corrupt(): string {
    return cliText().reasons.corrupt;
  },
  get nameTooLong(): string {
    return cliText().reasons.nameTooLong;
  },
  get diskFull(): string {
    return cliText().reasons.diskFull;
  },
  get readOnlyDisk(): string {
    return cliText().reasons.readOnlyDisk;
  },
  get tooManyFiles(): string {
    return cliText().reasons.tooManyFiles;
  },
  get readOnlyFile(): string {
    return cliText().reasons.readOnlyFile;
  },
  locked: (lockFile: string): string => cliText().reasons.locked(lockFile, lockOwnerText(lockFile)),
  other: (message: string): string => cliText().reasons.other(message),
  notAFolder: (path: string): string => cliText().reasons.notAFolder(path),
  readOnlyFolder: (folder: string): string => cliText().reasons.readOnlyFolder(folder),
  otherFile: (path: string, reason: string): string => cliText().reasons.otherFile(path, reason),
};

export const alreadyExists = (file: string): string => cliText().alreadyExists(file);
