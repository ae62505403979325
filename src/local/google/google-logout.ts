import { rmSync } from 'node:fs';
import { reasonFor } from '../workbook/workbook-file';
import type { Printer } from './google-output';
import { googleText } from './google-texts';
import { tokenPath } from './google-token';

/**
 * google logout: deletes the saved token, so nothing on this computer can reach the school's
 * sheets any more. The grant stays listed in the Google account until removed there
 * (myaccount.google.com/permissions); the line says so. Exit 0 deleted or none, 2 not deleted.
 */
export function logoutGoogle(options: { env?: NodeJS.ProcessEnv }, print: Printer): number {
  const t = googleText().logout;
  const path = tokenPath(options.env);
  try {
    rmSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      print.out(t.none(path));
      return 0;
    }
    print.err(t.failed(path, reasonFor(error, path)));
    return 2;
  }
  print.out(t.done(path));
  return 0;
}
