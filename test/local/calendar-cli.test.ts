import { readIcs } from '../support/ics-read';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, columnOf, rowWhere, tempDir } from './cli-support';

/**
 * `learning-week sync` as the principal runs it, the results read by independent programs:
 * ical.js for the .ics files, mailparser for the invitation mails, exceljs for the outbox.
 */

beforeAll(buildCli, 60_000);

const NOW = '2021-09-28T08:00';
const LATER = '2021-09-29T08:00';
const FILE = 'k.xlsx';

const calendarDir = (dir: string): string => join(dir, 'out', 'calendar');
const icsFiles = (dir: string): string[] => readdirSync(calendarDir(dir)).sort();
/** The file as a client would compare it: DTSTAMP is when it was written, not what it says. */
const withoutStamp = (path: string): string =>
  readFileSync(path, 'utf8')
    .split('\r\n')
    .filter((l) => !l.startsWith('DTSTAMP'))
    .join('\n');

async function outboxKeys(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Hộp thư đi');
  if (!sheet) return [];
  const col = columnOf(sheet, 'Khóa');
  const keys: string[] = [];
  for (let row = 2; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, col).value;
    if (typeof value === 'string' && value !== '') keys.push(value);
  }
  return keys;
}

async function editActivity(path: string, id: string, edit: (sheet: ExcelJS.Worksheet, row: number) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Hoạt động')!;
  edit(sheet, rowWhere(sheet, 'Mã', id));
  await book.xlsx.writeFile(path);
}

function sync(dir: string, now: string, ...more: string[]): { status: number | null; stdout: string } {
  const run = cli(['sync', FILE, '--now', now, ...more], dir);
  expect(run.stderr).toBe('');
  return run;
}

