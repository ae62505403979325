import { catalogue } from '../../core/i18n/catalogue';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { LocalDateTime } from '../../core/cell';
import type { Language } from '../../core/plan';
import type { LedgerRow } from '../../core/outbox/entry';
import type { LockPort, LogPort } from '../../ports';
import { releaseClaim, takeClaim } from '../claim';
import { executionDeadline, type Deadline } from '../deadline';
import { underLockOrBusy } from '../lock';
import { enqueueEntries, loadOutbox } from '../outbox/outbox-store';
import { GUEST_LIST_CAP, overCapNotes, recordedGuests } from '../../core/calendar';
import { CALENDAR_KEY_PREFIX, calendarEntry, mailedEntries } from './calendar-entries';
import type { ExecutorOptions, ExecutorPorts } from './execute-calendar-entry';
import {
  planCalendarSync,
  type CalendarSyncOptions,
  type CalendarSyncPlan,
  type PlanPorts,
} from './plan-calendar-sync';
import {
  dueCalendarEntries,
  executeCalendarEntries,
  recordCalendarResults,
  type CalendarRun,
  type OutcomeMails,
} from './run-calendar-entries';
import { outboxGuestRecord } from './recorded-guests';
import { groupedInteger } from '../../core/i18n/numbers';

/**
 * Calendar sync: desired events from the sheet, diffed against the known state in the
 * properties, queued in the outbox as one 'calendar' entry per write, carried out by
 * `executeCalendarEntry`. Known state lives in the properties, one key per activity plus an
 * index of the activity ids (so a deleted row's event can still be cancelled); the sheet's
 * system columns are not written, so a sync costs no spreadsheet write beyond the outbox.
 */

export { lateGuestEntries, lateGuestIcs } from './calendar-entries';
export { classifyCalendarError } from './calendar-errors';
export { planCalendarSync, type PlanPorts } from './plan-calendar-sync';

/** The script property naming the one sync that may write the calendar now (src/app/claim.ts). */
export const CALENDAR_SYNC_CLAIM_KEY = 'calendar.syncClaim';

export interface SyncCalendarPorts extends PlanPorts, ExecutorPorts {
  lock: LockPort;
  log: LogPort;
  /** The execution's deadline (src/app/deadline.ts); the sync starts its own without it. */
  deadline?: Deadline;
}

export interface SyncCalendarResult {
  readonly ran: boolean;
  /**
   * True when another sync holds the claim: nothing was done here, and the caller marks the
   * calendar as wanted (dirty) so that it is synced again once that one is through.
   */
  readonly busy?: boolean;
  readonly plan?: CalendarSyncPlan;
  /** Calendar entries added to the outbox now. */
  readonly queued: number;
  /**
   * Mails queued for those who get an event by mail: guests added to an existing event (addGuest
   * sends none) and everyone beyond the Google event's guest cap (invitations, updates, cancellations).
   */
  readonly invitationsQueued: number;
  /** Calendar entries carried out in this run. */
  readonly applied: number;
  /** Left for a later run (transient error or time budget). */
  readonly pending: number;
  readonly failed: number;
  readonly message: string;
}

/** What the locked first part hands to the calendar writes. */
interface Begun {
  readonly plan: CalendarSyncPlan;
  readonly queued: number;
  readonly due: readonly LedgerRow[];
  readonly now: LocalDateTime;
  readonly language: Language;
  /** Why some of the changed events reach part of their guests by mail (overCapNotes). */
  readonly overCap: readonly string[];
}

/**
 * How this run's writes are carried out: the guest cap, who may stay on a Google event (the
 * plan's people and the outbox's record: a purged family is neither), and the mails each write
 * calls for, made from the plan read under the lock.
 */
function executorOptions(
  ports: SyncCalendarPorts,
  begun: Begun,
  options: CalendarSyncOptions,
): ExecutorOptions & { mailsOf: OutcomeMails } {
  const plan = begun.plan.plan!;
  const settings = begun.plan.settings!;
  let allowed: Set<string> | undefined;
  const keep = (email: string): boolean => {
    if (!allowed) {
      const ledger = loadOutbox(ports.tables).ledger.rows.map((r) => r.entry);
      allowed = new Set([
        ...plan.people.map((p) => p.email.trim().toLowerCase()),
        ...plan.families.flatMap((f) => (f.email ? [f.email.trim().toLowerCase()] : [])),
        ...[...recordedGuests(ledger, settings.year).values()].flat(),
      ]);
    }
    return allowed.has(email.toLowerCase());
  };
  const ctx = {
    settings,
    plan,
    desired: begun.plan.desired,
    known: begun.plan.known,
    stamp: ports.clock.now(),
    now: begun.now,
  };
  return {
    guestCap: options.guestCap ?? GUEST_LIST_CAP,
    keep,
    recorded: outboxGuestRecord(ports.tables, settings.year),
    mailsOf: (op, outcome) => mailedEntries(op, outcome, ctx),
  };
}

const NOTHING = { queued: 0, invitationsQueued: 0, applied: 0, pending: 0, failed: 0 };

/**
 * Plans, queues one outbox entry per calendar write (plus the late guests' invitation mails)
 * and picks the due calendar entries under the script lock; carries them out WITHOUT it (no
 * CalendarApp call ever holds the lock, so a form submission never waits for the calendar);
 * records each result on its row under the lock again. A claim keeps a second sync from
 * writing at the same time: it does nothing and says so (`busy`). A second run without edits
 * queues nothing and makes no calendar call.
 */
