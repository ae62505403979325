import { TZDate } from '@date-fns/tz';
import { localDateTime, partsOf, type LocalDateTime } from './cell';

/**
 * Conversions between instants (`Date`) and the school's wall clock. Pure: they depend on the
 * zone passed in, never on the machine's TZ, so the core is right under TZ=UTC too.
 * Runs in Apps Script V8 (Intl time zones are supported there) and in Node.
 */
export const SCHOOL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function toWallClock(instant: Date, timeZone: string): LocalDateTime {
  const z = new TZDate(instant.getTime(), timeZone);
  return localDateTime(z.getFullYear(), z.getMonth() + 1, z.getDate(), z.getHours(), z.getMinutes());
}

export function toInstant(value: LocalDateTime, timeZone: string): Date {
  const p = partsOf(value);
  const z = new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, timeZone);
  return new Date(z.getTime());
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
