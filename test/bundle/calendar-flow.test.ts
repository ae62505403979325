import { beforeAll, describe, expect, it } from 'vitest';
import { addMinutes } from '../../src/core/cell';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { toWallClock } from '../../src/core/time-zone';
import { ACTIVITY_TAG, YEAR_TAG } from '../../src/gas/calendar';
import { editEvent, type FakeBlob } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { pasteSampleRoster, recordsOf } from './sheet-view';

/**
 * The calendar through dist/Code.js in the bare vm: Setup, the menu sync, edits through the
 * installed edit trigger and the drain continuation, the morning reminders — counted on the
 * fake CalendarApp.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const HCM = 'Asia/Ho_Chi_Minh';
const HOUR = 3600_000;

interface World {
  bundle: LoadedBundle;
  /** Late guests' invitation mails with their attachments, as MailApp got them. */
  attachments: { to: string; subject: string; files: FakeBlob[] }[];
}

function world(options: Parameters<typeof loadBundle>[1] = {}): World {
  const bundle = loadBundle(code, options);
  const attachments: World['attachments'] = [];
  const mail = bundle.fakes.mail;
  const send = mail.sendEmail.bind(mail);
  mail.sendEmail = ((m: GoogleAppsScript.Mail.MailAdvancedParameters) => {
    send(m);
    if (m.attachments?.length)
      attachments.push({
        to: String(m.to),
        subject: m.subject ?? '',
        files: m.attachments as unknown as FakeBlob[],
      });
  }) as typeof mail.sendEmail;
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet);
  return { bundle, attachments };
}

const live = (b: LoadedBundle) => b.fakes.calendarApp.liveEvents();
const byActivity = (b: LoadedBundle, id: string) => live(b).filter((e) => e.tags.get(ACTIVITY_TAG) === id);

/** The 1-based sheet cell of an activity's column, found by header. */
function cell(b: LoadedBundle, activityId: string, header: string) {
  const sheet = b.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
  const rows = sheet.dump();
  const col = rows[0]!.findIndex((c) => c?.value === header) + 1;
  const row = rows.findIndex((r) => r[0]?.value === activityId) + 1;
  expect(col, header).toBeGreaterThan(0);
  expect(row, activityId).toBeGreaterThan(0);
  return { sheet, row, col, value: rows[row - 1]![col - 1]?.value };
}

/** A principal's edit: the cell changes, then Apps Script fires every installed edit trigger. */
function edit(b: LoadedBundle, activityId: string, header: string, value: unknown): void {
  const { sheet, row, col } = cell(b, activityId, header);
  const range = sheet.getRange(row, col);
  range.setValues([[value]]);
  for (const trigger of b.fakes.scriptApp.editTriggers(b.fakes.spreadsheet.id)) {
    b.run(trigger.handler, editEvent(b.fakes.rec, sheet, range, value));
  }
}

const ledger = (b: LoadedBundle) => recordsOf(b.fakes.spreadsheet, OUTBOX_TABLE.name);

