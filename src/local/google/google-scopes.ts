/**
 * The OAuth scopes the terminal asks for, least first. A plain `google login` asks only to read:
 * spreadsheets (pull, district collect, push's preview) and the script's executions (logs).
 * Writing and running are asked for by name, when the user means to use them.
 */
export const READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
/** Apps Script API processes.listScriptProcesses: names, times and statuses of runs, no data. */
export const PROCESSES_SCOPE = 'https://www.googleapis.com/auth/script.processes';
/** `google push --yes`: edit the spreadsheets the account may edit. */
export const WRITE_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
/**
 * `google run`: scripts.run runs the function as the user, so the token must hold every scope the
 * script itself declares (appsscript.json's oauthScopes; a test keeps the two lists equal).
 */
export const SCRIPT_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/calendar',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;

export interface ScopeChoice {
  readonly write: boolean;
  readonly run: boolean;
}

export function scopesFor(choice: ScopeChoice): string[] {
  return [
    READONLY_SCOPE,
    PROCESSES_SCOPE,
    ...(choice.write ? [WRITE_SCOPE] : []),
    ...(choice.run ? SCRIPT_SCOPES : []),
  ];
}

/** Whether a saved token holds a scope; a token saved without its scope list is given the benefit. */
export function tokenHasScope(scope: string | undefined, wanted: string): boolean {
  return scope === undefined || scope.split(/\s+/).includes(wanted);
}
