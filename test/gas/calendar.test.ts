import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyCalendarError } from '../../src/app/calendar/sync-calendar';
import { localDateTime, type LocalDateTime } from '../../src/core/cell';
import type { DesiredEvent } from '../../src/core/calendar';
import { toWallClock } from '../../src/core/time-zone';
import {
  ACTIVITY_TAG,
  calendarIdKey,
  GasCalendar,
  openWeekCalendar,
  weekCalendarName,
  YEAR_TAG,
  type WeekCalendarIdentity,
} from '../../src/gas/calendar';
import { zoneMismatches } from '../../src/gas/calendar-zones';
import { mailApp } from '../../src/gas/mail';
import { scriptProperties } from '../../src/gas/services';
import { CALENDAR_RATE_ERROR } from './fakes';
import { removeFakes, withFakes } from './fakes/with-fakes';
import type { FakeBlob } from './fakes';

afterEach(removeFakes);

const HCM = 'Asia/Ho_Chi_Minh';
const SCHOOL = 'Trường Mầm non 20/10';

const identity = (over: Partial<WeekCalendarIdentity> = {}): WeekCalendarIdentity => ({
  year: 2021,
  school: SCHOOL,
  timeZone: HCM,
  mode: 'dedicated',
  weekStart: localDateTime(2021, 10, 1),
  weekEnd: localDateTime(2021, 10, 7),
  ...over,
});

const event = (over: Partial<DesiredEvent> = {}): DesiredEvent => ({
  activityId: 'HD04',
  title: 'Lễ khai mạc Tuần lễ học tập suốt đời',
  start: localDateTime(2021, 10, 5, 7, 30),
  end: localDateTime(2021, 10, 5, 11, 0),
  timeZone: HCM,
  location: 'Hội trường',
  description: 'Mục đích: hưởng ứng Tuần lễ.',
  guests: ['an@truong.example', 'binh@truong.example'],
  reminderMinutes: [1440, 30],
  ...over,
});

const port = (over: Partial<WeekCalendarIdentity> = {}): GasCalendar =>
  new GasCalendar(() => identity(over), scriptProperties());

