import type { Printer } from './google-output';
import { SCRIPT_SCOPES, tokenHasScope } from './google-scopes';
import { googleText } from './google-texts';
import type { RunOutcome } from './script-client';
import { scriptCommandClient, scriptFailureReason, type ScriptCommandOptions } from './script-command';
import { SheetsCallFailed } from './sheets-failure';

export interface RunOptions extends ScriptCommandOptions {
  readonly functionName: string;
}

/**
 * google run FUNCTION: runs one of the script's top-level functions as the signed-in user,
 * through the Apps Script API scripts.run. Google allows this only for a script deployed as an
 * "API executable" whose Cloud project is the OAuth client's, with a token that holds every
 * scope the script declares (google login --run). Exit 0 ran, 2 anything else.
 */
export async function runFunction(options: RunOptions, print: Printer): Promise<number> {
  const t = googleText().run;
  const ready = await scriptCommandClient(options, print, (token) =>
    SCRIPT_SCOPES.every((scope) => tokenHasScope(token.scope, scope)) ? undefined : t.needsRunScopes,
  );
  if (!ready) return 2;
  let outcome: RunOutcome;
  try {
    outcome = await ready.client.run(ready.scriptId, options.functionName);
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    const reason = error.failure.kind === 'notFound' ? t.notExecutable : scriptFailureReason(error.failure);
    print.err(t.failed(options.functionName, reason));
    return 2;
  }
  if (outcome.kind === 'scriptError') {
    print.err(t.failed(options.functionName, t.scriptError(outcome.type, outcome.message)));
    return 2;
  }
  print.out(
    outcome.result === undefined || outcome.result === null
      ? t.done(options.functionName)
      : t.returned(options.functionName, JSON.stringify(outcome.result)),
  );
  return 0;
}
