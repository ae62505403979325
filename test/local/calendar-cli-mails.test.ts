import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { localDateTime } from '../../src/core/cell';
import { BufferedProperties, syncLocalCalendar } from '../../src/local/calendar/local-calendar';
import type { MemoryTables } from '../support/memory-tables';
import {
  calendarTables,
  MemoryProperties,
  setActivities,
  type ActivityRow,
} from '../core/calendar/calendar-world';

/** The mails of `sync`, in memory: which guest is told what, and when the state is recorded. */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const outDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'lw-sync-mails-'));
  dirs.push(d);
  return d;
};

const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));
const ROWS: ActivityRow[] = [
  { id: 'HD06', start: localDateTime(2021, 10, 6, 14, 0), end: localDateTime(2021, 10, 6, 16, 0) },
];

const keysOf = (tables: MemoryTables): string[] => loadOutbox(tables).ledger.rows.map((r) => r.entry.key);

async function sync(tables: MemoryTables, base: MemoryProperties, dir: string, commit = true) {
  const properties = new BufferedProperties(base);
  const result = await syncLocalCalendar({ tables, properties, clock: { now: () => NOW } }, dir);
  if (commit) properties.commit();
  return result;
}

describe('sync mails', () => {
  it('a guest no longer invited gets one METHOD:CANCEL mail; the others get nothing', async () => {
    const dir = outDir();
    const base = new MemoryProperties();
    const three = calendarTables(ROWS, 3);
    expect((await sync(three, base, dir)).mailsQueued).toBe(3);
    // The third teacher leaves the roster. The workbook keeps its outbox: the record of who was
    // invited (the properties keep only a digest of the list).
    const two = calendarTables(ROWS, 2);
    const outbox = loadOutbox(three).tabName!;
    two.tabs.set(
      outbox,
      three.tabs.get(outbox)!.map((line) => [...line]),
    );
    const before = keysOf(two);
    const result = await sync(two, base, dir);
    expect(keysOf(two).filter((k) => !before.includes(k))).toEqual([
      'calendar-cancel:HD06:gv3@truong.example:1',
    ]);
    expect(result.mailsQueued).toBe(1);
    const payload = JSON.parse(loadOutbox(two).ledger.rows.at(-1)!.entry.payload) as {
      attachments: { mimeType: string; content: string }[];
    };
    expect(payload.attachments[0]!.mimeType).toBe('text/calendar; method=CANCEL; charset=UTF-8');
    // Unfolded (RFC 5545 folds lines at 75 octets).
    const ics = payload.attachments[0]!.content.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toMatch(/^ATTENDEE;.*:mailto:gv3@truong\.example$/m);
    expect(ics).not.toContain('gv1@');
  });

  it('records the calendar state only when committed: an unsaved run is redone, under the same keys', async () => {
    const dir = outDir();
    const base = new MemoryProperties();
    const lost = calendarTables(ROWS, 2);
    await sync(lost, base, dir, false);
    expect(base.get('calendar:2021:index')).toBeUndefined();
    // The workbook save failed: the next run starts from the same state and queues the same mails.
    const retry = calendarTables(ROWS, 2);
    const result = await sync(retry, base, dir);
    expect(result.mailsQueued).toBe(2);
    expect(keysOf(retry)).toEqual(keysOf(lost));
    expect(base.get('calendar:2021:index')).toBe('["HD06"]');
    expect((await sync(retry, base, dir)).mailsQueued).toBe(0);
  });
});

describe('sync mails to a guest list of 2,500', () => {
  /** Each calendar mail's person, method, UID and SEQUENCE, read from its .ics. */
  const icsOf = (tables: MemoryTables) =>
    loadOutbox(tables)
      .ledger.rows.map((r) => r.entry)
      .filter((e) => e.key.startsWith('calendar-'))
      .map((e) => {
        const { attachments } = JSON.parse(e.payload) as { attachments: { content: string }[] };
        const ics = attachments[0]!.content.replace(/\r\n[ \t]/g, '');
        return {
          key: e.key,
          to: e.recipients.join(','),
          method: /^METHOD:(\w+)/m.exec(ics)![1],
          uid: /^UID:(.+)$/m.exec(ics)![1]!.trim(),
          sequence: Number(/^SEQUENCE:(\d+)/m.exec(ics)![1]),
        };
      });

  it('each person gets the invitation, the move and the cancellation of one UID, once each', async () => {
    const dir = outDir();
    const base = new MemoryProperties();
    const tables = calendarTables(ROWS, 2_500);
    expect((await sync(tables, base, dir)).mailsQueued).toBe(2_500);
    expect((await sync(tables, base, dir)).mailsQueued).toBe(0);
    const moved = ROWS.map((r) => ({ ...r, start: localDateTime(2021, 10, 6, 15, 0) }));
    setActivities(tables, moved);
    expect((await sync(tables, base, dir)).mailsQueued).toBe(2_500);
    setActivities(
      tables,
      moved.map((r) => ({ ...r, status: 'hủy' })),
    );
    expect((await sync(tables, base, dir)).mailsQueued).toBe(2_500);
    const mails = icsOf(tables);
    expect(new Set(mails.map((m) => m.key)).size).toBe(mails.length);
    expect(new Set(mails.map((m) => m.uid)).size).toBe(1);
    const byPerson = new Map<string, string[]>();
    for (const m of mails) byPerson.set(m.to, [...(byPerson.get(m.to) ?? []), `${m.method} ${m.sequence}`]);
    expect(byPerson.size).toBe(2_500);
    for (const steps of byPerson.values()) expect(steps).toEqual(['REQUEST 0', 'REQUEST 1', 'CANCEL 2']);
  }, 120_000);
});
