import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { ACTIVITIES_TABLE, FAMILIES_TABLE } from '../../src/core/schema/tables';
import { ACTIVITY_TAG } from '../../src/gas/calendar';
import { DEFAULT_GUEST_CAP, editEvent } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { mailFamiliesInSheet, pasteSampleRoster, recordsOf } from './sheet-view';

/**
 * "Mọi người" at a big school, through dist/Code.js: 2,500 families and the staff on one event.
 * Google's event lists 200 (the fake refuses more); everyone else gets the event's own .ics by
 * mail — its iCalUID as UID — and so do its move and its cancellation. Nothing twice.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const FAMILIES = 2_500;
const EVENT = 'HD04';

function sheetRows(b: LoadedBundle, tab: string) {
  const sheet = b.fakes.spreadsheet.sheet(tab)!;
  const rows = sheet.dump().map((r) => r.map((c) => c?.value ?? ''));
  const col = (header: string): number => rows[0]!.indexOf(header);
  return { sheet, rows, col };
}

/** Setup, the sample staff, 2,500 families, and one invited activity for "Mọi người". */
function bigSchool(): LoadedBundle {
  const b = loadBundle(code);
  b.call('setup');
  pasteSampleRoster(b.fakes.spreadsheet, { families: true });
  mailFamiliesInSheet(b.fakes.spreadsheet); // a school that has chosen to mail its families
  const fam = sheetRows(b, FAMILIES_TABLE.name);
  const template = fam.rows[1]!;
  const families = Array.from({ length: FAMILIES }, (_, i) => {
    const row = [...template];
    row[fam.col('Mã')] = `PH${String(i + 1).padStart(5, '0')}`;
    row[fam.col('Email')] = `ph${i + 1}@giadinh.example`;
    return row;
  });
  // A principal pasting 2,500 rows: Sheets grows the tab to take them.
  if (fam.sheet.maxRows < families.length + 1)
    fam.sheet.insertRowsAfter(fam.sheet.maxRows, families.length + 1 - fam.sheet.maxRows);
  fam.sheet.getRange(2, 1, families.length, template.length).setValues(families as string[][]);
  const act = sheetRows(b, ACTIVITIES_TABLE.name);
  const invite = act.col('Gửi lời mời');
  const audience = act.col('Đối tượng');
  const values = act.rows.slice(1).map((r) => {
    const row = [...r];
    if (row[0] === EVENT) row[audience] = 'Mọi người';
    else if (row[0] !== '') row[invite] = 'không';
    return row;
  });
  act.sheet.getRange(2, 1, values.length, act.rows[0]!.length).setValues(values as string[][]);
  return b;
}

const ledger = (b: LoadedBundle) => recordsOf(b.fakes.spreadsheet, OUTBOX_TABLE.name);
const eventOf = (b: LoadedBundle) =>
  b.fakes.calendarApp.liveEvents().find((e) => e.tags.get(ACTIVITY_TAG) === EVENT);

/** The .ics of each queued mail of this activity, by its key, parsed by an independent reader. */
function queuedIcs(b: LoadedBundle, prefix: string) {
  return ledger(b)
    .filter((r) => String(r['Khóa'] ?? '').startsWith(prefix))
    .map((r) => {
      const payload = JSON.parse(String(r['Dữ liệu'])) as { attachments?: { content: string }[] };
      const ics = payload.attachments![0]!.content;
      const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      const vevent = cal.getFirstSubcomponent('vevent')!;
      return {
        key: String(r['Khóa']),
        method: cal.getFirstPropertyValue('method'),
        uid: vevent.getFirstPropertyValue('uid'),
        sequence: Number(vevent.getFirstPropertyValue('sequence')),
      };
    });
}

function editActivity(b: LoadedBundle, header: string, value: unknown): void {
  const { sheet, rows, col } = sheetRows(b, ACTIVITIES_TABLE.name);
  const row = rows.findIndex((r) => r[0] === EVENT) + 1;
  const range = sheet.getRange(row, col(header) + 1);
  range.setValues([[value]]);
  for (const trigger of b.fakes.scriptApp.editTriggers(b.fakes.spreadsheet.id))
    b.run(trigger.handler, editEvent(b.fakes.rec, sheet, range, value));
}