describe('CalendarPort over CalendarApp', () => {
  it('puts 05/10/2021 07:30 at 07:30 in Ho Chi Minh City even when the sheet and script run elsewhere', () => {
    const fakes = withFakes({ spreadsheetTimeZone: 'Europe/London', scriptTimeZone: 'America/Los_Angeles' });
    const id = port().createEvent(event());
    const made = fakes.calendarApp.liveEvents().find((e) => e.id === id)!;
    expect(made.start.toISOString()).toBe('2021-10-05T00:30:00.000Z');
    expect(made.end.toISOString()).toBe('2021-10-05T04:00:00.000Z');
    expect(toWallClock(made.start, HCM).iso).toBe('2021-10-05T07:30');
  });

  it('never moves an event to another day, whatever the wall-clock time of the week', () => {
    const fakes = withFakes({
      spreadsheetTimeZone: 'Pacific/Kiritimati',
      scriptTimeZone: 'Pacific/Pago_Pago',
    });
    const calendar = port();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 22 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          const start: LocalDateTime = localDateTime(2021, 10, day, hour, minute);
          const end = localDateTime(2021, 10, day, hour + 1, minute);
          const id = calendar.createEvent(event({ activityId: `HD${day}${hour}${minute}`, start, end }));
          const made = fakes.calendarApp.liveEvents().find((e) => e.id === id)!;
          expect(toWallClock(made.start, HCM)).toEqual(start);
          expect(toWallClock(made.end, HCM)).toEqual(end);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('creates the event with its guests invited, tagged with the activity and year, with our popups', () => {
    const fakes = withFakes();
    const id = port().createEvent(event());
    const made = fakes.calendarApp.liveEvents().find((e) => e.id === id)!;
    expect(made.title).toBe('Lễ khai mạc Tuần lễ học tập suốt đời');
    expect(made.location).toBe('Hội trường');
    expect(made.tags.get(ACTIVITY_TAG)).toBe('HD04');
    expect(made.tags.get(YEAR_TAG)).toBe('2021');
    expect(made.popups).toEqual([1440, 30]);
    expect(fakes.calendarApp.invitations.map((i) => i.email)).toEqual([
      'an@truong.example',
      'binh@truong.example',
    ]);
  });

  it('creates the dedicated calendar once, in the school zone, and finds it again by name when its id is lost', () => {
    const fakes = withFakes({ calendar: { defaultCalendarTimeZone: 'Europe/Paris' } });
    const properties = scriptProperties();
    const first = openWeekCalendar(identity(), properties)!;
    expect(first.created).toBe(true);
    expect(fakes.calendarApp.calendars.at(-1)!.name).toBe(`Tuần lễ HTSĐ 2021 – ${SCHOOL}`);
    expect(fakes.calendarApp.calendars.at(-1)!.timeZone).toBe(HCM);
    expect(openWeekCalendar(identity(), properties)!.created).toBe(false);
    fakes.properties.store.delete(calendarIdKey(2021));
    const again = openWeekCalendar(identity(), properties)!;
    expect(again.created).toBe(false);
    expect(fakes.rec.count('CalendarApp.createCalendar')).toBe(1);
    expect(fakes.properties.store.get(calendarIdKey(2021))).toBe(first.calendar.getId());
  });

  it('the preview never creates a calendar; "Lịch mặc định" uses the default calendar', () => {
    const fakes = withFakes();
    expect(openWeekCalendar(identity(), scriptProperties(), { create: false })).toBeUndefined();
    expect(fakes.rec.count('CalendarApp.createCalendar')).toBe(0);
    port({ mode: 'default' }).createEvent(event());
    expect(fakes.calendarApp.calendars).toHaveLength(1);
    expect(fakes.calendarApp.calendars[0]!.live()).toHaveLength(1);
    expect(weekCalendarName(2022, 'X')).toBe('Tuần lễ HTSĐ 2022 – X');
  });

  it('finds an event by its activity tag with fresh properties, ignoring other years and untagged events', () => {
    const fakes = withFakes();
    // One calendar holds both years (the default calendar), and an event of the principal's own.
    const id = port({ mode: 'default' }).createEvent(event());
    port({ mode: 'default', year: 2020 }).createEvent(event({ activityId: 'HD05' }));
    fakes.calendarApp.calendars[0]!.createEvent(
      'Họp chi bộ',
      new Date(Date.UTC(2021, 9, 4, 1)),
      new Date(Date.UTC(2021, 9, 4, 2)),
    );
    fakes.properties.store.clear();
    const fresh = port({ mode: 'default' });
    expect(fresh.findByTag('HD04')).toBe(id);
    expect(fresh.findByTag('HD05')).toBeUndefined();
    expect(fakes.rec.count('Calendar.getEvents')).toBe(1);
  });

  it('updates the existing event in place and says false for an event that is gone', () => {
    const fakes = withFakes();
    const calendar = port();
    const id = calendar.createEvent(event());
    const moved = event({
      start: localDateTime(2021, 10, 5, 8, 30),
      end: localDateTime(2021, 10, 5, 12, 0),
      location: undefined,
    });
    expect(calendar.updateEvent(id, moved)).toBe(true);
    const live = fakes.calendarApp.liveEvents();
    expect(live).toHaveLength(1);
    expect(toWallClock(live[0]!.start, HCM).iso).toBe('2021-10-05T08:30');
    expect(live[0]!.location).toBe('');
    expect(calendar.updateEvent('evt-unknown', moved)).toBe(false);
  });

  it('adds guests without an invitation (addGuest sends none), once; removes guests; deletes', () => {
    const fakes = withFakes();
    const calendar = port();
    const id = calendar.createEvent(event());
    const invited = fakes.calendarApp.invitations.length;
    expect(calendar.addGuests(id, ['an@truong.example', 'chi@truong.example'])).toBe(true);
    expect(fakes.rec.count('CalendarEvent.addGuest')).toBe(1);
    expect(fakes.calendarApp.invitations).toHaveLength(invited);
    expect(calendar.removeGuests(id, ['binh@truong.example'])).toBe(true);
    expect(fakes.calendarApp.liveEvents()[0]!.guests).toEqual(['an@truong.example', 'chi@truong.example']);
    calendar.deleteEvent(id);
    expect(fakes.calendarApp.liveEvents()).toHaveLength(0);
    expect(fakes.calendarApp.cancellations[0]!.guests).toEqual(['an@truong.example', 'chi@truong.example']);
    expect(() => calendar.deleteEvent(id)).not.toThrow();
    expect(calendar.findByTag('HD04')).toBeUndefined();
    expect(calendar.addGuests(id, ['x@truong.example'])).toBe(false);
  });

  it('lets "too many calendar events in a short time" through, classified as transient', () => {
    const fakes = withFakes();
    const calendar = port();
    calendar.findByTag('HD04');
    fakes.calendarApp.rateLimit(1);
    let message = '';
    try {
      calendar.createEvent(event());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(CALENDAR_RATE_ERROR);
    expect(classifyCalendarError(message)).toBe('transient');
    expect(fakes.calendarApp.liveEvents()).toHaveLength(0);
  });
});

describe('time-zone check', () => {
  it('names each zone that differs from the school and is silent when all agree', () => {
    expect(
      zoneMismatches({ school: HCM, calendar: { name: 'L', zone: HCM }, spreadsheet: HCM, script: HCM }),
    ).toEqual([]);
    const lines = zoneMismatches({
      school: HCM,
      calendar: { name: 'L', zone: 'Europe/Paris' },
      spreadsheet: 'UTC',
      script: HCM,
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Europe/Paris');
    expect(lines[1]).toContain('bảng tính dùng UTC');
  });
});

describe('mail attachments', () => {
  it('sends the .ics of an OutgoingMail as a blob with its type and name', () => {
    const fakes = withFakes();
    const seen: unknown[] = [];
    const send = fakes.mail.sendEmail.bind(fakes.mail);
    fakes.mail.sendEmail = ((m: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      seen.push(m.attachments);
      send(m);
    }) as typeof fakes.mail.sendEmail;
    mailApp().send({
      key: 'k',
      to: ['an@truong.example'],
      subject: 'Thư mời',
      text: 't',
      html: '<p>t</p>',
      attachments: [
        { filename: 'HD04.ics', mimeType: 'text/calendar; method=REQUEST', content: 'BEGIN:VCALENDAR' },
      ],
    });
    const blobs = seen[0] as FakeBlob[];
    expect(blobs.map((b) => [b.getName(), b.getContentType(), b.getDataAsString()])).toEqual([
      ['HD04.ics', 'text/calendar; method=REQUEST', 'BEGIN:VCALENDAR'],
    ]);
  });
});
