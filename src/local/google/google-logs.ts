import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import { localDateTime } from '../../core/cell';
import type { Printer } from './google-output';
import { googleText } from './google-texts';
import { scriptCommandClient, scriptFailureReason, type ScriptCommandOptions } from './script-command';
import type { ScriptProcess } from './script-client';
import { SheetsCallFailed } from './sheets-failure';

/** Executions printed at most: a week of triggers is a few hundred; older ones are in the editor. */
const SHOWN_AT_MOST = 100;
/** Without --since: the last week, the length of the event itself. */
const DEFAULT_DAYS = 7;
/** What --failed means: every way a run can end badly. */
const FAILED_STATUSES = ['FAILED', 'TIMED_OUT', 'CANCELED'] as const;

export interface LogsOptions extends ScriptCommandOptions {
  readonly failed: boolean;
  readonly since?: string;
  readonly now: Date;
}

/**
 * google logs: the script's recent executions, newest first, through the Apps Script API
 * processes.listScriptProcesses, page after page: function, start (the school's clock),
 * duration, status. Exit 0 listed (none is a line too); 2 any problem.
 */
export async function listLogs(options: LogsOptions, print: Printer): Promise<number> {
  const t = googleText().logs;
  const since = sinceOf(options.since, options.now);
  if (!since) {
    print.err(t.badSince(options.since ?? ''));
    return 2;
  }
  const ready = await scriptCommandClient(options, print);
  if (!ready) return 2;
  let processes: ScriptProcess[];
  try {
    processes = await ready.client.processes(ready.scriptId, {
      since,
      ...(options.failed ? { statuses: FAILED_STATUSES } : {}),
      atMost: SHOWN_AT_MOST,
    });
  } catch (error) {
    if (!(error instanceof SheetsCallFailed)) throw error;
    print.err(t.failed(ready.scriptId, scriptFailureReason(error.failure)));
    return 2;
  }
  const shownSince = toWallClock(since, SCHOOL_TIME_ZONE).iso.replace('T', ' ');
  if (processes.length === 0) {
    print.out(options.failed ? t.noFailures(shownSince) : t.none(shownSince));
    return 0;
  }
  print.out(t.header);
  for (const p of processes) print.out(t.row(startOf(p), p.functionName, secondsOf(p), statusOf(p.status)));
  print.out(t.count(processes.length, shownSince));
  return 0;
}

/**
 * --since as a person writes it: "24h", "3d", or a day ("2021-10-01", at 00:00 the school's
 * clock) or a time ("2021-10-01T07:30"). Undefined when it is none of these.
 */
export function sinceOf(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined) return new Date(now.getTime() - DEFAULT_DAYS * 86_400_000);
  const trimmed = text.trim();
  const relative = /^(\d{1,4})\s*([hd])$/i.exec(trimmed);
  if (relative)
    return new Date(now.getTime() - Number(relative[1]) * (/h/i.test(relative[2]!) ? 3_600_000 : 86_400_000));
  const at = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(trimmed);
  if (!at) return undefined;
  const [year, month, day, hour, minute] = at.slice(1).map((n) => (n === undefined ? 0 : Number(n)));
  try {
    return toInstant(localDateTime(year!, month!, day!, hour!, minute!), SCHOOL_TIME_ZONE);
  } catch {
    // 31/02 or 25:00: not a time, said as such
    return undefined;
  }
}

const startOf = (p: ScriptProcess): string => {
  const instant = new Date(p.startTime);
  return Number.isNaN(instant.getTime())
    ? p.startTime
    : toWallClock(instant, SCHOOL_TIME_ZONE).iso.replace('T', ' ');
};

const secondsOf = (p: ScriptProcess): string =>
  p.seconds === undefined || !Number.isFinite(p.seconds) ? '–' : googleText().logs.seconds(p.seconds);

function statusOf(status: string): string {
  const names: Record<string, string> = googleText().logs.statuses;
  return names[status] ?? status;
}