export function syncCalendar(
  ports: SyncCalendarPorts,
  options: CalendarSyncOptions = {},
): SyncCalendarResult {
  const deadline = ports.deadline ?? executionDeadline(ports.clock);
  const timeoutMs = options.lockTimeoutMs ?? 10_000;
  const begun = underLockOrBusy(
    ports.lock,
    timeoutMs,
    () => begin(ports, options, deadline),
    // Nothing was read: the language is the product's own.
    () => notRun(ports, catalogue('vi').calendar.sync.busy, false),
  );
  if (!('due' in begun)) return begun;
  const run: CalendarRun = executeCalendarEntries(
    ports,
    begun.due,
    begun.now,
    begun.language,
    deadline,
    executorOptions(ports, begun, options),
  );
  const t = catalogue(begun.language).calendar.sync;
  let mailed = 0;
  const recorded = underLockOrBusy(
    ports.lock,
    timeoutMs,
    () => {
      mailed = recordCalendarResults(ports.tables, run.results, run.mails);
      releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
      return true;
    },
    // The claim lapses with this execution's lease; the next sync carries the entries out
    // again, finding each event by its tag.
    () => false,
  );
  const parts = [begun.plan.message];
  if (begun.queued > 0) parts.push(t.queued(begun.queued));
  if (run.applied > 0) parts.push(t.applied(run.applied));
  if (mailed > 0) parts.push(t.byMail(groupedInteger(mailed, begun.language)));
  if (run.pending > 0) parts.push(t.pending(run.pending));
  if (run.failed > 0) parts.push(t.failed(run.failed));
  if (!recorded) parts.push(t.notRecorded);
  const message = [parts.join('; '), ...begun.overCap].join('\n');
  if (recorded) ports.log.info(`${t.logPrefix}: ${message}`);
  else ports.log.error(`${t.logPrefix}: ${message}`);
  const { applied, pending, failed } = run;
  return {
    ran: true,
    plan: begun.plan,
    queued: begun.queued,
    invitationsQueued: mailed,
    applied,
    pending: recorded ? pending : pending + applied + failed,
    failed,
    message,
  };
}

/** Under the lock: the claim, the plan, the queue, the due entries. */
function begin(
  ports: SyncCalendarPorts,
  options: CalendarSyncOptions,
  deadline: Deadline,
): Begun | SyncCalendarResult {
  if (!takeClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline, ports.clock.now().getTime()))
    return notRun(ports, catalogue('vi').calendar.sync.claimBusy, true);
  try {
    return planAndPick(ports, options, deadline);
  } catch (error) {
    // A sync that failed before writing anything must not keep the next one out.
    releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
    throw error;
  }
}

function planAndPick(
  ports: SyncCalendarPorts,
  options: CalendarSyncOptions,
  deadline: Deadline,
): Begun | SyncCalendarResult {
  const done = (result: SyncCalendarResult): SyncCalendarResult => {
    releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
    return result;
  };
  const plan = planCalendarSync(ports, options);
  if (!plan.ok) {
    ports.log.error(`${catalogue(plan.settings?.language).calendar.sync.logPrefix}: ${plan.message}`);
    return done({ ran: false, plan, ...NOTHING, message: plan.message });
  }
  const zone = isKnownTimeZone(plan.settings!.timeZone) ? plan.settings!.timeZone : SCHOOL_TIME_ZONE;
  const now = toWallClock(ports.clock.now(), zone);
  const year = plan.settings!.year;
  const language = plan.settings!.language;
  const calendarEntries = plan.ops.map((op) => calendarEntry(op, year, now));
  let queued = 0;
  // An op the ledger already shows as done, yet still planned, means the known state was lost
  // (properties cleared, a copied sheet): doing it again is safe — it finds the event by its
  // tag — and restores the state, where skipping it would leave the sync planning it forever.
  let repair = new Set<string>();
  if (calendarEntries.length > 0) {
    const result = enqueueEntries(ports.tables, calendarEntries);
    queued = result.added.length;
    repair = new Set(result.alreadyQueued.filter((k) => k.startsWith(CALENDAR_KEY_PREFIX)));
  }
  const due = options.apply === false ? [] : dueCalendarEntries(loadOutbox(ports.tables), now, repair);
  // Said when this sync changes such an event: the principal learns why mail follows.
  const changed = new Set(plan.ops.map((op) => op.activityId));
  const overCap = overCapNotes(
    [...plan.desired.values()].filter((e) => changed.has(e.activityId)),
    options.guestCap ?? GUEST_LIST_CAP,
    language,
  );
  if (due.length === 0) {
    const t = catalogue(language).calendar.sync;
    const parts = [plan.message];
    if (queued > 0) parts.push(t.queued(queued));
    const message = [parts.join('; '), ...overCap].join('\n');
    ports.log.info(`${t.logPrefix}: ${message}`);
    return done({ ran: true, plan, ...NOTHING, queued, message });
  }
  return { plan, queued, due, now, language, overCap };
}

function notRun(ports: SyncCalendarPorts, message: string, busy: boolean): SyncCalendarResult {
  ports.log.info(`${catalogue('vi').calendar.sync.logPrefix}: ${message}`);
  return { ran: false, ...(busy ? { busy } : {}), ...NOTHING, message };
}
