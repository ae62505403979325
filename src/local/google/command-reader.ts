import type { BackOff } from './back-off';
import { refuseOutput, type Printer } from './google-output';
import { tokenProblemLine } from './google-texts';
import { readToken } from './google-token';
import { sheetsReader, type SheetsReader, type SheetsWriter } from './sheets-reader';

/** What every Google command is given for its client. */
export interface ReaderCommandOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly rootUrl?: string;
  readonly backOff?: BackOff;
}

/**
 * The checks before a Google command's first request, in order: the output file (when the
 * command writes one) can be written, a token is stored; then the client. Undefined, the problem printed as one line, when either
 * check fails: the command exits 2 having asked Google nothing and written nothing.
 */
export async function readerFor(
  out: string | undefined,
  options: ReaderCommandOptions,
  print: Printer,
): Promise<(SheetsReader & SheetsWriter) | undefined> {
  const stop = out === undefined ? undefined : refuseOutput(out);
  if (stop) {
    print.err(stop);
    return undefined;
  }
  const token = readToken(options.env);
  if (token.kind !== 'token') {
    print.err(tokenProblemLine(token));
    return undefined;
  }
  return sheetsReader({
    token: token.token,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.backOff ? { backOff: options.backOff } : {}),
  });
}
