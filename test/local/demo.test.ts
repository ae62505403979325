import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, tempDir, type CliRun } from './cli-support';

beforeAll(buildCli);

/** `npm start`: the week played on the local runtime into out/, as a principal would see it. */
describe('npm start (learning-week demo)', () => {
  let dir: string;
  let first: CliRun;

  beforeAll(() => {
    dir = tempDir();
    first = cli(['demo'], dir);
  }, 240_000);

  it('runs cleanly and prints one line per day of the week, then the summary, in Vietnamese', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const out = first.stdout;
    expect(out).toContain('Tuần lễ hưởng ứng học tập suốt đời 2021 – chạy thử cả tuần');
    expect(out.match(/^ {2}(thứ \S+|Chủ nhật), \d\d\/\d\d\/2021: \d+ thư đã gửi/gm)).toHaveLength(10);
    expect(out).toContain('Tổng kết tuần lễ');
    expect(out).toMatch(/Khai mạc \(chỉ tiêu 50 %\)\s+\d+\/\d+ đăng ký, \d+\/\d+ có mặt – đạt/);
  });

  it('writes the workbook, the mails, the calendar, the report and out/summary.json', () => {
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
      mail: { sent: number; deferred: number; failed: number; queued: number };
      files: { workbook: string; report: string };
    };
    expect(summary.mail.sent + summary.mail.deferred + summary.mail.failed).toBe(summary.mail.queued);
    expect(existsSync(join(dir, 'out', summary.files.workbook))).toBe(true);
    expect(existsSync(join(dir, 'out', summary.files.report))).toBe(true);
    expect(existsSync(join(dir, 'out', 'calendar', 'learning-week-2021.ics'))).toBe(true);
    expect(first.stdout).toContain(`Thư đã xếp vào Hộp thư đi     ${summary.mail.queued}`);
  });

  it('gives the same output when run again (it clears its own outputs first)', () => {
    const again = cli(['demo'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  }, 240_000);
});
