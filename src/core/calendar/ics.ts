import { partsOf, wallMinutes, localDateTime, type LocalDateTime } from '../cell';
import { toInstant } from '../time-zone';
import { foldKey } from '../text';
import { escapeText, joinLines, paramValue } from './ics-text';

/** iTIP method: REQUEST invites or updates, CANCEL withdraws, PUBLISH is a read-only feed. */
export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsPerson {
  readonly email: string;
  readonly name?: string;
}

export interface IcsEvent {
  readonly uid: string;
  /** Bumped by the caller on every change of the event (RFC 5546: later wins). */
  readonly sequence: number;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  /** Zone of the wall-clock times. */
  readonly timeZone: string;
  readonly title: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly organizer?: IcsPerson;
  readonly attendees: readonly IcsPerson[];
  readonly cancelled?: boolean;
  /** Popup alarms, minutes before the start. */
  readonly reminderMinutes?: readonly number[];
}

export interface IcsCalendar {
  readonly method: IcsMethod;
  /** When the object was made (DTSTAMP), from the clock port. */
  readonly stamp: Date;
  readonly events: readonly IcsEvent[];
  /** Calendar name shown by clients for a feed (X-WR-CALNAME). */
  readonly name?: string;
}

// ASCII and the same in every language: calendars show it to nobody, but it names the product.
export const PRODID = '-//learning-week//Lifelong Learning Week//VI';

/** `HD05-2021@learning-week.truong-mam-non-20-10.invalid`: the same activity, the same UID, every run. */
export function eventUid(activityId: string, year: number, school: string): string {
  const slug = foldKey(school).replace(/ /g, '-') || 'school';
  const id = activityId.replace(/[^A-Za-z0-9._-]+/g, '-') || 'activity';
  return `${id}-${year}@learning-week.${slug}.invalid`;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `20211005T073000` — a wall-clock time, to be read with its TZID. */
function localStamp(value: LocalDateTime): string {
  const p = partsOf(value);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`;
}

/** `20211005T003000Z` */
function utcStamp(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** Offset of the zone from UTC in minutes at a wall-clock time. */
function offsetAt(value: LocalDateTime, timeZone: string): number {
  return wallMinutes(value) - toInstant(value, timeZone).getTime() / 60000;
}

/** The zone's offset when it is the same all year (Asia/Ho_Chi_Minh: +07:00, no DST). */
function fixedOffset(timeZone: string, year: number): number | undefined {
  const samples = [1, 4, 7, 10].map((m) => offsetAt(localDateTime(year, m, 1, 12), timeZone));
  return samples.every((o) => o === samples[0]) ? samples[0] : undefined;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function vtimezone(timeZone: string, offset: number): string[] {
  const o = formatOffset(offset);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${o}`,
    `TZOFFSETTO:${o}`,
    `TZNAME:${o.slice(0, 3)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/**
 * The calendar object: VCALENDAR with the method, a VTIMEZONE per fixed-offset zone used (times
 * then carry TZID), and one VEVENT per event. A zone with daylight saving (not ours, but Settings
 * may name one) is written in UTC instead: exact, with no rules to get wrong.
 */
export function writeIcs(calendar: IcsCalendar): string {
  const zones = new Map<string, number | undefined>();
  for (const e of calendar.events) {
    if (!zones.has(e.timeZone)) zones.set(e.timeZone, fixedOffset(e.timeZone, partsOf(e.start).year));
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${calendar.method}`,
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
  ];
  for (const [zone, offset] of zones) if (offset !== undefined) lines.push(...vtimezone(zone, offset));
  const stamp = utcStamp(calendar.stamp);
  for (const e of calendar.events) {
    const fixed = zones.get(e.timeZone) !== undefined;
    const time = (name: string, value: LocalDateTime): string =>
      fixed
        ? `${name};TZID=${e.timeZone}:${localStamp(value)}`
        : `${name}:${utcStamp(toInstant(value, e.timeZone))}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${stamp}`,
      time('DTSTART', e.start),
      time('DTEND', e.end),
      `SUMMARY:${escapeText(e.title)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
    lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
    if (e.organizer) lines.push(`ORGANIZER${cn(e.organizer)}:mailto:${e.organizer.email}`);
    for (const a of e.attendees) {
      lines.push(`ATTENDEE${cn(a)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
    }
    if (!e.cancelled) {
      for (const minutes of e.reminderMinutes ?? []) {
        lines.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(e.title)}`,
          `TRIGGER:-PT${minutes}M`,
          'END:VALARM',
        );
      }
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

function cn(person: IcsPerson): string {
  return person.name ? `;CN=${paramValue(person.name)}` : '';
}
