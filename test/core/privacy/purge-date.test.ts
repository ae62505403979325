import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { formatLongDate } from '../../../src/core/i18n/dates';
import { isPurgeDue, purgeDueAt } from '../../../src/core/privacy';
import { toInstant, toWallClock } from '../../../src/core/time-zone';

/** Runs under TZ=Asia/Ho_Chi_Minh and TZ=UTC (scripts/test.mjs): nothing here may depend on it. */
describe('the purge date', () => {
  const weekEnd = localDateTime(2021, 10, 7);

  it('is 00:00 of the day after the week end plus the retention days', () => {
    expect(purgeDueAt(weekEnd, 90)).toEqual(localDateTime(2022, 1, 6, 0, 0));
    expect(formatLongDate(purgeDueAt(weekEnd, 90))).toBe('ngày 06 tháng 01 năm 2022');
    expect(purgeDueAt(weekEnd, 0)).toEqual(localDateTime(2021, 10, 8));
    // A week end stored with a time (17:00) changes nothing: the whole last day is kept.
    expect(purgeDueAt(localDateTime(2021, 10, 7, 17, 30), 90)).toEqual(localDateTime(2022, 1, 6));
    // Leap years and month ends are wall-clock arithmetic, not 24-hour steps.
    expect(purgeDueAt(localDateTime(2023, 10, 7), 145)).toEqual(localDateTime(2024, 3, 1));
    // An unusable number of days (negative, NaN) falls back to the default 90.
    expect(purgeDueAt(weekEnd, Number.NaN)).toEqual(localDateTime(2022, 1, 6));
    expect(purgeDueAt(weekEnd, -3)).toEqual(localDateTime(2022, 1, 6));
  });

  it('is due from that minute of the school clock, whatever the machine zone', () => {
    expect(isPurgeDue(localDateTime(2022, 1, 5, 23, 59), weekEnd, 90)).toBe(false);
    expect(isPurgeDue(localDateTime(2022, 1, 6, 0, 0), weekEnd, 90)).toBe(true);
    // 16:59 UTC on 05/01 is 23:59 in Vietnam: not yet; 17:00 UTC is midnight there: due.
    const school = 'Asia/Ho_Chi_Minh';
    expect(isPurgeDue(toWallClock(new Date(Date.UTC(2022, 0, 5, 16, 59)), school), weekEnd, 90)).toBe(false);
    expect(isPurgeDue(toWallClock(new Date(Date.UTC(2022, 0, 5, 17, 0)), school), weekEnd, 90)).toBe(true);
    expect(toInstant(purgeDueAt(weekEnd, 90), school).toISOString()).toBe('2022-01-05T17:00:00.000Z');
  });
});
