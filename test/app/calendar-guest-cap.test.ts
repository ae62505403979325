import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { syncCalendar, type SyncCalendarPorts } from '../../src/app/calendar/sync-calendar';
import { localDateTime } from '../../src/core/cell';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import {
  calendarTables,
  MemoryProperties,
  RecordingCalendar,
  setActivities,
  type ActivityRow,
} from '../core/calendar/calendar-world';

/**
 * The guest cap on the app's side: a Google event lists at most `guestCap` guests; everyone else
 * gets the event by mail — its invitation, its update, its cancellation — with the Google event's
 * id (its iCalUID) as the .ics UID, once per version.
 */
const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));
const CAP = 3;

const opening = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  id: 'HD04',
  title: 'Dự Lễ khai mạc',
  category: 'khai mạc',
  start: localDateTime(2021, 10, 5, 7, 30),
  end: localDateTime(2021, 10, 5, 11, 0),
  ...over,
});

function world(staff = 5) {
  const tables = calendarTables([opening()], staff);
  const calendar = new RecordingCalendar();
  const ports: SyncCalendarPorts = {
    tables,
    properties: new MemoryProperties(),
    calendar,
    clock: { now: () => NOW },
    lock: { withLock: (_ms, fn) => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  const sync = () => syncCalendar(ports, { guestCap: CAP });
  return { tables, calendar, ports, sync };
}

/** The calendar mails of the outbox: key, person, the .ics's method, UID and SEQUENCE. */
function mails(w: ReturnType<typeof world>) {
  return loadOutbox(w.tables)
    .ledger.rows.map((r) => r.entry)
    .filter((e) => /^calendar-(invite|cancel):/.test(e.key))
    .map((e) => {
      const payload = JSON.parse(e.payload) as { attachments: { content: string }[] };
      const cal = new ICAL.Component(ICAL.parse(payload.attachments[0]!.content) as unknown[]);
      const vevent = cal.getFirstSubcomponent('vevent')!;
      return {
        key: e.key,
        to: e.recipients.join(','),
        method: String(cal.getFirstPropertyValue('method')),
        uid: String(vevent.getFirstPropertyValue('uid')),
        sequence: Number(vevent.getFirstPropertyValue('sequence')),
      };
    });
}

describe('the guest cap', () => {
  it('lists the first guests on the event and mails the others the event’s own .ics', () => {
    const w = world();
    const result = w.sync();
    const [id, event] = [...w.calendar.events][0]!;
    expect(event.guests.size).toBe(CAP);
    const invited = mails(w);
    expect(invited).toHaveLength(2);
    expect(result.invitationsQueued).toBe(2);
    for (const m of invited) {
      expect(m).toMatchObject({ method: 'REQUEST', uid: id, sequence: 0 });
      expect(event.guests.has(m.to)).toBe(false);
    }
    expect(result.message).toMatch(/HD04: 5 khách mời, nhiều hơn 3 người/);
    // Again: nothing new.
    w.sync();
    expect(mails(w)).toHaveLength(2);
  });

  it('mails a late guest of a full event, then the update and the cancellation to all it does not list', () => {
    const w = world();
    w.sync();
    const [id, event] = [...w.calendar.events][0]!;
    setActivities(w.tables, [opening({ owner: 'moi@truong.example' })]);
    w.sync();
    // The event is full: the newcomer is not listed; their invitation carries the Google UID.
    expect(event.guests.has('moi@truong.example')).toBe(false);
    const late = mails(w).filter((m) => m.to === 'moi@truong.example');
    expect(late).toEqual([expect.objectContaining({ method: 'REQUEST', uid: id, sequence: 1 })]);
    const outside = new Set(mails(w).map((m) => m.to));
    expect(outside.size).toBe(3);

    setActivities(w.tables, [opening({ owner: 'moi@truong.example', location: 'Hội trường' })]);
    w.sync();
    const updates = mails(w).filter((m) => m.sequence === 2);
    expect(new Set(updates.map((m) => m.to))).toEqual(outside);
    expect(updates.every((m) => m.method === 'REQUEST' && m.uid === id)).toBe(true);

    setActivities(w.tables, [
      opening({ owner: 'moi@truong.example', location: 'Hội trường', status: 'hủy' }),
    ]);
    w.sync();
    expect(w.calendar.events.size).toBe(0);
    const cancels = mails(w).filter((m) => m.method === 'CANCEL');
    expect(new Set(cancels.map((m) => m.to))).toEqual(outside);
    expect(cancels.every((m) => m.uid === id && m.sequence === 3)).toBe(true);
    // Every mail once: no key twice.
    const keys = mails(w).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('takes an address that is neither on the record nor in the plan off the event before deleting it', () => {
    const w = world();
    w.sync();
    const [, event] = [...w.calendar.events][0]!;
    // A family the purge replaced still sits on Google's list.
    event.guests.add('ba.me@giadinh.example');
    setActivities(w.tables, [opening({ status: 'hủy' })]);
    w.calendar.log.length = 0;
    w.sync();
    expect(w.calendar.log.filter((l) => !l.startsWith('findByTag'))).toEqual([
      'removeGuests HD04 1',
      'deleteEvent HD04',
    ]);
    expect(mails(w).some((m) => m.to === 'ba.me@giadinh.example')).toBe(false);
  });
});