describe('learning-week sync', () => {
  it('writes one .ics per invited activity and the week feed, stable over re-runs, and follows edits', async () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', FILE, '--now', NOW], dir).status).toBe(0);

    // First run: the events, their guests, their invitation mails.
    const first = sync(dir, NOW);
    expect(first.status).toBe(0);
    const files = icsFiles(dir);
    expect(files).toContain('learning-week-2021.ics');
    const perActivity = files.filter((f) => f !== 'learning-week-2021.ics');
    expect(perActivity.length).toBeGreaterThan(0);
    const events = new Map(
      perActivity.map((f) => [f.replace(/\.ics$/, ''), readIcs(join(calendarDir(dir), f))[0]!]),
    );
    const guests = new Set([...events.values()].flatMap((e) => e.emails));
    expect(first.stdout).toContain(`Sự kiện: ${events.size}; khách mời: ${guests.size}.`);
    for (const [id, e] of events) {
      expect(e.method).toBe('REQUEST');
      expect(e.uid).toMatch(new RegExp(`^${id}-2021@`));
      expect(e.sequence).toBe(0);
      expect(e.emails.length).toBeGreaterThan(0);
      // Inside the week 01–07/10/2021 in Asia/Ho_Chi_Minh (UTC+7).
      expect(e.startUtc >= '2021-09-30T17:00:00.000Z' && e.endUtc <= '2021-10-07T17:00:00.000Z').toBe(true);
    }
    // HD08 (the reading-culture launch) is at 08:00 school time on 01/10: 01:00 UTC.
    expect(events.get('HD08')!.startUtc).toBe('2021-10-01T01:00:00.000Z');
    const feed = readIcs(join(calendarDir(dir), 'learning-week-2021.ics'));
    expect(feed.map((e) => e.uid).sort()).toEqual([...events.values()].map((e) => e.uid).sort());

    const keys1 = await outboxKeys(join(dir, FILE));
    const invitations = keys1.filter((k) => k.startsWith('calendar-invite:'));
    const expectedInvitations = [...events].flatMap(([id, e]) =>
      e.emails.map((g) => `calendar-invite:${id}:${g}:0`),
    );
    expect(invitations.sort()).toEqual(expectedInvitations.sort());
    expect(first.stdout).toContain(`Thư mời lịch mới xếp vào Hộp thư đi: ${expectedInvitations.length}.`);

    // Second run without edits: same files, same UIDs, no new mail.
    const before = new Map(files.map((f) => [f, withoutStamp(join(calendarDir(dir), f))]));
    const second = sync(dir, LATER);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Thư mời lịch mới xếp vào Hộp thư đi: 0.');
    expect(icsFiles(dir)).toEqual(files);
    for (const f of files) expect(withoutStamp(join(calendarDir(dir), f))).toBe(before.get(f));
    expect(await outboxKeys(join(dir, FILE))).toEqual(keys1);

    // The principal moves HD08 to 09:00–10:30: only HD08.ics changes, SEQUENCE 1, one update per guest.
    await editActivity(join(dir, FILE), 'HD08', (sheet, row) => {
      sheet.getCell(row, columnOf(sheet, 'Bắt đầu')).value = new Date(Date.UTC(2021, 9, 1, 9, 0));
      sheet.getCell(row, columnOf(sheet, 'Kết thúc')).value = new Date(Date.UTC(2021, 9, 1, 10, 30));
    });
    const third = sync(dir, LATER);
    expect(third.status).toBe(0);
    const moved = readIcs(join(calendarDir(dir), 'HD08.ics'))[0]!;
    expect(moved).toMatchObject({ uid: events.get('HD08')!.uid, sequence: 1, method: 'REQUEST' });
    expect(moved.startUtc).toBe('2021-10-01T02:00:00.000Z');
    for (const f of perActivity.filter((f) => f !== 'HD08.ics')) {
      expect(withoutStamp(join(calendarDir(dir), f)), f).toBe(before.get(f));
    }
    const keys3 = await outboxKeys(join(dir, FILE));
    const added3 = keys3.filter((k) => !keys1.includes(k));
    expect(added3.sort()).toEqual(moved.emails.map((g) => `calendar-invite:HD08:${g}:1`).sort());

    // HD13 is cancelled: METHOD:CANCEL under the same UID, and each of its guests is told once.
    const closing = events.get('HD13')!;
    await editActivity(join(dir, FILE), 'HD13', (sheet, row) => {
      sheet.getCell(row, columnOf(sheet, 'Trạng thái')).value = 'hủy';
    });
    expect(sync(dir, LATER).status).toBe(0);
    const cancelled = readIcs(join(calendarDir(dir), 'HD13.ics'))[0]!;
    expect(cancelled).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: closing.uid, sequence: 1 });
    const keys4 = await outboxKeys(join(dir, FILE));
    expect(keys4.filter((k) => !keys3.includes(k)).sort()).toEqual(
      closing.emails.map((g) => `calendar-cancel:HD13:${g}:1`).sort(),
    );
    expect(sync(dir, LATER).stdout).toContain('Thư mời lịch mới xếp vào Hộp thư đi: 0.');
    expect(icsFiles(dir)).toEqual(files);

    // The drain sends them; each mail carries the guest's own .ics as a text/calendar part.
    expect(cli(['drain', FILE, '--now', LATER, '--daily-limit', '5000'], dir).status).toBe(0);
    const guest = moved.emails[0]!;
    const mails = readdirSync(join(dir, 'out', 'mail'));
    const update = mails.find((f) => f.startsWith(`calendar-invite_HD08_${guest.replace(/@/g, '_')}_1`));
    expect(update, 'the update mail of HD08').toBeDefined();
    const parsed = await simpleParser(readFileSync(join(dir, 'out', 'mail', update!)));
    expect(parsed.subject).toMatch(/^Thay đổi lịch: /);
    const part = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    expect((part?.headers.get('content-type') as { params: Record<string, string> }).params.method).toBe(
      'REQUEST',
    );
    const attached = new ICAL.Event(
      new ICAL.Component(ICAL.parse(part!.content.toString('utf8')) as unknown[]).getFirstSubcomponent(
        'vevent',
      )!,
    );
    expect(attached.uid).toBe(moved.uid);
    expect(attached.sequence).toBe(1);
    expect(attached.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, ''))).toEqual([
      guest,
    ]);
  }, 120_000);

  it('--dry-run prints the changes and writes nothing', async () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', FILE, '--now', NOW], dir).status).toBe(0);
    const bytes = readFileSync(join(dir, FILE));
    const run = sync(dir, NOW, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Tạo sự kiện HD08 .*thứ Sáu, 01\/10\/2021 08:00–09:30/);
    expect(existsSync(calendarDir(dir))).toBe(false);
    expect(readFileSync(join(dir, FILE)).equals(bytes)).toBe(true);
    expect(await outboxKeys(join(dir, FILE))).toEqual([]);
    // …so the real run still has everything to do.
    expect(sync(dir, NOW).stdout).toMatch(/6 tạo mới/);
  }, 60_000);

  it('reminders queues the next day’s reminders once', async () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', FILE, '--now', NOW], dir).status).toBe(0);
    const first = cli(['reminders', FILE, '--now', '2021-10-04T07:00'], dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Đã xếp \d+ thư nhắc lịch cho \d+ hoạt động ngày 05\/10\/2021/);
    const keys = (await outboxKeys(join(dir, FILE))).filter((k) => k.startsWith('reminder:'));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.endsWith(':2021-10-05'))).toBe(true);
    const again = cli(['reminders', FILE, '--now', '2021-10-04T07:30'], dir);
    expect(again.stdout).toMatch(/Đã xếp 0 thư nhắc lịch/);
    expect((await outboxKeys(join(dir, FILE))).filter((k) => k.startsWith('reminder:'))).toEqual(keys);
  }, 60_000);

  it('a missing file is one Vietnamese line and exit 2', () => {
    const dir = tempDir();
    const run = cli(['sync', 'khong-co.xlsx'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Không mở được tệp khong-co\.xlsx: /),
    ]);
  });
});
