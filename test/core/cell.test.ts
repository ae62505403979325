import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localDateTime, partsOf, wallMinutes, weekdayOf, withTime } from '../../src/core/cell';
import { formatDayDate, formatDayDateTime, formatLongDate } from '../../src/core/i18n/dates';
import { SCHOOL_TIME_ZONE, isKnownTimeZone, toInstant, toWallClock } from '../../src/core/time-zone';

describe('wall-clock dates', () => {
  it('knows the weekdays of the weeks the product runs', () => {
    expect(formatDayDate(localDateTime(2021, 10, 1))).toBe('thứ Sáu, 01/10/2021');
    expect(formatDayDate(localDateTime(2021, 10, 5))).toBe('thứ Ba, 05/10/2021');
    expect(formatDayDate(localDateTime(2024, 10, 1))).toBe('thứ Ba, 01/10/2024');
    expect(formatDayDate(localDateTime(2022, 10, 2))).toBe('Chủ nhật, 02/10/2022');
    expect(formatDayDate(localDateTime(2021, 10, 5), 'en')).toBe('Tuesday, 05/10/2021');
  });

  it('writes the administrative date form', () => {
    expect(formatLongDate(localDateTime(2021, 10, 7))).toBe('ngày 07 tháng 10 năm 2021');
    expect(formatDayDateTime(localDateTime(2021, 10, 5, 8, 30))).toBe('thứ Ba, 05/10/2021 08:30');
  });

  it('refuses impossible dates', () => {
    expect(() => localDateTime(2021, 2, 29)).toThrow(RangeError);
    expect(() => localDateTime(2021, 10, 5, 24)).toThrow(RangeError);
  });

  it('adds days across month and year ends without moving the time', () => {
    expect(addDays(localDateTime(2021, 12, 31, 8, 15), 1).iso).toBe('2022-01-01T08:15');
    expect(withTime(localDateTime(2021, 10, 5, 8), 17, 30).iso).toBe('2021-10-05T17:30');
    expect(weekdayOf(addDays(localDateTime(2021, 10, 1), 6))).toBe(4);
  });

  it('orders by wall minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (a, b) => {
        const base = localDateTime(2021, 10, 1);
        const x = addDays(base, a % 300);
        const y = addDays(base, b % 300);
        expect(Math.sign(wallMinutes(x) - wallMinutes(y))).toBe(Math.sign((a % 300) - (b % 300)));
      }),
    );
  });
});

describe('time zones (independent of the machine zone)', () => {
  it('maps 08:00 in Ho Chi Minh City to 01:00 UTC and back', () => {
    const at = localDateTime(2021, 10, 5, 8, 0);
    const instant = toInstant(at, SCHOOL_TIME_ZONE);
    expect(instant.toISOString()).toBe('2021-10-05T01:00:00.000Z');
    expect(toWallClock(instant, SCHOOL_TIME_ZONE)).toEqual(at);
    expect(toWallClock(instant, 'America/Los_Angeles').iso).toBe('2021-10-04T18:00');
  });

  it('round-trips any wall-clock minute through zones without a DST gap', () => {
    const zones = [SCHOOL_TIME_ZONE, 'UTC', 'Asia/Tokyo', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (y, mo, d, h, mi, zone) => {
          const at = localDateTime(y, mo, d, h, mi);
          expect(toWallClock(toInstant(at, zone), zone)).toEqual(at);
          expect(partsOf(at)).toEqual({ year: y, month: mo, day: d, hour: h, minute: mi });
        },
      ),
    );
  });

  it('recognises zone names', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Asia/Hanoi_Not_A_Zone')).toBe(false);
  });
});