describe('the calendar in the vm', () => {
  it('Setup makes the week calendar once and installs the reminders and edit triggers once', () => {
    const { bundle } = world();
    bundle.call('setup');
    const { calendarApp, scriptApp } = bundle.fakes;
    expect(calendarApp.calendars.map((c) => c.name)).toContain('Tuần lễ HTSĐ 2021 – Trường Mầm non 20/10');
    expect(bundle.fakes.rec.count('CalendarApp.createCalendar')).toBe(1);
    expect(scriptApp.of('sendReminders')).toHaveLength(1);
    expect(scriptApp.of('onPlanEdit')).toHaveLength(1);
    expect(live(bundle)).toHaveLength(0); // no event before the principal syncs
    for (const name of ['previewCalendarSync', 'syncCalendar', 'sendReminders', 'onPlanEdit'])
      expect(bundle.typeOf(name)).toBe('function');
  });

  it('syncs: events created once and tagged, at the plan local times; a re-run makes zero calendar writes', () => {
    const { bundle } = world({ spreadsheetTimeZone: 'Europe/London' });
    bundle.call('previewCalendarSync');
    expect(live(bundle)).toHaveLength(0);
    const preview = bundle.fakes.ui!.alerts.at(-1)!;
    expect(preview.title).toBe('Xem trước thay đổi lịch');
    expect(preview.prompt).toMatch(/Tạo sự kiện HD04 .*thứ Ba, 05\/10\/2021 07:30–11:00/);
    expect(preview.prompt).toContain('bảng tính dùng Europe/London');
    bundle.call('syncCalendar');
    const events = live(bundle);
    expect(events.length).toBeGreaterThanOrEqual(4);
    const ids = events.map((e) => e.tags.get(ACTIVITY_TAG));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of events) {
      expect(e.tags.get(YEAR_TAG)).toBe('2021');
      const start = toWallClock(e.start, HCM).iso;
      expect(start >= '2021-10-01' && start < '2021-10-08', start).toBe(true);
      expect(e.guests.length).toBeGreaterThan(0);
    }
    // Invitations went out with the events (createEvent with sendInvites).
    expect(bundle.fakes.calendarApp.invitations.length).toBe(events.reduce((n, e) => n + e.guests.length, 0));
    const calls = bundle.fakes.calendarApp.calls();
    bundle.call('syncCalendar');
    expect(bundle.fakes.calendarApp.calls() - calls, 'calendar calls of a sync without edits').toBe(0);
    expect(live(bundle)).toHaveLength(events.length);
  });

  it('with the calendar properties lost, a re-run finds the events by their tags and creates nothing', () => {
    const { bundle } = world();
    bundle.call('syncCalendar');
    const count = live(bundle).length;
    const created = bundle.fakes.rec.count('Calendar.createEvent');
    for (const key of [...bundle.fakes.properties.store.keys()])
      if (key.startsWith('calendar')) bundle.fakes.properties.store.delete(key);
    bundle.call('syncCalendar');
    expect(bundle.fakes.rec.count('Calendar.createEvent')).toBe(created);
    expect(bundle.fakes.rec.count('CalendarApp.createCalendar')).toBe(1);
    expect(live(bundle)).toHaveLength(count);
  });

  it('an edit (HD04 an hour later) updates exactly that event, through the edit trigger and one pending run', () => {
    const { bundle } = world();
    bundle.call('syncCalendar');
    const target = byActivity(bundle, 'HD04')[0]!;
    const before = toWallClock(target.start, HCM);
    const start = cell(bundle, 'HD04', 'Bắt đầu').value as Date;
    expect(start.getTime()).toBe(target.start.getTime());
    const end = cell(bundle, 'HD04', 'Kết thúc').value as Date;
    const calendarCalls = bundle.fakes.calendarApp.calls();
    const reads = bundle.fakes.rec.count('Range.getValues');
    edit(bundle, 'HD04', 'Bắt đầu', new Date(start.getTime() + HOUR));
    edit(bundle, 'HD04', 'Kết thúc', new Date(end.getTime() + HOUR));
    // The edit trigger itself reads no sheet, touches no calendar, and leaves one run pending.
    expect(bundle.fakes.rec.count('Range.getValues')).toBe(reads);
    expect(bundle.fakes.calendarApp.calls()).toBe(calendarCalls);
    expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(1);
    const otherTimes = live(bundle)
      .filter((e) => e !== target)
      .map((e) => [e.id, e.start.getTime(), e.end.getTime(), e.title]);
    const created = bundle.fakes.rec.count('Calendar.createEvent');
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 10 * 60_000);
    expect(toWallClock(target.start, HCM)).toEqual(addMinutes(before, 60));
    expect(bundle.fakes.rec.count('Calendar.createEvent')).toBe(created);
    expect(
      live(bundle)
        .filter((e) => e !== target)
        .map((e) => [e.id, e.start.getTime(), e.end.getTime(), e.title]),
    ).toEqual(otherTimes);
    expect(bundle.fakes.rec.count('CalendarEvent.setTime')).toBe(1);
  });

  it('edits before the first sync, or of other tabs, schedule nothing and touch no calendar', () => {
    const { bundle } = world();
    const start = cell(bundle, 'HD04', 'Bắt đầu').value as Date;
    edit(bundle, 'HD04', 'Bắt đầu', new Date(start.getTime() + HOUR));
    expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(0);
    bundle.call('syncCalendar');
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + HOUR);
    const sheet = bundle.fakes.spreadsheet.sheet('Tuyên truyền')!;
    const range = sheet.getRange(2, 1);
    range.setValues([['Zalo']]);
    const calls = bundle.fakes.calendarApp.calls();
    for (const trigger of bundle.fakes.scriptApp.editTriggers(bundle.fakes.spreadsheet.id))
      bundle.run(trigger.handler, editEvent(bundle.fakes.rec, sheet, range, 'Zalo'));
    expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(0);
    expect(bundle.fakes.calendarApp.calls()).toBe(calls);
  });

  it('a cancellation ("hủy") removes the event and tells its guests', () => {
    const { bundle } = world();
    bundle.call('syncCalendar');
    const target = byActivity(bundle, 'HD04')[0]!;
    edit(bundle, 'HD04', 'Trạng thái', 'hủy');
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 10 * 60_000);
    expect(byActivity(bundle, 'HD04')).toHaveLength(0);
    expect(bundle.fakes.calendarApp.cancellations.map((c) => c.eventId)).toEqual([target.id]);
  });

  /** The principal names a new owner for HD04: that person becomes a guest of the event. */
  function addLateGuest(guest: string): World {
    const w = world();
    w.bundle.call('syncCalendar');
    expect(byActivity(w.bundle, 'HD04')[0]!.guests).not.toContain(guest);
    edit(w.bundle, 'HD04', 'Người phụ trách (email)', guest);
    w.bundle.fakes.scriptApp.runUntil(w.bundle.fakes.clock.nowMs + 10 * 60_000);
    w.bundle.call('syncCalendar');
    w.bundle.call('drainOutbox');
    return w;
  }
  const GUEST = 'khach.moi@truong.example';

  it('a guest added later joins the event and gets one invitation mail (addGuest sends none)', () => {
    const { bundle } = addLateGuest(GUEST);
    expect(byActivity(bundle, 'HD04')[0]!.guests).toContain(GUEST);
    expect(bundle.fakes.calendarApp.invitations.filter((i) => i.email === GUEST)).toHaveLength(0);
    const mails = bundle.fakes.mail.sent.filter((m) => m.to === GUEST);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Lời mời: .*05\/10\/2021/);
  });

  it('that invitation mail carries the .ics (METHOD:REQUEST, the guest as attendee)', () => {
    const { attachments } = addLateGuest(GUEST);
    const mails = attachments.filter((m) => m.to === GUEST);
    expect(mails).toHaveLength(1);
    const ics = mails[0]!.files[0]!;
    expect(ics.getName()).toMatch(/\.ics$/);
    expect(ics.getContentType()).toContain('text/calendar');
    expect(ics.getDataAsString()).toContain('METHOD:REQUEST');
    // RFC 5545 folds lines at 75 octets: unfold before looking for the attendee.
    const unfolded = ics.getDataAsString().replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(new RegExp(`^ATTENDEE;.*:mailto:${GUEST.replace(/\./g, '\\.')}\r?$`, 'mi'));
  });

  it('a rate-limited sync leaves the rest for the continuation, which finishes without duplicates', () => {
    const { bundle } = world();
    bundle.fakes.calendarApp.rateLimit(1);
    bundle.call('syncCalendar');
    expect(live(bundle)).toHaveLength(0);
    expect(ledger(bundle).some((r) => r['Trạng thái'] === 'lỗi tạm thời')).toBe(true);
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 3 * HOUR);
    const ids = live(bundle).map((e) => e.tags.get(ACTIVITY_TAG));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the morning trigger on 04/10 queues one reminder per guest for 05/10, once even when fired twice', () => {
    const { bundle } = world();
    bundle.call('syncCalendar');
    const guests = new Set(
      live(bundle)
        .filter((e) => toWallClock(e.start, HCM).iso.startsWith('2021-10-05'))
        .flatMap((e) => e.guests),
    );
    expect(guests.size).toBeGreaterThan(0);
    bundle.fakes.mail.dailyQuota = 10_000;
    bundle.fakes.clock.nowMs = Date.UTC(2021, 9, 3, 17); // 00:00 on 04/10 in the school
    bundle.fakes.scriptApp.runUntil(Date.UTC(2021, 9, 4, 2), { duplicate: true }); // to 09:00
    const reminders = ledger(bundle).filter((r) => String(r['Khóa']).startsWith('reminder:'));
    expect(reminders.map((r) => r['Người nhận']).sort()).toEqual([...guests].sort());
    expect(reminders.every((r) => String(r['Khóa']).endsWith('2021-10-05'))).toBe(true);
    const sent = bundle.fakes.mail.sent.filter((m) => guests.has(m.to) && /nhắc/i.test(m.subject));
    expect(sent).toHaveLength(guests.size);
  });

  it('every calendar entry point works when run from the editor without an event', () => {
    const { bundle } = world({ ui: false });
    for (const name of ['onPlanEdit', 'previewCalendarSync', 'sendReminders', 'syncCalendar'])
      expect(bundle.run(name).ok, name).toBe(true);
  });
});
