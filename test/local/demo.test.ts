import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { Workbook } from '../../src/local/workbook';
import { buildCli, cli, tempDir, type CliRun } from './cli-support';

beforeAll(buildCli);

/** A tab as records by header, as the principal reads it. */
function records(book: Workbook, tab: string): Record<string, Cell>[] {
  const [header, ...rows] = book.read(tab) ?? [[]];
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i] ?? null])));
}
const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

describe('npm start (learning-week demo)', () => {
  let dir: string;
  let first: CliRun;
  let book: Workbook;

  beforeAll(async () => {
    dir = tempDir();
    first = cli(['demo'], dir);
    book = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
  }, 120_000);

  const line = (pattern: RegExp): RegExpExecArray => {
    const match = pattern.exec(first.stdout);
    if (!match) throw new Error(`${pattern} not in:\n${first.stdout}`);
    return match;
  };

  it('runs cleanly and prints its summary in Vietnamese', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Tuần lễ hưởng ứng học tập suốt đời 2021 – bản chạy thử');
  });

  it('prints the invitations and confirmations sent and deferred as the outbox holds them', () => {
    const [, queued, sent, deferred] = line(/Thư mời: xếp (\d+), đã gửi (\d+), hoãn sang ngày mai (\d+)/).map(
      Number,
    );
    const [, confirmed, later] = line(/Thư xác nhận và thư báo: đã gửi (\d+), hoãn sang ngày mai (\d+)/).map(
      Number,
    );
    const outbox = records(book, 'Hộp thư đi');
    const invitations = outbox.filter((r) => text(r['Khóa']).startsWith('invite-mail:'));
    expect(invitations).toHaveLength(queued!);
    const state = (rows: typeof outbox, s: string): number =>
      rows.filter((r) => r['Trạng thái'] === s).length;
    expect(state(invitations, 'đã gửi')).toBe(sent);
    expect(state(invitations, 'hoãn do hạn mức')).toBe(deferred);
    expect(state(outbox, 'đã gửi')).toBe(sent! + confirmed!);
    expect(state(outbox, 'hoãn do hạn mức')).toBe(deferred! + later!);
    const eml = readdirSync(join(dir, 'out', 'mail')).filter((f) => f.endsWith('.eml'));
    expect(eml).toHaveLength(sent! + confirmed!);
    expect(Number(line(/Thư \(\.eml\): \S+ – (\d+) tệp/)[1])).toBe(eml.length);
  });

  it('prints the opening attendance that the attendance tab and the active staff give', () => {
    const people = records(book, 'Nhân sự').filter((p) => p['Đang làm việc'] !== 'không');
    const staff = new Set(people.map((p) => text(p['Email']).toLowerCase()));
    const valid = records(book, 'Điểm danh khai mạc').filter(
      (r) => text(r['Cần xem lại']) === '' && staff.has(text(r['Email'])),
    );
    const present = valid.filter((r) => r['Hình thức'] === 'Điểm danh có mặt');
    const [, registered, total] = line(/(\d+)\/(\d+) CB-GV-NV đã đăng ký dự khai mạc/).map(Number);
    const [, came] = line(/(\d+)\/\d+ CB-GV-NV đã có mặt tại lễ khai mạc/).map(Number);
    expect(total).toBe(people.length);
    expect(registered).toBe(valid.length);
    expect(came).toBe(present.length);
    expect(first.stdout).toMatch(/chỉ tiêu 50 %/);
  });

  it('prints for each session the seats and the waitlist that the training tab shows', () => {
    const seats = records(book, 'Đăng ký tập huấn').flatMap((r) =>
      text(r['Chỗ / danh sách chờ']).split('; '),
    );
    const sessions = [
      ...first.stdout.matchAll(/^ {4}\[(HD\d+)\] .*: (\d+)(?:\/\d+ chỗ| người)(?:, (\d+) người chờ)?$/gm),
    ];
    expect(sessions.length).toBeGreaterThan(0);
    for (const [, id, seated, waiting] of sessions) {
      expect(seats.filter((s) => s === `${id}: có chỗ`).length).toBe(Number(seated));
      expect(seats.filter((s) => s.startsWith(`${id}: chờ số`)).length).toBe(Number(waiting ?? 0));
    }
    // The sample fills one session and leaves people waiting.
    expect(sessions.some(([, , , waiting]) => Number(waiting ?? 0) > 0)).toBe(true);
  });

  it('prints the nominations, with and without consent, and the flagged rows the tabs hold', () => {
    const nominations = records(book, 'Đề cử gia đình hiếu học');
    const consent = nominations.filter((r) => r['Đồng ý chia sẻ với Hội khuyến học'] === 'có').length;
    const [, total, yes, no] = line(
      /Đề cử "Gia đình hiếu học": (\d+) \((\d+) đồng ý chia sẻ, (\d+) chưa đồng ý/,
    ).map(Number);
    expect(total).toBe(nominations.length);
    expect(yes).toBe(consent);
    expect(no).toBe(nominations.length - consent);
    expect(no).toBeGreaterThan(0);
    const flagged = ['Điểm danh khai mạc', 'Đăng ký tập huấn', 'Đề cử gia đình hiếu học']
      .flatMap((tab) => records(book, tab))
      .filter((r) => text(r['Cần xem lại']) !== '').length;
    expect(Number(line(/Phản hồi cần xem lại \(.*\): (\d+)/)[1])).toBe(flagged);
  });

  it('writes .eml files that parse, each with a Vietnamese subject and a text and an HTML part', async () => {
    const files = readdirSync(join(dir, 'out', 'mail')).filter((f) => f.endsWith('.eml'));
    for (const name of files) {
      const mail = await simpleParser(readFileSync(join(dir, 'out', 'mail', name)));
      expect(mail.subject, name).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
      expect(mail.subject).toBe(mail.subject!.normalize('NFC'));
      expect(mail.text?.trim(), name).not.toBe('');
      expect(mail.html, name).toMatch(/<\/(p|table|div)>/);
    }
  });

  it('writes the three form previews', () => {
    expect(readdirSync(join(dir, 'out', 'forms')).sort()).toEqual([
      'attendance.html',
      'nomination.html',
      'training.html',
    ]);
  });

  it('gives the same summary when run again (a clean out/mail/, not a spent quota)', () => {
    const again = cli(['demo'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  }, 120_000);
});
