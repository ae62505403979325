import { localDateTime } from '../../core/cell';
import { SCHOOL_TIME_ZONE, toInstant } from '../../core/time-zone';
import type { ClockPort } from '../../ports';

export const systemClock: ClockPort = { now: () => new Date() };

/** A clock stopped at one instant (the CLI's --now, for tests and demonstrations). */
export function fixedClock(instant: Date): ClockPort {
  return { now: () => new Date(instant.getTime()) };
}

/**
 * Parses --now: an instant with an offset ("2021-10-05T08:00:00+07:00", "…Z") or a wall-clock
 * time of the school ("2021-10-05T08:00", "2021-10-05"). Undefined when it is neither.
 */
export function parseNow(text: string, zone: string = SCHOOL_TIME_ZONE): Date | undefined {
  const wall = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(text.trim());
  if (wall) {
    const [, y, mo, d, h = '0', mi = '0'] = wall;
    try {
      return toInstant(localDateTime(Number(y), Number(mo), Number(d), Number(h), Number(mi)), zone);
    } catch {
      return undefined;
    }
  }
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) return undefined;
  const instant = new Date(text.trim());
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
