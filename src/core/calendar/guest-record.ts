import { FAILED, type OutboxEntry } from '../outbox/entry';
import { isUndeliverable, isValidAddress } from '../outbox/recipients';
import type { CalendarOp } from './operations';

/** The outbox keys of the mails carrying an event to one guest: `calendar-invite:HD04:<email>:2`. */
const INVITE_MAIL = 'calendar-invite';
const CANCEL_MAIL = 'calendar-cancel';
const CALENDAR_WRITE = 'calendar';

/**
 * Who each activity's event was sent to, read back from the outbox — the record the purge
 * reaches — instead of from a list kept in the properties. The ledger is replayed in its order:
 *
 * - a calendar write (Apps Script; any state but "thất bại", since a write still waiting was
 *   decided and will be carried out): a creation sets the list, added and removed guests change
 *   it, a cancellation empties it;
 * - a mail carrying the event to one guest (the local runtime's invitations and updates, a late
 *   guest's invitation on Apps Script) adds that guest; a cancellation mail removes them.
 *
 * Rows of another year, and payloads that are not a calendar write (purged, edited by hand),
 * say nothing. A pseudonym or any other address that cannot receive mail is nobody: after a
 * purge the families are simply no longer on the record, so no sync removes, re-invites or
 * tells them anything.
 */
export function recordedGuests(entries: Iterable<OutboxEntry>, year: number): Map<string, string[]> {
  const lists = new Map<string, Set<string>>();
  const listOf = (id: string): Set<string> => {
    let list = lists.get(id);
    if (!list) lists.set(id, (list = new Set()));
    return list;
  };
  for (const entry of entries) {
    const [action, activityId, email] = entry.key.split(':');
    if (activityId === undefined) continue;
    if (action === INVITE_MAIL && email) listOf(activityId).add(email.toLowerCase());
    else if (action === CANCEL_MAIL && email) listOf(activityId).delete(email.toLowerCase());
    else if (action === CALENDAR_WRITE && entry.state !== FAILED) {
      const op = calendarWrite(entry.payload, year);
      if (op) replay(listOf(op.activityId), op);
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, list] of lists)
    out.set(id, [...list].filter((a) => isValidAddress(a) && !isUndeliverable(a)).sort());
  return out;
}

function replay(list: Set<string>, op: CalendarOp): void {
  switch (op.type) {
    case 'create':
      list.clear();
      for (const g of op.event.guests) list.add(g.toLowerCase());
      return;
    case 'guests-added':
      for (const g of op.emails) list.add(g.toLowerCase());
      return;
    case 'guests-removed':
      for (const g of op.emails) list.delete(g.toLowerCase());
      return;
    case 'cancel':
      list.clear();
      return;
    case 'update':
      return;
  }
}

/** The calendar write of a payload of this year, or undefined. */
function calendarWrite(payload: string, year: number): CalendarOp | undefined {
  try {
    const parsed = JSON.parse(payload) as { year?: unknown; op?: Partial<CalendarOp> } | null;
    const op = parsed?.op;
    if (parsed?.year !== year || typeof op?.activityId !== 'string') return undefined;
    const lists = [
      (op as { emails?: unknown }).emails,
      (op as { event?: { guests?: unknown } }).event?.guests,
    ];
    // A list that is not one of addresses (edited by hand) makes the write unreadable.
    const ok = lists.every(
      (l) => l === undefined || (Array.isArray(l) && l.every((g) => typeof g === 'string')),
    );
    return ok ? (op as CalendarOp) : undefined;
  } catch {
    return undefined;
  }
}
