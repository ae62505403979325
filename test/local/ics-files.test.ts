import { readIcs } from '../support/ics-read';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setup } from '../../src/app/plan/setup';
import { localDateTime } from '../../src/core/cell';
import { writeCalendarFiles } from '../../src/local/calendar/ics-files';
import type { PlanPorts } from '../../src/app/calendar/sync-calendar';
import { MemoryTables } from '../support/memory-tables';
import {
  calendarTables,
  MemoryProperties,
  setActivities,
  type ActivityRow,
} from '../core/calendar/calendar-world';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const outDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'lw-ics-'));
  dirs.push(d);
  return join(d, 'out', 'calendar');
};

const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));

function ports(
  tables: MemoryTables,
  properties = new MemoryProperties(),
): PlanPorts & { properties: MemoryProperties } {
  return { tables, properties, clock: { now: () => NOW } };
}

const ROWS: ActivityRow[] = [
  {
    id: 'HD04',
    title: 'Dự Lễ khai mạc, điểm cầu; “Quận 1”',
    category: 'khai mạc',
    start: localDateTime(2021, 10, 5, 8, 0),
    end: localDateTime(2021, 10, 5, 11, 0),
  },
  {
    id: 'HD06',
    title: 'Tập huấn Internet an toàn',
    category: 'tập huấn',
    start: localDateTime(2021, 10, 6, 14, 0),
    end: localDateTime(2021, 10, 6, 16, 0),
  },
];

describe('writeCalendarFiles', () => {
  it('writes one REQUEST per activity and the week feed, at the right instants, with attendees', async () => {
    const dir = outDir();
    const result = await writeCalendarFiles(ports(calendarTables(ROWS, 3)), dir);
    expect(readdirSync(dir).sort()).toEqual(['HD04.ics', 'HD06.ics', 'learning-week-2021.ics']);
    expect(result).toMatchObject({ events: 2, guests: 3, cancelled: 0 });
    const [hd04] = readIcs(join(dir, 'HD04.ics'));
    expect(hd04).toMatchObject({
      method: 'REQUEST',
      uid: 'HD04-2021@learning-week.truong-mam-non-20-10.invalid',
      sequence: 0,
      status: 'CONFIRMED',
      startUtc: '2021-10-05T01:00:00.000Z',
      summary: 'Dự Lễ khai mạc, điểm cầu; “Quận 1”',
      attendees: ['mailto:gv1@truong.example', 'mailto:gv2@truong.example', 'mailto:gv3@truong.example'],
    });
    expect(Object.keys(hd04!).sort()).toEqual(
      ['attendees', 'emails', 'endUtc', 'method', 'sequence', 'startUtc', 'status', 'summary', 'uid'].sort(),
    );
    const feed = readIcs(join(dir, 'learning-week-2021.ics'));
    expect(feed.map((e) => [e.method, e.uid.split('@')[0], e.startUtc])).toEqual([
      ['PUBLISH', 'HD04-2021', '2021-10-05T01:00:00.000Z'],
      ['PUBLISH', 'HD06-2021', '2021-10-06T07:00:00.000Z'],
    ]);
  });

  it('keeps UIDs and SEQUENCE on a re-run, bumps SEQUENCE on an edit, and cancels with METHOD:CANCEL', async () => {
    const dir = outDir();
    const tables = calendarTables(ROWS, 3);
    const p = ports(tables);
    await writeCalendarFiles(p, dir);
    const sets = p.properties.calls.set;
    const again = await writeCalendarFiles(p, dir);
    expect(again.ops).toEqual([]);
    expect(p.properties.calls.set).toBe(sets);
    expect(readdirSync(dir).sort()).toEqual(['HD04.ics', 'HD06.ics', 'learning-week-2021.ics']);
    expect(readIcs(join(dir, 'HD04.ics'))[0]!.sequence).toBe(0);

    setActivities(tables, [ROWS[0]!, { ...ROWS[1]!, end: localDateTime(2021, 10, 6, 16, 30) }]);
    await writeCalendarFiles(p, dir);
    expect(readIcs(join(dir, 'HD04.ics'))[0]!.sequence).toBe(0);
    expect(readIcs(join(dir, 'HD06.ics'))[0]!.sequence).toBe(1);

    setActivities(tables, [
      { ...ROWS[0]!, status: 'hủy' },
      { ...ROWS[1]!, end: localDateTime(2021, 10, 6, 16, 30) },
    ]);
    const cancelled = await writeCalendarFiles(p, dir);
    expect(cancelled.cancelled).toBe(1);
    expect(readIcs(join(dir, 'HD04.ics'))[0]).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: 1,
    });
    const feed = readIcs(join(dir, 'learning-week-2021.ics'));
    expect(feed.map((e) => [e.uid.split('@')[0], e.status])).toEqual([
      ['HD04-2021', 'CANCELLED'],
      ['HD06-2021', 'CONFIRMED'],
    ]);
    expect(new Set(feed.map((e) => e.uid)).size).toBe(feed.length);
  });

  it('writes nothing in a dry run, and returns the preview', async () => {
    const dir = outDir();
    const p = ports(calendarTables(ROWS, 3));
    const result = await writeCalendarFiles(p, dir, { dryRun: true });
    expect(result.preview[0]).toBe(
      'Tạo sự kiện HD04 ‘Dự Lễ khai mạc, điểm cầu; “Quận 1”’ thứ Ba, 05/10/2021 08:00–11:00, 3 khách mời',
    );
    expect(p.properties.calls.set).toBe(0);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('turns the seed plan’s invitation activities into events inside 01–07/10/2021, twice the same', async () => {
    const tables = new MemoryTables();
    setup(
      { tables, clock: { now: () => NOW }, log: { info: () => undefined, error: () => undefined } },
      { plan: 'seed', sample: true },
    );
    const dir = outDir();
    const p = ports(tables);
    const first = await writeCalendarFiles(p, dir);
    expect(first.events).toBeGreaterThanOrEqual(4);
    const feed = readIcs(join(dir, 'learning-week-2021.ics'));
    for (const e of feed) {
      expect(e.startUtc >= '2021-09-30T17:00:00.000Z' && e.startUtc < '2021-10-07T17:00:00.000Z').toBe(true);
      expect(e.attendees.length).toBeGreaterThan(0);
    }
    expect(
      feed.some((e) => e.summary.startsWith('Dự Lễ khai mạc') && e.startUtc === '2021-10-05T00:30:00.000Z'),
    ).toBe(true);
    const files = readdirSync(dir).sort();
    await writeCalendarFiles(p, dir);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(readIcs(join(dir, 'learning-week-2021.ics')).map((e) => [e.uid, e.sequence])).toEqual(
      feed.map((e) => [e.uid, e.sequence]),
    );
  });
});
