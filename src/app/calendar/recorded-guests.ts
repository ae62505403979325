import { recordedGuests } from '../../core/calendar';
import type { TablesPort } from '../../ports';
import { loadOutbox } from '../outbox/outbox-store';

/**
 * Who the outbox says each activity's event went to (core/calendar/guest-record.ts), read on
 * the first question only: a sync whose guest lists did not change never reads the outbox for it.
 */
export function outboxGuestRecord(
  tables: TablesPort,
  year: number,
): (activityId: string) => readonly string[] {
  let record: ReadonlyMap<string, readonly string[]> | undefined;
  return (activityId) => {
    record ??= recordedGuests(
      loadOutbox(tables).ledger.rows.map((r) => r.entry),
      year,
    );
    return record.get(activityId) ?? [];
  };
}
