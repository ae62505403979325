import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, tempDir } from './cli-support';

/** `learning-week dashboard` on a new sample workbook, under the suite's zone. */
beforeAll(() => buildCli());

const tz = process.env.TZ ?? 'Asia/Ho_Chi_Minh';

describe('learning-week dashboard', () => {
  it('writes the page at --out, in the workbook’s language, and leaves the workbook as it was', () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir, tz).status).toBe(0);
    const before = readFileSync(join(dir, 'k.xlsx'));
    chmodSync(join(dir, 'k.xlsx'), 0o444);
    const run = cli(
      ['dashboard', 'k.xlsx', '--out', 'trang/bang.html', '--now', '2021-09-29T08:00'],
      dir,
      tz,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('Đã ghi Bảng điều khiển: trang/bang.html');
    const page = readFileSync(join(dir, 'trang', 'bang.html'), 'utf8');
    expect(page).toContain('<title>Bảng điều khiển</title>');
    expect(page).toContain('Còn 1 ngày 16 giờ đến tuần lễ');
    expect(page).toContain('Số liệu lúc thứ Tư, 29/09/2021 08:00');
    expect(readFileSync(join(dir, 'k.xlsx')).equals(before)).toBe(true);
    expect(statSync(join(dir, 'k.xlsx')).mode & 0o777).toBe(0o444);
  });

  it('needs exactly one workbook', () => {
    const run = cli(['dashboard'], tempDir(), tz);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dashboard');
  });
});
