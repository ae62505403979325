import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  desiredEvents,
  escapeText,
  eventUid,
  foldLine,
  guestNames,
  guestsDigest,
  icsCancellationOf,
  icsEventOf,
  organizerOf,
  writeIcs,
  type IcsContext,
} from '../../../src/core/calendar';
import { activity, plan, SETTINGS, staff } from './plan-fixture';

const STAMP = new Date(Date.UTC(2021, 8, 28, 1, 2, 3));

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function context(p = plan([])): IcsContext {
  return { year: 2021, school: SETTINGS.school, organizer: organizerOf(SETTINGS)!, names: guestNames(p) };
}

describe('writeIcs', () => {
  const people = staff(3);
  people[0] = { ...people[0]!, name: 'Nguyễn Thị An, "Tổ trưởng"; Lá' };
  const p = plan(
    [
      activity({
        id: 'HD04',
        title:
          'Dự Lễ khai mạc “Tuần lễ hưởng ứng học tập suốt đời năm 2021”, trực tuyến; điểm cầu Quận 1 \\ UBND',
        start: localDateTime(2021, 10, 5, 8, 0),
        end: localDateTime(2021, 10, 5, 11, 0),
        link: 'https://meet.example/abc-defg-hij',
        platform: 'Google Meet',
      }),
    ],
    people,
  );
  const event = desiredEvents(p, SETTINGS).events.get('HD04')!;
  const text = writeIcs({ method: 'REQUEST', stamp: STAMP, events: [icsEventOf(event, 3, context(p))] });

  it('is read by an independent parser with the right instant, UID, sequence and attendees', () => {
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const vevent = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    // 08:00 in Hồ Chí Minh City is 01:00 UTC, whatever TZ the test runs under.
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2021-10-05T01:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2021-10-05T04:00:00.000Z');
    expect(vevent.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(vevent.uid).toBe('HD04-2021@learning-week.truong-mam-non-20-10.invalid');
    expect(vevent.sequence).toBe(3);
    expect(vevent.summary).toBe(event.title);
    expect(vevent.description).toBe(event.description);
    expect(vevent.location).toBe('Hội trường Ủy ban nhân dân Quận 1');
    const comp = vevent.component;
    expect(comp.getFirstPropertyValue('url')).toBe('https://meet.example/abc-defg-hij');
    expect(comp.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-09-28T01:02:03Z');
    expect(comp.getFirstPropertyValue('organizer')).toBe('mailto:tochuc@truong.example');
    const attendees = vevent.attendees.map((a) => ({
      email: a.getFirstValue(),
      cn: a.getParameter('cn'),
      partstat: a.getParameter('partstat'),
      rsvp: a.getParameter('rsvp'),
      role: a.getParameter('role'),
    }));
    expect(attendees).toHaveLength(3);
    expect(attendees[0]).toEqual({
      email: 'mailto:gv1@truong.example',
      cn: 'Nguyễn Thị An, Tổ trưởng; Lá',
      partstat: 'NEEDS-ACTION',
      rsvp: 'TRUE',
      role: 'REQ-PARTICIPANT',
    });
    expect(
      comp.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString()),
    ).toEqual(['-PT1440M', '-PT30M']);
  });

  it('uses CRLF line ends and folds at 75 octets without splitting a Vietnamese letter', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const bytes = Buffer.from(text, 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Every folded piece is valid UTF-8 on its own: no multi-byte character was cut.
    for (const line of text.split('\r\n')) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(bytes.toString('utf8')).toBe(text);
  });

  it('writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const known = {
      activityId: 'HD04',
      fingerprint: 'x',
      guests: guestsDigest(['gv1@truong.example']),
      sequence: 4,
      title: 'Lễ khai mạc',
      start: localDateTime(2021, 10, 5, 7, 30),
      end: localDateTime(2021, 10, 5, 11, 0),
    };
    const cancel = icsCancellationOf(known, 'Asia/Ho_Chi_Minh', context(), ['gv1@truong.example'])!;
    const cal = parse(writeIcs({ method: 'CANCEL', stamp: STAMP, events: [cancel] }));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = cal.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('writes a zone with daylight saving in UTC, still at the right instant', () => {
    const e = { ...event, timeZone: 'Europe/Paris' };
    const cal = parse(writeIcs({ method: 'PUBLISH', stamp: STAMP, events: [icsEventOf(e, 0, context(p))] }));
    expect(cal.getFirstSubcomponent('vtimezone')).toBeNull();
    const vevent = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2021-10-05T06:00:00.000Z');
  });

  it('gives the same UID to the same activity and a different one to another year or school', () => {
    expect(eventUid('HD04', 2021, SETTINGS.school)).toBe(eventUid('HD04', 2021, SETTINGS.school));
    expect(eventUid('HD04', 2022, SETTINGS.school)).not.toBe(eventUid('HD04', 2021, SETTINGS.school));
    expect(eventUid('HD04', 2021, 'Trường Tiểu học Bến Nghé')).not.toBe(
      eventUid('HD04', 2021, SETTINGS.school),
    );
  });
});

describe('text escaping and folding (property)', () => {
  it('any text survives escaping, folding and an independent parser unchanged', () => {
    const alphabet = fc.constantFrom(...'aăâđêôơưỹỷẫ ,;\\\n:"Ữ😀Tiếng Việt'.split(''), 'ệ', 'ự', '\r\n');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
        (raw) => {
          const value = raw.normalize('NFC');
          const line = `SUMMARY:${escapeText(value)}`;
          const folded = foldLine(line);
          for (const piece of folded.split('\r\n'))
            expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
          const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
          const summary = parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary');
          expect(summary).toBe(value.replace(/\r\n|\r/g, '\n'));
        },
      ),
    );
  });
});
