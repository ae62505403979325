import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, ROOT, tempDir } from './cli-support';

beforeAll(buildCli);

/**
 * `respond training … --csv` on one download per layout Google writes (test/fixtures/csv): the
 * same three answers, sent on 1, 2 and 6 October at 08:10, 14:35 and 20:05.
 */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'csv');
const SENT = ['2021-10-01T08:10', '2021-10-02T14:35', '2021-10-06T20:05'];

function setUp(fixture: string): string {
  const dir = tempDir();
  expect(cli(['init', '--out', 'k.xlsx'], dir).status).toBe(0);
  copyFileSync(join(FIXTURES, fixture), join(dir, 'in.csv'));
  return dir;
}

async function rawLog(dir: string): Promise<Record<string, Cell>[]> {
  const [header, ...rows] = (await Workbook.open(join(dir, 'k.xlsx'))).read('Phản hồi gốc') ?? [];
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i] ?? null])));
}

const sentTimes = (rows: Record<string, Cell>[]): (string | undefined)[] =>
  rows.map((r) => (r['Thời điểm gửi'] as { iso?: string } | null)?.iso);

const respond = (dir: string, ...extra: string[]) =>
  cli(['respond', 'training', 'k.xlsx', '--csv', 'in.csv', ...extra], dir);

describe('respond --csv: every layout Google writes', () => {
  it.each(['forms-page-en.csv', 'forms-page-vi.csv'])(
    'the Forms page download %s (year first, 12-hour clock, GMT+7) imports as it is',
    async (fixture) => {
      const dir = setUp(fixture);
      const run = respond(dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Đã ghi nhận: 3$/m);
      expect(sentTimes(await rawLog(dir))).toEqual(SENT);
    },
  );

  it.each([
    ['sheets-vi_VN.csv', 'dmy'],
    ['sheets-en_GB.csv', 'dmy'],
    ['sheets-en_US.csv', 'mdy'],
    ['excel-semicolon.csv', 'dmy'],
  ])(
    'a Sheets download %s whose dates all read both ways is refused until --date-order %s says how',
    async (fixture, order) => {
      const dir = setUp(fixture);
      const before = readFileSync(join(dir, 'k.xlsx'));
      const asked = respond(dir);
      expect(asked.status).toBe(2);
      expect(asked.stdout).toBe('');
      expect(asked.stderr.trim().split('\n')).toHaveLength(1);
      expect(asked.stderr).toContain('Hãy chạy lại với --date-order dmy');
      expect(asked.stderr).toMatch(/có thể là ngày \d+ tháng \d+ hoặc ngày \d+ tháng \d+/);
      expect(readFileSync(join(dir, 'k.xlsx')).equals(before)).toBe(true);

      const run = respond(dir, '--date-order', order);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Đã ghi nhận: 3$/m);
      if (fixture.startsWith('excel')) expect(run.stdout).toContain('Tệp dùng dấu ";" để ngăn cột');
      expect(sentTimes(await rawLog(dir))).toEqual(SENT);
    },
  );

  it('--date-order is what a person said: it is obeyed, and a row it cannot read is kept, not guessed', async () => {
    const dir = setUp('sheets-en_US.csv');
    // 10/1, 10/2 and 10/6 read day first as 10 January, February and June: possible dates.
    expect(respond(dir, '--date-order', 'dmy').status).toBe(0);
    expect(sentTimes(await rawLog(dir))).toEqual([
      '2021-01-10T08:10',
      '2021-02-10T14:35',
      '2021-06-10T20:05',
    ]);
    const other = setUp('sheets-vi_VN.csv');
    writeFileSync(
      join(other, 'in.csv'),
      `${readFileSync(join(other, 'in.csv'), 'utf8')}\r\n13/10/2021 9:00:00,x@example.vn,X,Phụ huynh,,`,
    );
    const run = respond(other, '--date-order', 'mdy');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'Dòng 5: "13/10/2021 9:00:00" không phải một ngày có thật (theo thứ tự tháng/ngày/năm)',
    );
  });

  it('a download cut off mid-row: the complete rows import, the tail and an unreadable time are kept, exit 1', async () => {
    const dir = setUp('cut-off.csv');
    const run = respond(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Đã ghi nhận: 2$/m);
    expect(run.stdout).toContain(
      'Dòng 3: thời điểm gửi "hôm qua" không đọc được; dòng được giữ trong "Phản hồi gốc", cần kiểm tra.',
    );
    expect(run.stdout).toContain('Dòng 5: dòng cuối bị cắt giữa chừng');
    const log = await rawLog(dir);
    expect(log).toHaveLength(4);
    const kept = log.filter((r) => r['Nguồn'] === 'CSV – cần kiểm tra');
    // The cut came inside the address: what arrived is kept, as it arrived.
    expect(kept.map((r) => r['Email'])).toEqual(['dung.vo@example.vn', 'cuc.pham@']);
    expect(String(kept[0]!['Nội dung gốc'])).toContain('"Timestamp":"hôm qua"');
    expect(sentTimes(log.filter((r) => r['Nguồn'] === 'CSV'))).toEqual(SENT.slice(0, 2));

    // The same file again adds nothing, and still says that rows wait for review.
    const again = respond(dir);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('(và 2 dòng đã giữ từ lần nhập trước)');
    expect(await rawLog(dir)).toHaveLength(4);
  });

  it('a ";" file without a timestamp column is named for its separator; a bad --date-order is refused', () => {
    const dir = setUp('sheets-vi_VN.csv');
    writeFileSync(join(dir, 'in.csv'), 'Ngày;Email;Họ và tên\r\n01/10/2021;a@b.vn;An\r\n');
    const named = respond(dir);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('kể cả khi đọc theo dấu ";" mà dòng tiêu đề dùng để ngăn cột');
    const usage = respond(dir, '--date-order', 'ngay-thang');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Tùy chọn --date-order nhận dmy (ngày/tháng/năm), mdy (tháng/ngày/năm)');
  });
});
