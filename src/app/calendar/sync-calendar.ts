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
import { CALENDAR_KEY_PREFIX, calendarEntry, lateGuestEntries } from './calendar-entries';
import type { ExecutorPorts } from './execute-calendar-entry';
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
} from './run-calendar-entries';

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
  /** Invitation mails queued for guests added to existing events. */
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
  readonly invitationsQueued: number;
  readonly due: readonly LedgerRow[];
  readonly now: LocalDateTime;
  readonly language: Language;
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
  const run: CalendarRun = executeCalendarEntries(ports, begun.due, begun.now, begun.language, deadline);
  const t = catalogue(begun.language).calendar.sync;
  const recorded = underLockOrBusy(
    ports.lock,
    timeoutMs,
    () => {
      recordCalendarResults(ports.tables, run.results);
      releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
      return true;
    },
    // The claim lapses with this execution's lease; the next sync carries the entries out
    // again, finding each event by its tag.
    () => false,
  );
  const parts = [begun.plan.message];
  if (begun.queued > 0) parts.push(t.queued(begun.queued));
  if (begun.invitationsQueued > 0) parts.push(t.invitations(begun.invitationsQueued));
  if (run.applied > 0) parts.push(t.applied(run.applied));
  if (run.pending > 0) parts.push(t.pending(run.pending));
  if (run.failed > 0) parts.push(t.failed(run.failed));
  if (!recorded) parts.push(t.notRecorded);
  const message = parts.join('; ');
  if (recorded) ports.log.info(`${t.logPrefix}: ${message}`);
  else ports.log.error(`${t.logPrefix}: ${message}`);
  const { applied, pending, failed } = run;
  return {
    ran: true,
    plan: begun.plan,
    queued: begun.queued,
    invitationsQueued: begun.invitationsQueued,
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
  const mails = lateGuestEntries(plan, now, ports.clock.now());
  let queued = 0;
  let invitationsQueued = 0;
  // An op the ledger already shows as done, yet still planned, means the known state was lost
  // (properties cleared, a copied sheet): doing it again is safe — it finds the event by its
  // tag — and restores the state, where skipping it would leave the sync planning it forever.
  let repair = new Set<string>();
  if (calendarEntries.length + mails.length > 0) {
    const result = enqueueEntries(ports.tables, [...calendarEntries, ...mails]);
    const added = new Set(result.added);
    queued = calendarEntries.filter((e) => added.has(e.key)).length;
    invitationsQueued = mails.filter((e) => added.has(e.key)).length;
    repair = new Set(result.alreadyQueued.filter((k) => k.startsWith(CALENDAR_KEY_PREFIX)));
  }
  const due = options.apply === false ? [] : dueCalendarEntries(loadOutbox(ports.tables), now, repair);
  if (due.length === 0) {
    const t = catalogue(language).calendar.sync;
    const parts = [plan.message];
    if (queued > 0) parts.push(t.queued(queued));
    if (invitationsQueued > 0) parts.push(t.invitations(invitationsQueued));
    const message = parts.join('; ');
    ports.log.info(`${t.logPrefix}: ${message}`);
    return done({ ran: true, plan, ...NOTHING, queued, invitationsQueued, message });
  }
  return { plan, queued, invitationsQueued, due, now, language };
}

function notRun(ports: SyncCalendarPorts, message: string, busy: boolean): SyncCalendarResult {
  ports.log.info(`${catalogue('vi').calendar.sync.logPrefix}: ${message}`);
  return { ran: false, ...(busy ? { busy } : {}), ...NOTHING, message };
}
