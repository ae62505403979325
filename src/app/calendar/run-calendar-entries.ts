import type { LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { errorMessage } from '../../core/outbox/classify-error';
import type { Language } from '../../core/plan';
import { DEFERRED, FAILED, SENT, TRANSIENT, type OutboxEntry } from '../../core/outbox/entry';
import { isDue, nextQuotaDay, retryAfterTransient } from '../../core/outbox/schedule';
import type { TablesPort } from '../../ports';
import { loadOutbox, writeLedgerRows } from '../outbox/outbox-store';
import { CALENDAR_KEY_PREFIX, CALENDAR_KIND } from './calendar-entries';
import { classifyCalendarError } from './calendar-errors';
import { executeCalendarEntry, type ExecutorPorts } from './execute-calendar-entry';

const MAX_ATTEMPTS = 5;

/**
 * Carries out the due calendar entries of the ledger, in order: ONE read, ONE write of the
 * results. Stops at the first transient error ("too many calendar events in a short time"):
 * the rest waits for a later run instead of hammering the service. Until the drain dispatches
 * kinds, this is how calendar entries are carried out.
 */
export function runCalendarEntries(
  ports: ExecutorPorts & { tables: TablesPort },
  now: LocalDateTime,
  /** Keys of entries done earlier to carry out again (lost known state, see syncCalendar). */
  repair: ReadonlySet<string> = new Set(),
  /** The language of the last-error cells. */
  language: Language = 'vi',
): { applied: number; pending: number; failed: number } {
  const t = catalogue(language).calendar.sync;
  const store = loadOutbox(ports.tables);
  const changed: { row: number; entry: OutboxEntry }[] = [];
  let applied = 0;
  let pending = 0;
  let failed = 0;
  let stop = false;
  for (const { row, entry } of store.ledger.rows) {
    if (!entry.key.startsWith(CALENDAR_KEY_PREFIX)) continue;
    if (!isDue(entry, now) && !(entry.state === SENT && repair.has(entry.key))) continue;
    if (stop) {
      pending++;
      continue;
    }
    const attempts = entry.attempts + 1;
    try {
      executeCalendarEntry(ports, entry);
      applied++;
      changed.push({
        row,
        entry: {
          ...entry,
          kind: CALENDAR_KIND,
          state: SENT,
          attempts,
          doneAt: now,
          nextAttempt: undefined,
          lastError: undefined,
        },
      });
    } catch (error) {
      const message = errorMessage(error);
      const kind = classifyCalendarError(message);
      if (kind === 'quota') {
        pending++;
        stop = true;
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: DEFERRED,
            attempts,
            nextAttempt: nextQuotaDay(now),
            lastError: t.quotaError(message),
          },
        });
      } else if (kind === 'other' && attempts >= MAX_ATTEMPTS) {
        failed++;
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: FAILED,
            attempts,
            doneAt: now,
            lastError: t.error(message),
          },
        });
      } else {
        pending++;
        stop = kind !== 'other';
        changed.push({
          row,
          entry: {
            ...entry,
            kind: CALENDAR_KIND,
            state: TRANSIENT,
            attempts,
            nextAttempt: retryAfterTransient(now, attempts),
            lastError: t.retryError(message),
          },
        });
      }
    }
  }
  writeLedgerRows(ports.tables, store, changed);
  return { applied, pending, failed };
}
