import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeDenied } from '../files/writable';
import { cliText, REASONS } from '../runtime/cli-text';
import { FileProblem, reasonFor, shownFolder } from '../workbook/workbook-file';

/**
 * Checks, before a command opens its workbook, that it can write its results into FOLDER
 * (--out, or the default): FOLDER, or the nearest folder that exists on its way, must be a
 * writable folder. Nothing is created here, so a refusal leaves everything as it was; a file
 * where the folder should be is one line, not a series of failures once the work has begun.
 */
export function checkOutputFolder(folder: string): void {
  const wanted = resolve(folder);
  let at = wanted;
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && dirname(at) !== at) {
        at = dirname(at);
        continue;
      }
      throw new FileProblem(cliText().cannotWrite(folder, reasonFor(error, folder)));
    }
    if (!isFolder) {
      throw new FileProblem(
        at === wanted
          ? cliText().outNotAFolder(folder)
          : cliText().cannotWrite(folder, REASONS.notAFolder(shownFolder(at))),
      );
    }
    if (writeDenied(at)) {
      throw new FileProblem(cliText().cannotWrite(folder, REASONS.readOnlyFolder(shownFolder(at))));
    }
    return;
  }
}
