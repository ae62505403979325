import type { FormsProgress } from '../../app/forms/daily-progress';
import { loadOutbox } from '../../app/outbox/outbox-store';
import { FAILED, NEEDS_REVIEW, SENT } from '../../core/outbox/entry';
import { ACTIVITIES_TABLE, FAMILIES_TABLE, PEOPLE_TABLE } from '../../core/schema/tables';
import type { TableSpec } from '../../core/schema/types';
import { findTabName } from '../../core/table';
import type { TablesPort } from '../../ports';
import { loadTab } from '../../app/forms/response-store';
import { isLocalDateTime, type Cell } from '../../core/cell';
import { WAITING_STATES, type LedgerRow } from '../../core/outbox/entry';
import { RAW_RESPONSES_TABLE } from '../../core/schema/response-tables';

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
    /** Mails sent on a later day than they were queued (they waited for the daily quota). */
    readonly sentLater: number;
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
  /** Day by day, read from the tabs' timestamps (so both runtimes count alike). */
  readonly days: readonly {
    readonly date: string;
    readonly sent: number;
    /** Queued by the end of the day and still waiting then (for the next day's quota). */
    readonly deferred: number;
    /** Distinct responses recorded that day. */
    readonly responses: number;
    /** Reminders queued that day. */
    readonly reminders: number;
  }[];
}

/** What the runtime itself counted during the week (the rest is read from the tabs). */
export interface WeekCounts {
  readonly validation?: { readonly errors: number; readonly warnings: number };
  readonly calendar?: { readonly events: number; readonly cancelled: number; readonly guests: number };
  /** Deliveries of form responses (a duplicate delivery included). */
  readonly received: number;
  readonly recorded: number;
  readonly duplicates: number;
  readonly flagged: number;
}

export interface SummaryInput {
  readonly tables: TablesPort;
  readonly memory: WeekCounts;
  readonly progress: FormsProgress;
  /** The days to list, `YYYY-MM-DD`, in order. */
  readonly dates: readonly string[];
  readonly dailyMailLimit: number;
  readonly workbookFile: string;
  readonly reportFile?: string;
  readonly logErrors: number;
}

export function weekSummary(input: SummaryInput): WeekSummary {
  const { memory, progress } = input;
  // Calendar writes go through the outbox in Apps Script: they are not mail.
  const ledger = loadOutbox(input.tables).ledger.rows.filter((r) => r.entry.kind === 'mail');
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
      sentLater: ledger.filter(
        ({ entry: e }) => e.state === SENT && (dateOf(e.doneAt) ?? '') > (dateOf(e.createdAt) ?? '9999'),
      ).length,
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
    days: dayByDay(input.tables, ledger, input.dates),
  };
}

/** Mails in the outbox still waiting now (for the next day's quota, or a retry). */
export function waitingMail(tables: TablesPort): number {
  return loadOutbox(tables).ledger.rows.filter(
    ({ entry: e }) => e.kind === 'mail' && WAITING_STATES.includes(e.state),
  ).length;
}

/** The school date of a ledger or tab timestamp, `YYYY-MM-DD`. */
function dateOf(cell: Cell | undefined): string | undefined {
  return isLocalDateTime(cell) ? cell.iso.slice(0, 10) : undefined;
}

function dayByDay(
  tables: TablesPort,
  mail: readonly LedgerRow[],
  dates: readonly string[],
): WeekSummary['days'] {
  const received = loadTab(tables, RAW_RESPONSES_TABLE, tables.tableNames()).rows.map((r) =>
    dateOf(r.cells['receivedAt']),
  );
  return dates.map((date) => {
    let sent = 0;
    let deferred = 0;
    let reminders = 0;
    for (const { entry: e } of mail) {
      const queued = dateOf(e.createdAt);
      const done = e.state === SENT ? dateOf(e.doneAt) : undefined;
      if (done === date) sent++;
      if (queued === date && e.key.startsWith('reminder:')) reminders++;
      const waitingAtEnd = WAITING_STATES.includes(e.state) || (done !== undefined && done > date);
      if (queued !== undefined && queued <= date && waitingAtEnd) deferred++;
    }
    return { date, sent, deferred, responses: received.filter((d) => d === date).length, reminders };
  });
}

/** Data rows of a tab (the header excluded). */
function rowsOf(tables: TablesPort, spec: TableSpec): number {
  const name = findTabName(spec, tables.tableNames());
  return name === undefined ? 0 : Math.max(0, (tables.read(name)?.length ?? 0) - 1);
}
