import mammoth from 'mammoth';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, ROOT, tempDir } from './cli-support';

/** `learning-week report` as the principal runs it; the .docx read back by mammoth. */

beforeAll(buildCli, 60_000);

const FILE = 'k.xlsx';

function planDir(): string {
  const dir = tempDir();
  expect(cli(['init', '--sample', '--out', FILE, '--now', '2021-09-28T08:00'], dir).status).toBe(0);
  return dir;
}

describe('learning-week report', () => {
  it('writes out/report/bao-cao-2021.docx with sections I–IV and prints its path and headline figures', async () => {
    const dir = planDir();
    const run = cli(['report', FILE, '--at', '07/10/2021 17:30'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const docx = join(dir, 'out', 'report', 'bao-cao-2021.docx');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Đã ghi báo cáo: ${docx}`);
    expect(lines.filter((l) => l.startsWith('  • ')).length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('XEM TRƯỚC');
    const text = (await mammoth.extractRawText({ path: docx })).value;
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Quận 1, ngày 07 tháng 10 năm 2021');
    for (const heading of [
      /I\.\s*CHỦ ĐỀ VÀ MỤC ĐÍCH/,
      /II\.\s*KẾT QUẢ THỰC HIỆN/,
      /III\.\s*ĐÁNH GIÁ CHUNG/,
      // The seed holds no proposals: section IV is left out, and the annex of figures follows.
      /PHỤ LỤC/,
    ]) {
      expect(text).toMatch(heading);
    }
  }, 60_000);

  it('--at before the week ends makes a preview, said so on screen', () => {
    const dir = planDir();
    const run = cli(['report', FILE, '--at', '05/10/2021', '--out', 'bc'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi báo cáo: ${join(dir, 'bc', 'bao-cao-2021.docx')}`);
    expect(run.stdout).toContain('BẢN XEM TRƯỚC');
  }, 60_000);

  it('a bad --at is one Vietnamese line, exit 2, and no report', () => {
    const dir = planDir();
    for (const at of ['32/10/2021', 'hôm qua', '07/10/2021 25:00']) {
      const run = cli(['report', FILE, '--at', at], dir);
      expect(run.status, at).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `Thời điểm --at "${at}" không hợp lệ: hãy ghi dạng "07/10/2021 17:00" (giờ của trường) hoặc chỉ ngày "07/10/2021".`,
      ]);
    }
    expect(existsSync(join(dir, 'out', 'report'))).toBe(false);
  }, 60_000);

  it('--pdf without LibreOffice writes the .docx and says how to install it', () => {
    const dir = planDir();
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'learning-week.js'), 'report', FILE, '--pdf', '--at', '07/10/2021 17:30'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: '', TZ: 'Asia/Ho_Chi_Minh' } },
    );
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'report', 'bao-cao-2021.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'report', 'bao-cao-2021.pdf'))).toBe(false);
    expect(run.stdout).toContain('Chưa cài LibreOffice');
    expect(run.stdout).toContain('sudo apt-get install libreoffice-writer');
  }, 60_000);

  it('a missing workbook is one Vietnamese line and exit 2', () => {
    const run = cli(['report', 'khong-co.xlsx'], tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Không mở được tệp khong-co\.xlsx: /),
    ]);
  });
});
