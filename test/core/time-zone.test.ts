import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDateTime, wallMinutes } from '../../src/core/cell';
import { toInstant, toWallClock, utcOffsetMinutes } from '../../src/core/time-zone';
import { OFFSET_NAMES, stubIntl } from './intl-stubs';

afterEach(() => {
  vi.unstubAllGlobals();
});

const at = (iso: string) => new Date(iso);
const wall = (y: number, mo: number, d: number, h: number, mi: number) => localDateTime(y, mo, d, h, mi);

describe('offsets and wall clocks, read from formatToParts', () => {
  it('knows the offsets of zones with whole, half and quarter hours, in summer and winter', () => {
    expect(utcOffsetMinutes(at('2021-10-05T01:00Z'), 'Asia/Ho_Chi_Minh')).toBe(420);
    expect(utcOffsetMinutes(at('2021-07-01T12:00Z'), 'America/New_York')).toBe(-240);
    expect(utcOffsetMinutes(at('2021-12-01T12:00Z'), 'America/New_York')).toBe(-300);
    expect(utcOffsetMinutes(at('2021-10-05T01:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(utcOffsetMinutes(at('2021-10-05T01:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes(at('2021-01-05T01:00Z'), 'Pacific/Chatham')).toBe(825);
  });

  it('reads the wall clock across a date line and a year end', () => {
    expect(toWallClock(at('2021-12-31T17:30Z'), 'Asia/Ho_Chi_Minh').iso).toBe('2022-01-01T00:30');
    expect(toWallClock(at('2021-10-04T23:59Z'), 'Pacific/Kiritimati').iso).toBe('2021-10-05T13:59');
    expect(toWallClock(at('2021-10-05T01:00Z'), 'Pacific/Pago_Pago').iso).toBe('2021-10-04T14:00');
  });
});

describe('the instant of a wall time, by iterating on the offset', () => {
  it('a wall time skipped when clocks go forward is read with the offset from before the change', () => {
    // New York, 14/03/2021: 02:00 → 03:00; Berlin, 28/03/2021: 02:00 → 03:00.
    expect(toInstant(wall(2021, 3, 14, 2, 30), 'America/New_York').toISOString()).toBe(
      '2021-03-14T07:30:00.000Z',
    );
    expect(toWallClock(toInstant(wall(2021, 3, 14, 2, 30), 'America/New_York'), 'America/New_York').iso).toBe(
      '2021-03-14T03:30',
    );
    expect(toInstant(wall(2021, 3, 28, 2, 30), 'Europe/Berlin').toISOString()).toBe(
      '2021-03-28T01:30:00.000Z',
    );
  });

  it('a wall time that happens twice when clocks go back is the earlier instant', () => {
    // New York, 07/11/2021: 02:00 EDT → 01:00 EST; Berlin, 31/10/2021: 03:00 → 02:00.
    expect(toInstant(wall(2021, 11, 7, 1, 30), 'America/New_York').toISOString()).toBe(
      '2021-11-07T05:30:00.000Z',
    );
    expect(toInstant(wall(2021, 10, 31, 2, 30), 'Europe/Berlin').toISOString()).toBe(
      '2021-10-31T00:30:00.000Z',
    );
  });

  it('every instant comes back from its wall clock, except the second pass of a repeated hour', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          const back = toInstant(toWallClock(instant, zone), zone).getTime();
          if (back !== instant.getTime()) {
            // the same wall time, one offset change earlier
            expect(back).toBeLessThan(instant.getTime());
            expect(toWallClock(new Date(back), zone)).toEqual(toWallClock(instant, zone));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any wall time lands on itself, or just after a gap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'),
        (minute, zone) => {
          const asked = toWallClock(new Date(minute * 60_000), 'UTC');
          const landed = toWallClock(toInstant(asked, zone), zone);
          const moved = wallMinutes(landed) - wallMinutes(asked);
          expect([0, 30, 60]).toContain(moved);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('on engines with less Intl than Node', () => {
  it('never asks for a timeZoneName, so an engine without longOffset gives the same answers', () => {
    const seen = stubIntl({ refuse: (o) => OFFSET_NAMES.includes(String(o.timeZoneName)) });
    expect(toInstant(wall(2021, 10, 5, 8, 0), 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2021-10-05T01:00:00.000Z',
    );
    expect(toWallClock(at('2021-10-05T01:00Z'), 'Europe/Berlin').iso).toBe('2021-10-05T03:00');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((o) => o.timeZoneName !== undefined)).toEqual([]);
  });

  it('reads an hour written "24" (midnight on some engines) as 00 of the same day', () => {
    stubIntl({
      parts: (parts) =>
        parts.map((p) => (p.type === 'hour' && /^0+$/.test(p.value) ? { ...p, value: '24' } : p)),
    });
    expect(toWallClock(at('2021-10-04T17:05Z'), 'Asia/Ho_Chi_Minh').iso).toBe('2021-10-05T00:05');
    expect(toInstant(wall(2021, 10, 5, 0, 5), 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2021-10-04T17:05:00.000Z',
    );
  });

  it('builds one formatter per zone, not one per conversion', () => {
    const seen = stubIntl({});
    for (let day = 1; day <= 28; day++) toInstant(wall(2021, 2, day, 8, 0), 'Asia/Tokyo');
    for (let h = 0; h < 24; h++) toWallClock(new Date(Date.UTC(2021, 9, 5, h)), 'Asia/Tokyo');
    expect(seen).toHaveLength(1);
  });

  it('throws rather than computing a date from parts that are not numbers', () => {
    stubIntl({ parts: (parts) => parts.map((p) => (p.type === 'literal' ? p : { ...p, value: '?' })) });
    expect(() => toWallClock(at('2021-10-05T01:00Z'), 'Asia/Ho_Chi_Minh')).toThrow(RangeError);
    expect(() => toInstant(wall(2021, 10, 5, 8, 0), 'Asia/Ho_Chi_Minh')).toThrow(RangeError);
  });
});
