import { describe, expect, it } from 'vitest';
import { syncCalendar } from '../../src/app/calendar/sync-calendar';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { localDateTime } from '../../src/core/cell';
import { SCHOOL_TIME_ZONE, toInstant } from '../../src/core/time-zone';
import { freeLock, noCalls, quietLog, RecordingCalendar } from '../../src/local/bench/bench-ports';
import { schoolResponses, schoolTables } from '../../src/local/bench/bench-school';
import type { PropertiesPort } from '../../src/ports';

/**
 * What the calendar keeps in the script properties at a school of 200 staff and 2,000 families
 * (every family signed up for a session, so seated parents are late guests too): a digest per
 * activity, not its guest list. Apps Script holds 500 KB in all; the drain's send journal and
 * the response queue need room there too.
 */
class MapProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  get(key: string): string | undefined {
    return this.values.get(key);
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
  bytes(): number {
    let total = 0;
    for (const [k, v] of this.values) total += Buffer.byteLength(k + v, 'utf8');
    return total;
  }
}

const at = (day: number, hour: number) => ({
  now: () => toInstant(localDateTime(2021, 10, day, hour, 0), SCHOOL_TIME_ZONE),
});

describe('the calendar’s share of the properties', () => {
  it('at 200 staff and 2,000 families stays under 4 KB, with no address in it', () => {
    const size = { label: 'vừa', staff: 200, families: 2_000 };
    const tables = schoolTables(size);
    importResponses({ tables, clock: at(1, 7), lock: freeLock, log: quietLog }, schoolResponses(size));
    const properties = new MapProperties();
    const calendar = new RecordingCalendar(noCalls());
    const ports = { tables, properties, calendar, lock: freeLock, log: quietLog };
    // Until every queued calendar write is carried out (the sync stops at its time budget).
    for (let hour = 6; hour < 12; hour++) {
      const result = syncCalendar({ ...ports, clock: at(2, hour) });
      if (result.pending === 0 && result.queued === 0) break;
    }
    const known = [...properties.values].filter(([k]) => k.startsWith('calendar:2021:'));
    expect(known.length).toBeGreaterThan(3);
    const bytes = properties.bytes();
    console.log(`calendar properties at 200/2,000: ${bytes} bytes in ${properties.values.size} keys`);
    expect(bytes).toBeLessThan(4 * 1024);
    expect([...properties.values.values()].join('\n')).not.toMatch(/@(giadinh|truong)\.example/);
  });
});
