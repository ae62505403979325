import {
  decodeKnownEvent,
  GUEST_LIST_CAP,
  knownEventKey,
  recordedGuests,
  stateAfter,
  type DesiredEvent,
} from '../../core/calendar';
import type { OutboxEntry } from '../../core/outbox/entry';
import { sameKey } from '../../core/outbox/ledger-rows';
import { loadOutbox } from '../outbox/outbox-store';
import type { CalendarPort, PropertiesPort, TablesPort } from '../../ports';
import type { CalendarPayload } from './calendar-entries';
import type { CalendarOutcome, MailedChange } from './calendar-outcome';
import { saveKnownEvent } from './known-events';
import { outboxGuestRecord } from './recorded-guests';

export interface ExecutorPorts {
  calendar: CalendarPort;
  properties: PropertiesPort;
  /** The outbox: who an event had, should it have to be made again (the known state keeps no list). */
  tables: TablesPort;
}

export interface ExecutorOptions {
  /** Guests the Google event lists at most (GUEST_LIST_CAP); the others get it by mail. */
  readonly guestCap?: number;
  /**
   * Whether an address on the Google event may stay there: the record's guests and the plan's
   * people. One that is neither (a family whose data the purge replaced) is taken off the event
   * — removeGuest tells nobody — before an update or a deletion, which Google may tell every
   * guest listed. Default: everyone stays.
   */
  readonly keep?: (email: string) => boolean;
  /** Who the outbox says had each event (outboxGuestRecord), shared by a run's entries. */
  readonly recorded?: (activityId: string) => readonly string[];
}

/**
 * Carries out one 'calendar' outbox entry — the function the drain calls for that kind. Throws
 * the calendar's own error (the drain classifies and retries it); records the new known state
 * only after the write succeeded. Never creates a second event: before creating, the event is
 * looked for by its activity tag (lost properties, a copied sheet, an earlier run cut short).
 *
 * The Google event lists at most `guestCap` guests. Who else should have it gets it by mail
 * (the outcome's `byMail`): beyond the cap, and every guest added to an existing event (addGuest
 * sends no invitation); an update or cancellation is mailed to those the event does not list.
 */
export function executeCalendarEntry(
  ports: ExecutorPorts,
  entry: OutboxEntry,
  options: ExecutorOptions = {},
): CalendarOutcome {
  const payload = JSON.parse(entry.payload) as CalendarPayload;
  const { op, year } = payload;
  const { calendar, properties } = ports;
  const cap = options.guestCap ?? GUEST_LIST_CAP;
  const before = decodeKnownEvent(knownEventKey(year, op.activityId), (k) => properties.get(k));
  let id = before && !before.cancelled ? before.eventId : undefined;
  const tagged = (): string | undefined => calendar.findByTag(op.activityId);
  const record = options.recorded ?? outboxGuestRecord(ports.tables, year);
  const recorded = (): string[] => [...record(op.activityId)];
  // Read only when an event that was lost must be made again (a rare repair).
  const currentGuests = (): string[] => (before && !before.cancelled ? recorded() : []);
  const byMail: MailedChange[] = [];
  const mail = (change: MailedChange['change'], emails: readonly string[]): void => {
    if (emails.length > 0) byMail.push({ change, emails: [...emails] });
  };
  /** Makes the event with the first `cap` guests (Google invites them); mails the rest. */
  const create = (event: DesiredEvent, guests: readonly string[]): string => {
    const made = calendar.createEvent({ ...event, guests: guests.slice(0, cap) });
    mail('invite', guests.slice(cap));
    return made;
  };
  /** Lists newcomers while there is room; every newcomer is mailed (addGuest sends nothing). */
  const addToExisting = (eventId: string, emails: readonly string[]): boolean => {
    const present = calendar.guestList(eventId);
    if (present === undefined) return false;
    const listed = new Set(present);
    const room = Math.max(0, cap - listed.size);
    const newcomers = emails.filter((e) => !listed.has(e));
    if (newcomers.length > 0 && room > 0) calendar.addGuests(eventId, newcomers.slice(0, room));
    return true;
  };
  /** Takes off the event whoever may not stay on it; returns who is left listed. */
  const pruned = (eventId: string, had: readonly string[] = []): Set<string> | undefined => {
    const present = calendar.guestList(eventId);
    if (present === undefined) return undefined;
    const keep = options.keep;
    const recordedNow = new Set(had);
    const gone = keep ? present.filter((g) => !recordedNow.has(g) && !keep(g)) : [];
    if (gone.length > 0) calendar.removeGuests(eventId, gone);
    return new Set(present.filter((g) => !gone.includes(g)));
  };
  switch (op.type) {
    case 'create': {
      id = id ?? tagged();
      const present =
        id !== undefined && calendar.updateEvent(id, op.event) ? calendar.guestList(id) : undefined;
      if (id !== undefined && present !== undefined) {
        const listed = new Set(present);
        const missing = op.event.guests.filter((g) => !listed.has(g));
        addToExisting(id, missing);
        mail('invite', missing);
      } else {
        id = create(op.event, op.event.guests);
      }
      break;
    }
    case 'update': {
      if (id === undefined || !calendar.updateEvent(id, op.event)) {
        id = tagged();
        if (id === undefined || !calendar.updateEvent(id, op.event)) {
          id = create(op.event, currentGuests());
          break;
        }
      }
      const had = recorded();
      const listed = pruned(id, had) ?? new Set<string>();
      mail(
        'updated',
        had.filter((g) => !listed.has(g)),
      );
      break;
    }
    case 'guests-added': {
      if (id === undefined || !addToExisting(id, op.emails)) {
        id = tagged();
        if (id === undefined || !addToExisting(id, op.emails)) {
          id = create(op.event, [...new Set([...currentGuests(), ...op.emails])].sort());
          break;
        }
      }
      mail('invite', op.emails);
      break;
    }
    case 'guests-removed': {
      id = id ?? tagged();
      let present = id !== undefined ? calendar.guestList(id) : undefined;
      if (id !== undefined && present === undefined) {
        id = tagged();
        present = id !== undefined ? calendar.guestList(id) : undefined;
      }
      const listed = new Set(present ?? []);
      const onList = op.emails.filter((g) => listed.has(g));
      if (id !== undefined && onList.length > 0) calendar.removeGuests(id, onList);
      mail(
        'cancelled',
        op.emails.filter((g) => !listed.has(g)),
      );
      break;
    }
    case 'cancel': {
      id = id ?? tagged();
      const had = op.guests.length > 0 ? op.guests : recordedBefore(ports.tables, entry, year, op.activityId);
      const listed = id !== undefined ? pruned(id, had) : undefined;
      const uid = id;
      if (id !== undefined) calendar.deleteEvent(id);
      mail(
        'cancelled',
        had.filter((g) => !listed?.has(g)),
      );
      saveKnownEvent(properties, year, stateAfter(op, before, id));
      return { ...(uid !== undefined ? { eventId: uid } : {}), byMail };
    }
  }
  saveKnownEvent(properties, year, stateAfter(op, before, id));
  return { ...(id !== undefined ? { eventId: id } : {}), byMail };
}

/**
 * Who had the event before this cancellation: the outbox's record without the cancellation
 * itself (which, queued, already counts as done there).
 */
function recordedBefore(tables: TablesPort, entry: OutboxEntry, year: number, activityId: string): string[] {
  const key = sameKey(entry.key);
  const entries = loadOutbox(tables)
    .ledger.rows.map((r) => r.entry)
    .filter((e) => sameKey(e.key) !== key);
  return recordedGuests(entries, year).get(activityId) ?? [];
}
