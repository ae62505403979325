import type { BackOff } from './back-off';
import type { Printer } from './google-output';
import { failureReason, googleText, tokenProblemLine } from './google-texts';
import { readToken, type StoredToken } from './google-token';
import { claspScriptId, scriptClient, type ScriptClient } from './script-client';
import type { SheetsFailure } from './sheets-failure';

export interface ScriptCommandOptions {
  /** The script id given with --script; else the one in .clasp.json where the command runs. */
  readonly script?: string;
  readonly folder?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly rootUrl?: string;
  readonly backOff?: BackOff;
}

/** An Apps Script id as `clasp create` and the editor's URL show it. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;
const IN_EDITOR_LINK = /\/projects\/([A-Za-z0-9_-]{20,})/;

/**
 * The checks before logs or run ask Google anything: a script id (given, or from .clasp.json),
 * a token (and, for run, its scopes); then the client. Undefined when a check fails, the
 * problem printed as one line.
 */
export async function scriptCommandClient(
  options: ScriptCommandOptions,
  print: Printer,
  tokenOk: (token: StoredToken) => string | undefined = () => undefined,
): Promise<{ client: ScriptClient; scriptId: string } | undefined> {
  const t = googleText().script;
  const given = options.script?.trim();
  const scriptId = given
    ? SCRIPT_ID.test(given)
      ? given
      : IN_EDITOR_LINK.exec(given)?.[1]
    : claspScriptId(options.folder);
  if (!scriptId) {
    print.err(given ? t.badScript(given) : t.noScript);
    return undefined;
  }
  const read = readToken(options.env);
  if (read.kind !== 'token') {
    print.err(tokenProblemLine(read));
    return undefined;
  }
  const refused = tokenOk(read.token);
  if (refused) {
    print.err(refused);
    return undefined;
  }
  const client = await scriptClient({
    token: read.token,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.backOff ? { backOff: options.backOff } : {}),
  });
  return { client, scriptId };
}

/** Why an Apps Script API call failed: a 403 there is about the script, not a spreadsheet. */
export function scriptFailureReason(failure: SheetsFailure): string {
  return failure.kind === 'forbidden' ? googleText().script.forbidden : failureReason(failure);
}
