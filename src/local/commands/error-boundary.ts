import { cliText } from '../runtime/cli-text';
import { FileProblem, reasonFor } from '../workbook/workbook-file';

/** System calls that change the disk: their failure is "cannot write", any other "cannot read". */
const WRITING_CALLS = new Set([
  'mkdir',
  'write',
  'rename',
  'copyfile',
  'unlink',
  'rmdir',
  'rm',
  'chmod',
  'chown',
  'fsync',
  'ftruncate',
  'symlink',
  'link',
  'utime',
  'close',
]);

/**
 * The one line a command's failure becomes, whatever threw it: a FileProblem says its own line;
 * a file-system error names its file and what to do; anything else is the unexpected failure,
 * with its details left to --verbose. No stack trace reaches a user who did not ask for one.
 */
export function failureLine(error: unknown): string {
  if (error instanceof FileProblem) return error.line;
  const failed = error as NodeJS.ErrnoException | undefined;
  if (failed && typeof failed.code === 'string' && typeof failed.path === 'string') {
    const path = failed.path;
    const reason = reasonFor(error, path);
    const writing =
      WRITING_CALLS.has(failed.syscall ?? '') || (failed.syscall === 'open' && failed.code !== 'ENOENT');
    return writing ? cliText().cannotWrite(path, reason) : cliText().cannotRead(path, reason);
  }
  const message = error instanceof Error ? error.message : String(error);
  return cliText().unexpectedFailure(message.split('\n')[0] ?? message);
}
