import { decodeKnownEvent, knownEventKey, stateAfter } from '../../core/calendar';
import type { OutboxEntry } from '../../core/outbox/entry';
import type { CalendarPort, PropertiesPort, TablesPort } from '../../ports';
import type { CalendarPayload } from './calendar-entries';
import { saveKnownEvent } from './known-events';
import { outboxGuestRecord } from './recorded-guests';

export interface ExecutorPorts {
  calendar: CalendarPort;
  properties: PropertiesPort;
  /** The outbox: who an event had, should it have to be made again (the known state keeps no list). */
  tables: TablesPort;
}

/**
 * Carries out one 'calendar' outbox entry — the function the drain calls for that kind. Throws
 * the calendar's own error (the drain classifies and retries it); records the new known state
 * only after the write succeeded. Never creates a second event: before creating, the event is
 * looked for by its activity tag (lost properties, a copied sheet, an earlier run cut short).
 */
export function executeCalendarEntry(ports: ExecutorPorts, entry: OutboxEntry): void {
  const payload = JSON.parse(entry.payload) as CalendarPayload;
  const { op, year } = payload;
  const { calendar, properties } = ports;
  const before = decodeKnownEvent(knownEventKey(year, op.activityId), (k) => properties.get(k));
  let id = before && !before.cancelled ? before.eventId : undefined;
  const tagged = (): string | undefined => calendar.findByTag(op.activityId);
  // Read only when an event that was lost must be made again (a rare repair).
  const currentGuests = (): string[] =>
    before && !before.cancelled ? [...outboxGuestRecord(ports.tables, year)(op.activityId)] : [];
  switch (op.type) {
    case 'create': {
      id = id ?? tagged();
      if (id !== undefined && calendar.updateEvent(id, op.event)) {
        if (op.event.guests.length > 0) calendar.addGuests(id, op.event.guests);
      } else {
        id = calendar.createEvent(op.event);
      }
      break;
    }
    case 'update': {
      if (id === undefined || !calendar.updateEvent(id, op.event)) {
        id = tagged();
        if (id === undefined || !calendar.updateEvent(id, op.event)) {
          id = calendar.createEvent({ ...op.event, guests: currentGuests() });
        }
      }
      break;
    }
    case 'guests-added': {
      if (id === undefined || !calendar.addGuests(id, op.emails)) {
        id = tagged();
        if (id === undefined || !calendar.addGuests(id, op.emails)) {
          id = calendar.createEvent({
            ...op.event,
            guests: [...new Set([...currentGuests(), ...op.emails])].sort(),
          });
        }
      }
      break;
    }
    case 'guests-removed': {
      id = id ?? tagged();
      if (id !== undefined && !calendar.removeGuests(id, op.emails)) {
        id = tagged();
        if (id !== undefined) calendar.removeGuests(id, op.emails);
      }
      break;
    }
    case 'cancel': {
      id = id ?? tagged();
      if (id !== undefined) calendar.deleteEvent(id);
      break;
    }
  }
  saveKnownEvent(properties, year, stateAfter(op, before, id));
}