describe('an event for 2,500 families and the staff', () => {
  it('lists 200 on the Google event and mails the others its own .ics, once; a move and a cancellation reach them too', () => {
    const b = bigSchool();
    b.call('syncCalendar');
    const event = eventOf(b)!;
    expect(event).toBeDefined();
    expect(event.guests).toHaveLength(DEFAULT_GUEST_CAP);
    // Google invited exactly those it lists.
    expect(b.fakes.calendarApp.invitations.filter((i) => i.eventId === event.id)).toHaveLength(
      DEFAULT_GUEST_CAP,
    );
    expect(event.id).toMatch(/^[0-9a-v]{26}@google\.com$/);

    const invites = queuedIcs(b, `calendar-invite:${EVENT}:`);
    expect(invites.length).toBeGreaterThan(FAMILIES - DEFAULT_GUEST_CAP);
    expect(new Set(invites.map((m) => m.key)).size).toBe(invites.length);
    expect(invites.every((m) => m.uid === event.id && m.method === 'REQUEST')).toBe(true);
    // Nobody is both listed on the event and mailed.
    const listed = new Set(event.guests);
    const mailed = invites.map((m) => m.key.split(':')[2]!);
    expect(mailed.filter((m) => listed.has(m))).toEqual([]);
    // Nobody is left out: every family is listed or mailed.
    const reached = new Set([...listed, ...mailed]);
    const families = Array.from({ length: FAMILIES }, (_, i) => `ph${i + 1}@giadinh.example`);
    expect(families.filter((f) => !reached.has(f))).toEqual([]);

    // The principal is told, in Vietnamese, why mail follows.
    const log = b.fakes.transcript.join('\n');
    expect(log).toMatch(/nhiều hơn 200 người mà một sự kiện Google Lịch ghi tên được/);
    expect(log).toMatch(/qua thư \(tệp \.ics của chính sự kiện đó/);

    // A second sync queues nothing and writes nothing.
    const rows = ledger(b).length;
    const writes = b.fakes.rec.count('Calendar.createEvent');
    b.call('syncCalendar');
    expect(ledger(b)).toHaveLength(rows);
    expect(b.fakes.rec.count('Calendar.createEvent')).toBe(writes);

    // Moved: those it does not list get the update, same UID, a higher SEQUENCE.
    editActivity(b, 'Địa điểm', 'Hội trường lớn');
    b.fakes.scriptApp.runUntil(b.fakes.clock.nowMs + 30 * 60_000);
    b.call('syncCalendar');
    const updates = queuedIcs(b, `calendar-invite:${EVENT}:`).filter((m) => m.sequence === 1);
    expect(updates).toHaveLength(mailed.length);
    expect(updates.every((m) => m.uid === event.id && m.method === 'REQUEST')).toBe(true);

    // Cancelled: Google tells the 200 it lists; the others get a METHOD:CANCEL with that UID.
    editActivity(b, 'Trạng thái', 'hủy');
    b.fakes.scriptApp.runUntil(b.fakes.clock.nowMs + 30 * 60_000);
    b.call('syncCalendar');
    expect(eventOf(b)).toBeUndefined();
    const told = b.fakes.calendarApp.cancellations.find((c) => c.eventId === event.id)!;
    expect(told.guests).toHaveLength(DEFAULT_GUEST_CAP);
    const cancels = queuedIcs(b, `calendar-cancel:${EVENT}:`);
    expect(cancels).toHaveLength(mailed.length);
    expect(cancels.every((m) => m.uid === event.id && m.method === 'CANCEL' && m.sequence === 2)).toBe(true);
    const cancelled = new Set(cancels.map((m) => m.key.split(':')[2]!));
    expect(told.guests.filter((g) => cancelled.has(g))).toEqual([]);
  }, 300_000);

  it('the drain sends each of those mails once, as the daily quota allows', () => {
    const b = bigSchool();
    b.call('syncCalendar');
    for (let day = 0; day < 3; day++) {
      b.call('drainOutbox');
      b.fakes.scriptApp.runUntil(b.fakes.clock.nowMs + 24 * 3600_000);
    }
    const sent = b.fakes.mail.sent.map((m) => `${m.to} ${m.subject}`);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent).size).toBe(sent.length);
    const waiting = ledger(b).filter(
      (r) => String(r['Khóa']).startsWith(`calendar-invite:${EVENT}:`) && r['Trạng thái'] !== 'đã gửi',
    );
    // Nothing lost: what has not gone yet is still queued, not failed.
    expect(waiting.every((r) => r['Trạng thái'] !== 'thất bại')).toBe(true);
  }, 300_000);
});
