import { localDateTime, partsOf, type LocalDateTime } from './cell';

/**
 * Conversions between instants (`Date`) and the school's wall clock. Pure: they depend on the
 * zone passed in, never on the machine's TZ, so the core is right under TZ=UTC too.
 *
 * Built on the oldest part of Intl that reads a zone, `DateTimeFormat#formatToParts` with
 * numeric fields. Nothing here asks for `timeZoneName` (neither 'longOffset' nor 'shortOffset'):
 * an engine that lacks an option throws or ignores it, and Google does not say which options
 * Apps Script's V8 carries. A zone's offset is the difference between the wall clock Intl
 * reads for an instant and that instant.
 */
export const SCHOOL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface ZoneFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * One formatter per zone (building one costs far more than using it). Keyed by the
 * DateTimeFormat constructor too, so a realm whose Intl is replaced (tests) never sees a
 * formatter of the previous one.
 */
const formatters = new WeakMap<object, Map<string, Intl.DateTimeFormat>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const constructor = Intl.DateTimeFormat;
  let byZone = formatters.get(constructor);
  if (!byZone) {
    byZone = new Map();
    formatters.set(constructor, byZone);
  }
  let formatter = byZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    byZone.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone; throws when Intl answers something unreadable. */
function zoneFields(ms: number, timeZone: string): ZoneFields {
  const fields: Partial<Record<keyof ZoneFields, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in FIELD_NAMES) fields[part.type as keyof ZoneFields] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = fields;
  for (const value of [year, month, day, hour, minute, second]) {
    if (value === undefined || !Number.isInteger(value)) {
      throw new RangeError(
        `Intl không cho ngày giờ đọc được của ${new Date(ms).toISOString()} ở múi giờ ${timeZone}`,
      );
    }
  }
  // Some engines write midnight as 24:00 of the same day despite hourCycle h23.
  return {
    year: year!,
    month: month!,
    day: day!,
    hour: hour! === 24 ? 0 : hour!,
    minute: minute!,
    second: second!,
  };
}

const FIELD_NAMES: Record<keyof ZoneFields, true> = {
  year: true,
  month: true,
  day: true,
  hour: true,
  minute: true,
  second: true,
};

/** ms since the epoch of the wall clock read as if it were UTC (years below 100 stay as they are). */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** The zone's offset from UTC at the instant, in ms (+07:00 → 25 200 000). */
function offsetMs(ms: number, timeZone: string): number {
  const f = zoneFields(ms, timeZone);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second) - wholeSecond;
}

/** The zone's offset from UTC at the instant, in minutes: 420 for Viet Nam, -240 for New York in summer. */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return offsetMs(instant.getTime(), timeZone) / MINUTE_MS;
}

export function toWallClock(instant: Date, timeZone: string): LocalDateTime {
  const f = zoneFields(instant.getTime(), timeZone);
  return localDateTime(f.year, f.month, f.day, f.hour, f.minute);
}

/**
 * The instant the zone's clocks show this wall time. The offset is found by iterating: each
 * offset in effect a day before and a day after (a zone changes its offset at most once in two
 * days) is tried, and kept when the instant it gives reads back with that same offset.
 * - One fits: that instant.
 * - Two fit (clocks set back, the wall time happens twice): the earlier instant.
 * - None fits (clocks set forward, the wall time never happens): the offset from before the
 *   change, so 02:30 on a night that jumps from 02:00 to 03:00 becomes 03:30 — what java.time
 *   and Temporal's 'compatible' do.
 * Viet Nam has kept one offset since 1975; the rule matters for sheets set to other zones.
 */
export function toInstant(value: LocalDateTime, timeZone: string): Date {
  const p = partsOf(value);
  const wall = utcMs(p.year, p.month, p.day, p.hour, p.minute);
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const fitting = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => wall - offsetMs(ms, timeZone) === ms);
  return new Date(fitting.length > 0 ? Math.min(...fitting) : wall - before);
}

/** True when the name is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}
