import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_STATES } from '../../src/core/schema/outbox-table';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, tempDir } from './cli-support';

beforeAll(buildCli);

/** The numbers a line like "Đã gửi: 10" of the CLI's output carries. */
const count = (stdout: string, label: string): number => {
  const match = new RegExp(`^${label}.*?: (\\d+)$`, 'm').exec(stdout);
  if (!match) throw new Error(`no "${label}" in:\n${stdout}`);
  return Number(match[1]);
};
const emlFiles = (dir: string): string[] =>
  readdirSync(join(dir, 'out', 'mail')).filter((f) => f.endsWith('.eml'));

async function activeStaff(dir: string, file: string): Promise<number> {
  const grid = (await Workbook.open(join(dir, file))).read('Nhân sự')!;
  const col = grid[0]!.indexOf('Đang làm việc');
  expect(col).toBeGreaterThanOrEqual(0);
  return grid.slice(1).filter((row) => row[col] !== 'không').length;
}

function sampleWorkbook(): { dir: string; file: string } {
  const dir = tempDir();
  expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir).status).toBe(0);
  return { dir, file: 'k.xlsx' };
}

describe('learning-week invite, drain and outbox', () => {
  it('invite and drain twice in a row send each invitation once', async () => {
    const { dir, file } = sampleWorkbook();
    const staff = await activeStaff(dir, file);
    const now = ['--now', '2021-09-28T08:00'];

    const first = cli(['invite', file, ...now], dir);
    expect(first.stderr).toBe('');
    expect(count(first.stdout, 'Thư mời mới xếp')).toBe(staff);
    const again = cli(['invite', file, ...now], dir);
    expect(count(again.stdout, 'Thư mời mới xếp')).toBe(0);
    expect(count(again.stdout, 'Thư mời đã có từ trước')).toBe(staff);

    const drain = cli(['drain', file, ...now], dir);
    expect(drain.stderr).toBe('');
    expect(count(drain.stdout, 'Đã gửi')).toBe(staff);
    const files = emlFiles(dir);
    expect(files).toHaveLength(staff);
    const times = files.map((f) => statSync(join(dir, 'out', 'mail', f)).mtimeMs);

    const drainAgain = cli(['drain', file, '--now', '2021-09-29T08:00'], dir);
    expect(count(drainAgain.stdout, 'Đã gửi')).toBe(0);
    expect(emlFiles(dir)).toEqual(files);
    // Not even rewritten.
    expect(files.map((f) => statSync(join(dir, 'out', 'mail', f)).mtimeMs)).toEqual(times);
  });

  it('with --daily-limit 10 sends 10, defers the rest to tomorrow, and sends them on a later day', () => {
    const { dir, file } = sampleWorkbook();
    cli(['invite', file], dir);
    const first = cli(['drain', file, '--daily-limit', '10', '--now', '2021-09-28T08:00'], dir);
    expect(first.stderr).toBe('');
    expect(count(first.stdout, 'Đã gửi')).toBe(10);
    const deferred = count(first.stdout, 'Hoãn sang ngày mai');
    expect(deferred).toBeGreaterThan(0);
    expect(count(first.stdout, 'Còn chờ gửi')).toBe(deferred);
    expect(emlFiles(dir)).toHaveLength(10);

    // The same local day, hours later: the day's quota is spent, nothing goes.
    const sameDay = cli(['drain', file, '--daily-limit', '10', '--now', '2021-09-28T23:50'], dir);
    expect(count(sameDay.stdout, 'Đã gửi')).toBe(0);
    expect(count(sameDay.stdout, 'Còn chờ gửi')).toBe(deferred);
    expect(emlFiles(dir)).toHaveLength(10);

    const outbox = cli(['outbox', file], dir);
    expect(outbox.stdout).toMatch(/^đã gửi\s+10$/m);
    expect(outbox.stdout).toMatch(new RegExp(`^hoãn do hạn mức\\s+${deferred}$`, 'm'));

    const later = cli(['drain', file, '--now', '2021-09-29T07:00'], dir);
    expect(count(later.stdout, 'Đã gửi')).toBe(deferred);
    expect(count(later.stdout, 'Còn chờ gửi')).toBe(0);
    expect(emlFiles(dir)).toHaveLength(10 + deferred);
  });

  it('outbox prints one row per entry under Vietnamese headers and the count of every state', () => {
    const { dir, file } = sampleWorkbook();
    cli(['invite', file], dir);
    cli(['drain', file, '--daily-limit', '3', '--now', '2021-09-28T08:00'], dir);
    const run = cli(['outbox', file], dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Dòng\s+Mã thư\s+Người nhận\s+Trạng thái\s+Số lần thử\s+Thử lại lúc\s+Xong lúc\s+Lỗi gần nhất$/,
    );
    expect(lines.filter((l) => /^\d+\s+invite-mail:/.test(l)).length).toBeGreaterThan(3);
    expect(run.stdout).toMatch(/^\d+\s+invite-mail:\S+\s+\S+@\S+\s+đã gửi\s+1\s+28\/09\/2021 08:00$/m);
    for (const state of OUTBOX_STATES) expect(run.stdout).toMatch(new RegExp(`^${state}\\s+\\d+$`, 'm'));
    expect(run.stdout).toMatch(/Tổng cộng: 3 đã gửi, \d+ hoãn do hạn mức\./);
  });

  it('every .eml has a Vietnamese subject, a text and an HTML part, and the recipient from People', async () => {
    const { dir, file } = sampleWorkbook();
    cli(['invite', file], dir);
    cli(['drain', file, '--now', '2021-09-28T08:00'], dir);
    const people = (await Workbook.open(join(dir, file))).read('Nhân sự')!;
    const emailCol = people[0]!.indexOf('Email');
    const addresses = new Set(people.slice(1).map((r) => String(r[emailCol]).toLowerCase()));
    for (const name of emlFiles(dir)) {
      const mail = await simpleParser(readFileSync(join(dir, 'out', 'mail', name)));
      expect(mail.subject).toMatch(/Thư mời/);
      expect(mail.subject).toBe(mail.subject!.normalize('NFC'));
      expect(mail.text).toContain('Tuần lễ');
      expect(mail.html).toContain('Chương trình hoạt động</h2>');
      const to = Array.isArray(mail.to) ? mail.to[0]! : mail.to!;
      expect(addresses.has(to.value[0]!.address!.toLowerCase())).toBe(true);
    }
  });

  it('refuses a missing workbook and a bad limit in one Vietnamese line, exit 2, writing nothing', () => {
    const dir = tempDir();
    const missing = cli(['drain', 'khong-co.xlsx'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('Không mở được tệp khong-co.xlsx: tệp không tồn tại.');
    expect(readdirSync(dir)).toEqual([]);
    const bad = cli(['drain', 'k.xlsx', '--daily-limit', 'nhiều'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toContain('Hạn mức "nhiều" không hợp lệ');
  });
});
