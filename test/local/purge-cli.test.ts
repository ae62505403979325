import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, tempDir } from './cli-support';
import { mailFamiliesIn } from './family-mail-file';

/** `learning-week purge` on a sample workbook with a family's nomination, under both zones. */
beforeAll(() => buildCli());

const NOMINATION = {
  timestamp: '2021-10-05T08:03',
  email: 'loan.do.ph028@example.net',
  answers: {
    'Họ và tên': 'Đỗ Thị Loan',
    'Quan hệ với gia đình được đề cử': 'Phụ huynh cùng lớp',
    'Họ tên người đại diện gia đình': 'Trần Văn Mạnh',
    'Họ tên trẻ': 'Trần Bảo An',
    Lớp: 'Mầm 1',
    'Địa chỉ (trong phường)': '12 Cống Quỳnh',
    'Thành tích, tấm gương học tập của gia đình': 'Cả nhà cùng học',
    'Đồng ý chia sẻ với Hội khuyến học phường': 'Đồng ý',
  },
};

async function workbook(tz: string): Promise<string> {
  const dir = tempDir();
  expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir, tz).status).toBe(0);
  await mailFamiliesIn(join(dir, 'k.xlsx'));
  expect(cli(['invite', 'k.xlsx', '--families'], dir, tz).status).toBe(0);
  writeFileSync(join(dir, 'n.json'), JSON.stringify(NOMINATION));
  expect(cli(['respond', 'nomination', 'k.xlsx', '--json', 'n.json'], dir, tz).status).toBe(0);
  return dir;
}

/** The suite runs under both zones (scripts/test.mjs): the CLI gets the same one. */
const tz = process.env.TZ ?? 'Asia/Ho_Chi_Minh';

describe('learning-week purge', () => {
  it('before the date prints when, and leaves the file as it was', async () => {
    const dir = await workbook(tz);
    const before = readFileSync(join(dir, 'k.xlsx'));
    const run = cli(['purge', 'k.xlsx', '--now', '2022-01-05T23:59'], dir, tz);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('sẽ tự xóa từ ngày 06 tháng 01 năm 2022.');
    expect(readFileSync(join(dir, 'k.xlsx')).equals(before)).toBe(true);
  });

  it('--dry-run lists what would go; then purge removes it, also from k.xlsx.bak; again: nothing', async () => {
    const dir = await workbook(tz);
    const before = readFileSync(join(dir, 'k.xlsx'));
    const dry = cli(['purge', 'k.xlsx', '--dry-run', '--now', '2022-01-06T00:00'], dir, tz);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Xem trước \(chưa xóa gì\)/);
    expect(dry.stdout).toContain('  • Phụ huynh: 120 gia đình');
    expect(dry.stdout).toContain('  • Đề cử gia đình hiếu học: 1 đề cử');
    expect(readFileSync(join(dir, 'k.xlsx')).equals(before)).toBe(true);

    const run = cli(['purge', 'k.xlsx', '--now', '2022-01-06T02:00'], dir, tz);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Đã xóa dữ liệu cá nhân của các gia đình \(năm 2021\)/);
    const props = JSON.parse(readFileSync(join(dir, 'k.xlsx.properties.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(props['privacy.purged.2021']).toBe('2022-01-05T19:00:00.000Z');

    const outbox = cli(['outbox', 'k.xlsx'], dir, tz).stdout;
    expect(outbox).not.toContain('loan.do.ph028@example.net');
    expect(outbox).toContain('@da-xoa.invalid');
    // The .bak holds the purged workbook too: no copy of the data is left beside the file.
    expect(readFileSync(join(dir, 'k.xlsx.bak')).equals(readFileSync(join(dir, 'k.xlsx')))).toBe(true);

    const again = cli(['purge', 'k.xlsx', '--now', '2022-01-07T02:00'], dir, tz);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe('Không còn dữ liệu cá nhân nào của các gia đình cần xóa (năm 2021).');
  });

  it('usage and file problems are one Vietnamese line and exit code 2', () => {
    const dir = tempDir();
    expect(cli(['purge'], dir, tz).status).toBe(2);
    const missing = cli(['purge', 'x.xlsx', '--now', '2022-01-07T02:00'], dir, tz);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('Không mở được tệp x.xlsx: tệp không tồn tại.');
  });
});
