import { catalogue } from '../../core/i18n/catalogue';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { LockPort, LogPort } from '../../ports';
import { underLockOrBusy } from '../lock';
import { enqueueEntries } from '../outbox/outbox-store';
import { CALENDAR_KEY_PREFIX, calendarEntry, lateGuestEntries } from './calendar-entries';
import type { ExecutorPorts } from './execute-calendar-entry';
import {
  planCalendarSync,
  type CalendarSyncOptions,
  type CalendarSyncPlan,
  type PlanPorts,
} from './plan-calendar-sync';
import { runCalendarEntries } from './run-calendar-entries';

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

export interface SyncCalendarPorts extends PlanPorts, ExecutorPorts {
  lock: LockPort;
  log: LogPort;
}

export interface SyncCalendarResult {
  readonly ran: boolean;
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

/**
 * Plans, queues one outbox entry per calendar write (plus the late guests' invitation mails),
 * then carries the due calendar entries out under the lock, recording each result on its row.
 * A second run without edits queues nothing and makes no calendar call.
 */
export function syncCalendar(
  ports: SyncCalendarPorts,
  options: CalendarSyncOptions = {},
): SyncCalendarResult {
  return underLockOrBusy(
    ports.lock,
    options.lockTimeoutMs ?? 10_000,
    () => syncLocked(ports, options),
    () => {
      // Nothing was read: the language is the product's own.
      const t = catalogue('vi').calendar.sync;
      const message = t.busy;
      ports.log.info(`${t.logPrefix}: ${message}`);
      return { ran: false, queued: 0, invitationsQueued: 0, applied: 0, pending: 0, failed: 0, message };
    },
  );
}

function syncLocked(ports: SyncCalendarPorts, options: CalendarSyncOptions): SyncCalendarResult {
  const plan = planCalendarSync(ports, options);
  if (!plan.ok) {
    ports.log.error(`${catalogue(plan.settings?.language).calendar.sync.logPrefix}: ${plan.message}`);
    return {
      ran: false,
      plan,
      queued: 0,
      invitationsQueued: 0,
      applied: 0,
      pending: 0,
      failed: 0,
      message: plan.message,
    };
  }
  const zone = isKnownTimeZone(plan.settings!.timeZone) ? plan.settings!.timeZone : SCHOOL_TIME_ZONE;
  const now = toWallClock(ports.clock.now(), zone);
  const year = plan.settings!.year;
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
  const run =
    options.apply === false
      ? { applied: 0, pending: 0, failed: 0 }
      : runCalendarEntries(ports, now, repair, plan.settings!.language);
  const parts = [plan.message];
  const t = catalogue(plan.settings!.language).calendar.sync;
  if (queued > 0) parts.push(t.queued(queued));
  if (invitationsQueued > 0) parts.push(t.invitations(invitationsQueued));
  if (run.applied > 0) parts.push(t.applied(run.applied));
  if (run.pending > 0) parts.push(t.pending(run.pending));
  if (run.failed > 0) parts.push(t.failed(run.failed));
  const message = parts.join('; ');
  ports.log.info(`${t.logPrefix}: ${message}`);
  return { ran: true, plan, queued, invitationsQueued, ...run, message };
}
