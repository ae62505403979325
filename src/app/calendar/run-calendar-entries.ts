import type { LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { errorMessage } from '../../core/outbox/classify-error';
import type { Language } from '../../core/plan';
import { DEFERRED, FAILED, SENT, TRANSIENT, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import { sameKey } from '../../core/outbox/ledger-rows';
import { isDue, nextQuotaDay, retryAfterTransient } from '../../core/outbox/schedule';
import type { TablesPort } from '../../ports';
import type { Deadline } from '../deadline';
import type { CalendarOp } from '../../core/calendar';
import { enqueueEntries, loadOutbox, writeLedgerRows, type LoadedOutbox } from '../outbox/outbox-store';
import { CALENDAR_KEY_PREFIX, CALENDAR_KIND, type CalendarPayload } from './calendar-entries';
import { classifyCalendarError } from './calendar-errors';
import type { CalendarOutcome } from './calendar-outcome';
import { executeCalendarEntry, type ExecutorOptions, type ExecutorPorts } from './execute-calendar-entry';

const MAX_ATTEMPTS = 5;

export interface CalendarRun {
  readonly applied: number;
  readonly pending: number;
  readonly failed: number;
  /** Each carried-out entry's new state, by key (`sameKey`): written under the lock afterwards. */
  readonly results: ReadonlyMap<string, OutboxEntry>;
  /** The mails the carried-out writes call for (mailedEntries), queued with the results. */
  readonly mails: readonly OutboxEntry[];
}

/** Turns a carried-out write's outcome into its mails (the caller knows the plan). */
export type OutcomeMails = (op: CalendarOp, outcome: CalendarOutcome) => OutboxEntry[];

/**
 * Under the lock: the calendar entries of the ledger that are due, in sheet order (and those done
 * earlier whose known state was lost, see syncCalendar). They are not marked: carrying one out
 * again is safe (executeCalendarEntry finds an event by its tag before creating one), and the
 * sync's claim keeps a second sync from doing them at the same time.
 */
export function dueCalendarEntries(
  store: LoadedOutbox,
  now: LocalDateTime,
  repair: ReadonlySet<string> = new Set(),
): LedgerRow[] {
  return store.ledger.rows.filter(
    ({ entry }) =>
      entry.key.startsWith(CALENDAR_KEY_PREFIX) &&
      (isDue(entry, now) || (entry.state === SENT && repair.has(entry.key))),
  );
}

/**
 * WITHOUT the lock: carries the entries out, in order. Stops at the first transient error ("too
 * many calendar events in a short time") or when the execution's budget is spent: the rest waits
 * for a later run instead of hammering the service.
 */
export function executeCalendarEntries(
  ports: ExecutorPorts,
  due: readonly LedgerRow[],
  now: LocalDateTime,
  language: Language,
  deadline: Deadline,
  options: ExecutorOptions & { readonly mailsOf?: OutcomeMails } = {},
): CalendarRun {
  const t = catalogue(language).calendar.sync;
  const results = new Map<string, OutboxEntry>();
  const done = (entry: OutboxEntry, next: Partial<OutboxEntry>): void =>
    void results.set(sameKey(entry.key), { ...entry, kind: CALENDAR_KIND, ...next });
  let applied = 0;
  let pending = 0;
  let failed = 0;
  let stop = false;
  const outcomes: { op: CalendarOp; outcome: CalendarOutcome }[] = [];
  for (const { entry } of due) {
    if (stop || deadline.remainingMs() <= 0) {
      pending++;
      continue;
    }
    const attempts = entry.attempts + 1;
    try {
      const outcome = executeCalendarEntry(ports, entry, options);
      outcomes.push({ op: (JSON.parse(entry.payload) as CalendarPayload).op, outcome });
      applied++;
      done(entry, { state: SENT, attempts, doneAt: now, nextAttempt: undefined, lastError: undefined });
    } catch (error) {
      const message = errorMessage(error);
      const kind = classifyCalendarError(message);
      if (kind === 'quota') {
        pending++;
        stop = true;
        done(entry, {
          state: DEFERRED,
          attempts,
          nextAttempt: nextQuotaDay(now),
          lastError: t.quotaError(message),
        });
      } else if (kind === 'other' && attempts >= MAX_ATTEMPTS) {
        failed++;
        done(entry, { state: FAILED, attempts, doneAt: now, lastError: t.error(message) });
      } else {
        pending++;
        stop = kind !== 'other';
        done(entry, {
          state: TRANSIENT,
          attempts,
          nextAttempt: retryAfterTransient(now, attempts),
          lastError: t.retryError(message),
        });
      }
    }
  }
  const mailsOf = options.mailsOf;
  const mails = mailsOf
    ? invitedOverUpdated(outcomes).flatMap(({ op, outcome }) => mailsOf(op, outcome))
    : [];
  return { applied, pending, failed, results, mails };
}

/**
 * A person this version invites (a guest added with the same SEQUENCE) gets the invitation, not
 * also the update of the same version: both would carry the same key, and the first queued wins.
 */
function invitedOverUpdated(
  outcomes: readonly { op: CalendarOp; outcome: CalendarOutcome }[],
): { op: CalendarOp; outcome: CalendarOutcome }[] {
  const invited = new Set(
    outcomes.flatMap(({ op, outcome }) =>
      outcome.byMail
        .filter((m) => m.change === 'invite')
        .flatMap((m) => m.emails.map((e) => `${op.activityId} ${op.sequence} ${e}`)),
    ),
  );
  return outcomes.map(({ op, outcome }) => ({
    op,
    outcome: {
      ...outcome,
      byMail: outcome.byMail.map((m) =>
        m.change === 'updated'
          ? { ...m, emails: m.emails.filter((e) => !invited.has(`${op.activityId} ${op.sequence} ${e}`)) }
          : m,
      ),
    },
  }));
}

/**
 * Under the lock again: ONE read, ONE write of the results, each found by its key (other runs
 * may have added rows while the calendar was being written), then the writes' mails queued.
 * Returns how many mails were new.
 */
export function recordCalendarResults(
  tables: TablesPort,
  results: ReadonlyMap<string, OutboxEntry>,
  mails: readonly OutboxEntry[] = [],
): number {
  if (results.size === 0) return 0;
  const store = loadOutbox(tables);
  const changed = store.ledger.rows.flatMap(({ row, entry }) => {
    const result = results.get(sameKey(entry.key));
    return result ? [{ row, entry: result }] : [];
  });
  writeLedgerRows(tables, store, changed);
  return mails.length > 0 ? enqueueEntries(tables, [...mails]).added.length : 0;
}
