import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOGLE_BACK_OFF, withBackOff, type BackOff } from './back-off';
import type { StoredToken } from './google-token';
import { oauthClient, safeRootUrl } from './oauth-client';

/** Where the Apps Script API answers: Google, unless a stand-in (the tests') or a proxy is named. */
export const SCRIPT_ROOT_URL_ENV = 'LEARNING_WEEK_SCRIPT_ROOT_URL';

/** One execution of the script, as processes.listScriptProcesses gives it. */
export interface ScriptProcess {
  readonly functionName: string;
  /** RFC 3339, as Google gives it. */
  readonly startTime: string;
  /** Seconds; undefined while it runs. */
  readonly seconds: number | undefined;
  /** COMPLETED, FAILED, TIMED_OUT, RUNNING, … */
  readonly status: string;
}

export interface ProcessQuery {
  readonly since?: Date;
  readonly statuses?: readonly string[];
  /** Stop reading pages once this many are in hand. */
  readonly atMost: number;
}

/** What `google run` is told back: the function's return value, or the script's error. */
export type RunOutcome =
  { kind: 'done'; result: unknown } | { kind: 'scriptError'; message: string; type: string };

export interface ScriptClient {
  processes(scriptId: string, query: ProcessQuery): Promise<ScriptProcess[]>;
  run(scriptId: string, functionName: string): Promise<RunOutcome>;
}

export interface ScriptClientOptions {
  readonly token: StoredToken;
  readonly rootUrl?: string;
  readonly backOff?: BackOff;
}

/** Google's largest page of processes: fewer round trips for a week's worth of triggers. */
const PAGE_SIZE = 200;

export async function scriptClient(options: ScriptClientOptions): Promise<ScriptClient> {
  const [{ script }, auth] = await Promise.all([import('@googleapis/script'), oauthClient(options.token)]);
  const rootUrl = options.rootUrl ?? safeRootUrl(process.env[SCRIPT_ROOT_URL_ENV]);
  const api = script({ version: 'v1', auth, retry: false, ...(rootUrl ? { rootUrl } : {}) });
  const backOff = options.backOff ?? GOOGLE_BACK_OFF;
  return {
    async processes(scriptId, query) {
      const found: ScriptProcess[] = [];
      let pageToken: string | undefined;
      do {
        const answer = await withBackOff(
          () =>
            api.processes.listScriptProcesses({
              scriptId,
              pageSize: PAGE_SIZE,
              ...(pageToken ? { pageToken } : {}),
              ...(query.since ? { 'scriptProcessFilter.startTime': query.since.toISOString() } : {}),
              ...(query.statuses ? { 'scriptProcessFilter.statuses': [...query.statuses] } : {}),
            }),
          backOff,
        );
        for (const p of answer.data.processes ?? [])
          found.push({
            functionName: p.functionName ?? '',
            startTime: p.startTime ?? '',
            seconds: p.duration ? Number.parseFloat(p.duration) : undefined,
            status: p.processStatus ?? 'UNKNOWN',
          });
        pageToken = answer.data.nextPageToken ?? undefined;
      } while (pageToken && found.length < query.atMost);
      return found.slice(0, query.atMost);
    },
    async run(scriptId, functionName) {
      // Tried once: a function that ran and then timed out on the way back must not run twice.
      const answer = await withBackOff(
        () => api.scripts.run({ scriptId, requestBody: { function: functionName, devMode: false } }),
        { ...backOff, tries: 1 },
      );
      const detail = answer.data.error?.details?.[0] as
        { errorMessage?: string; errorType?: string } | undefined;
      if (answer.data.error)
        return {
          kind: 'scriptError',
          message: detail?.errorMessage ?? answer.data.error.message ?? '',
          type: detail?.errorType ?? '',
        };
      return { kind: 'done', result: answer.data.response?.['result'] };
    },
  };
}

/** The script id `clasp create` left in .clasp.json where the command runs, if any. */
export function claspScriptId(folder: string = process.cwd()): string | undefined {
  try {
    const json = JSON.parse(readFileSync(join(folder, '.clasp.json'), 'utf8')) as { scriptId?: unknown };
    return typeof json.scriptId === 'string' && json.scriptId.trim() !== ''
      ? json.scriptId.trim()
      : undefined;
  } catch {
    return undefined;
  }
}
