import type { FormsProgress } from '../../app/daily-progress';
import { loadOutbox } from '../../app/outbox-store';
import { FAILED, NEEDS_REVIEW, SENT } from '../../core/outbox/entry';
import { ACTIVITIES_TABLE, FAMILIES_TABLE, PEOPLE_TABLE } from '../../core/schema/tables';
import type { TableSpec } from '../../core/schema/types';
import { findTabName } from '../../core/table';
import type { TablesPort } from '../../ports';
import type { WeekMemory } from './play-step';
import type { DayTally } from './week-state';

/** out/summary.json: what the week did, in counts a principal can check against the tabs. */
export interface WeekSummary {
  readonly plan: { readonly activities: number; readonly people: number; readonly families: number };
  readonly calendar: { readonly events: number; readonly cancelled: number; readonly guests: number };
  readonly mail: {
    /** Rows of the outbox: sent + deferred + failed. */
    readonly queued: number;
    readonly sent: number;
    /** Still waiting at the end (for a later day's quota, or a retry). */
    readonly deferred: number;
    /** Given up ('thất bại') or to be checked by hand ('cần kiểm tra'). */
    readonly failed: number;
    /** Times a drain had to leave a mail for the next day's quota, over the week. */
    readonly deferredByQuota: number;
    readonly dailyLimit: number;
  };
  readonly responses: {
    readonly received: number;
    readonly recorded: number;
    readonly duplicates: number;
    readonly flagged: number;
  };
  readonly opening: {
    readonly staff: number;
    readonly targetPercent: number;
    readonly registered: number;
    readonly present: number;
    readonly targetMet: boolean;
  };
  readonly sessions: readonly {
    readonly id: string;
    readonly title: string;
    readonly capacity: number | null;
    readonly seated: number;
    readonly waiting: number;
  }[];
  readonly nominations: {
    readonly total: number;
    readonly withConsent: number;
    readonly withoutConsent: number;
  };
  /** Paths relative to the output folder. */
  readonly files: { readonly workbook: string; readonly report: string | null };
  readonly findings: { readonly errors: number; readonly warnings: number; readonly logErrors: number };
  readonly days: readonly {
    readonly date: string;
    readonly sent: number;
    readonly deferred: number;
    readonly responses: number;
    readonly reminders: number;
    readonly calendarChanges: number;
  }[];
}

export interface SummaryInput {
  readonly tables: TablesPort;
  readonly memory: WeekMemory;
  readonly progress: FormsProgress;
  readonly days: readonly DayTally[];
  readonly dailyMailLimit: number;
  readonly workbookFile: string;
  readonly reportFile?: string;
  readonly logErrors: number;
}

export function weekSummary(input: SummaryInput): WeekSummary {
  const { memory, progress } = input;
  const ledger = loadOutbox(input.tables).ledger.rows;
  const count = (states: readonly string[]): number =>
    ledger.filter((r) => states.includes(r.entry.state)).length;
  const sent = count([SENT]);
  const failed = count([FAILED, NEEDS_REVIEW]);
  const plan = memory.calendar;
  const a = progress.attendance;
  return {
    plan: {
      activities: rowsOf(input.tables, ACTIVITIES_TABLE),
      people: rowsOf(input.tables, PEOPLE_TABLE),
      families: rowsOf(input.tables, FAMILIES_TABLE),
    },
    calendar: { events: plan?.events ?? 0, cancelled: plan?.cancelled ?? 0, guests: plan?.guests ?? 0 },
    mail: {
      queued: ledger.length,
      sent,
      deferred: ledger.length - sent - failed,
      failed,
      deferredByQuota: input.days.reduce((n, d) => n + d.deferred, 0),
      dailyLimit: input.dailyMailLimit,
    },
    responses: {
      received: memory.received,
      recorded: memory.recorded,
      duplicates: memory.duplicates,
      flagged: memory.flagged,
    },
    opening: {
      staff: a.registered.total,
      targetPercent: a.target,
      registered: a.registered.count,
      present: a.present.count,
      targetMet: a.present.met,
    },
    sessions: progress.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      capacity: s.capacity ?? null,
      seated: s.seated,
      waiting: s.waiting,
    })),
    nominations: {
      total: progress.nominations.total,
      withConsent: progress.nominations.total - progress.nominations.withoutConsent,
      withoutConsent: progress.nominations.withoutConsent,
    },
    files: { workbook: input.workbookFile, report: input.reportFile ?? null },
    findings: {
      errors: memory.validation?.errors ?? 0,
      warnings: memory.validation?.warnings ?? 0,
      logErrors: input.logErrors,
    },
    days: input.days.map((d) => ({
      date: d.date,
      sent: d.sent,
      deferred: d.deferred,
      responses: d.responses,
      reminders: d.reminders,
      calendarChanges: d.calendarChanges,
    })),
  };
}

/** Data rows of a tab (the header excluded). */
function rowsOf(tables: TablesPort, spec: TableSpec): number {
  const name = findTabName(spec, tables.tableNames());
  return name === undefined ? 0 : Math.max(0, (tables.read(name)?.length ?? 0) - 1);
}
