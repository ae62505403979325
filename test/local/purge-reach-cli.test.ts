import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleRoster } from '../../src/core/seed';
import { buildCli, cli, columnOf, rowWhere, tempDir } from './cli-support';
import { mailFamiliesIn } from './family-mail-file';

/**
 * After `purge`, nothing the workbook keeps brings a family back: the CLI plays the week with
 * the families invited, two parents seated in trainings and the calendar sent, then the purge,
 * an edit of "Hoạt động" (a place changed, an activity cancelled), `sync` and `drain`. Every
 * .eml the last drain writes is read: none to a purged family, none to a pseudonym.
 */
beforeAll(() => buildCli());

const tz = process.env.TZ ?? 'Asia/Ho_Chi_Minh';
const FAMILIES = new Set(
  sampleRoster()
    .families.map((f) => String(f.email ?? '').toLowerCase())
    .filter((e) => e !== ''),
);
const [PARENT_A, PARENT_B] = [...FAMILIES] as [string, string];
const SIGNUPS = [
  { email: PARENT_A, session: '[HD06] Tập huấn' },
  { email: PARENT_B, session: '[HD10] Lớp học' },
].map(({ email, session }, i) => ({
  timestamp: `2021-09-27T08:0${i}`,
  email,
  answers: {
    'Họ và tên': `Phụ huynh ${i + 1}`,
    'Bạn là': 'Phụ huynh',
    'Buổi tập huấn / nói chuyện muốn tham gia': [session],
  },
}));

function run(dir: string, args: string[]): string {
  const done = cli(args, dir, tz);
  expect(done.status, `${args.join(' ')}\n${done.stderr}`).toBe(0);
  return done.stdout;
}

/** The recipients of the .eml files in out/mail not in `before`. */
function newRecipients(dir: string, before: ReadonlySet<string>): string[] {
  const mailDir = join(dir, 'out', 'mail');
  return readdirSync(mailDir)
    .filter((f) => !before.has(f))
    .flatMap((f) => {
      const to = /^To: (.*)$/m.exec(readFileSync(join(mailDir, f), 'utf8'));
      return to ? to[1]!.split(',').map((a) => a.trim().toLowerCase()) : [];
    });
}

async function editActivities(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Hoạt động')!;
  for (const id of ['HD04', 'HD06', 'HD09'])
    sheet.getCell(rowWhere(sheet, 'Mã', id), columnOf(sheet, 'Địa điểm')).value = 'Phòng họp mới';
  sheet.getCell(rowWhere(sheet, 'Mã', 'HD13'), columnOf(sheet, 'Trạng thái')).value = 'hủy';
  await workbook.xlsx.writeFile(file);
}

describe('learning-week after purge', () => {
  it('an edit of "Hoạt động", sync and drain: no mail to a purged family or a pseudonym', async () => {
    const dir = tempDir();
    run(dir, ['init', '--sample', '--out', 'k.xlsx']);
    await mailFamiliesIn(join(dir, 'k.xlsx'));
    run(dir, ['invite', 'k.xlsx', '--families', '--now', '2021-09-25T08:00']);
    run(dir, ['sync', 'k.xlsx', '--now', '2021-09-26T08:00']);
    writeFileSync(join(dir, 't.json'), JSON.stringify(SIGNUPS));
    run(dir, ['respond', 'training', 'k.xlsx', '--json', 't.json', '--now', '2021-09-27T09:00']);
    run(dir, ['sync', 'k.xlsx', '--now', '2021-09-27T10:00']);
    run(dir, ['drain', 'k.xlsx', '--daily-limit', '5000', '--now', '2021-09-27T11:00']);
    const week = newRecipients(dir, new Set());
    // The week did reach the families, the seated parents among them: the test could fail.
    expect(week.filter((a) => FAMILIES.has(a)).length).toBeGreaterThan(100);
    expect(week).toContain(PARENT_A);

    const props = (): string => readFileSync(join(dir, 'k.xlsx.properties.json'), 'utf8').toLowerCase();
    // The calendar's known state never held an address of a family.
    expect([...FAMILIES].filter((f) => props().includes(f))).toEqual([]);

    expect(run(dir, ['purge', 'k.xlsx', '--now', '2022-01-06T02:00'])).toMatch(/^Đã xóa dữ liệu cá nhân/);
    const before = new Set(readdirSync(join(dir, 'out', 'mail')));
    await editActivities(join(dir, 'k.xlsx'));
    run(dir, ['sync', 'k.xlsx', '--now', '2022-01-07T09:00']);
    run(dir, ['drain', 'k.xlsx', '--daily-limit', '5000', '--now', '2022-01-07T10:00']);
    run(dir, ['reminders', 'k.xlsx', '--now', '2022-01-07T11:00']);
    run(dir, ['drain', 'k.xlsx', '--daily-limit', '5000', '--now', '2022-01-07T12:00']);

    const afterPurge = newRecipients(dir, before);
    // Staff still hear of the changes (the sync did run) …
    expect(afterPurge.length).toBeGreaterThan(0);
    // … and no family nor pseudonym does.
    expect(afterPurge.filter((a) => FAMILIES.has(a) || a.endsWith('.invalid'))).toEqual([]);
    expect([...FAMILIES].filter((f) => props().includes(f))).toEqual([]);
  }, 300_000);
});
