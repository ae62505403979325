import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readIcs } from '../support/ics-read';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, tempDir, type CliRun } from './cli-support';

beforeAll(buildCli);

/** `npm start`: the week played on the local runtime into out/, as a principal would see it. */
describe('npm start (learning-week demo)', () => {
  let dir: string;
  let first: CliRun;
  /** UID → SEQUENCE of every .ics npm start wrote, as ical.js reads them. */
  const calendarOf = (): Map<string, number> => {
    const out = new Map<string, number>();
    const calendar = join(dir, 'out', 'calendar');
    for (const file of readdirSync(calendar).filter((f) => /^HD\d+\.ics$/.test(f))) {
      for (const event of readIcs(join(calendar, file))) out.set(event.uid, event.sequence);
    }
    return out;
  };
  let firstCalendar: Map<string, number>;

  beforeAll(() => {
    dir = tempDir();
    first = cli(['demo'], dir);
    firstCalendar = calendarOf();
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
    expect(first.stdout).toMatch(new RegExp(`Thư đã xếp vào Hộp thư đi +${summary.mail.queued}\\b`));
  });

  it('writes .ics invitations an independent parser reads inside the week, at local times, with attendees', () => {
    const calendar = join(dir, 'out', 'calendar');
    const requests = readdirSync(calendar)
      .filter((f) => /^HD\d+\.ics$/.test(f))
      .flatMap((f) => readIcs(join(calendar, f)))
      .filter((e) => e.method === 'REQUEST');
    expect(requests.length).toBeGreaterThan(3);
    for (const e of requests) {
      // 01/10/2021 00:00 to 08/10/2021 00:00 in Asia/Ho_Chi_Minh (UTC+7).
      expect(e.startUtc >= '2021-09-30T17:00:00.000Z' && e.endUtc <= '2021-10-07T17:00:00.000Z', e.uid).toBe(
        true,
      );
      expect(e.emails.length, e.uid).toBeGreaterThan(0);
    }
    // The opening of the seed plan: thứ Ba 05/10/2021 07:30 in the school = 00:30 UTC.
    expect(requests.some((e) => e.startUtc === '2021-10-05T00:30:00.000Z')).toBe(true);
  });

  it('gives the same output, UIDs and sequences when run again (it clears its own outputs first)', () => {
    const again = cli(['demo'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(calendarOf()).toEqual(firstCalendar);
    expect(firstCalendar.size).toBeGreaterThan(3);
  }, 240_000);

  it('asks the owners for their results: most report, one forgets and is reminded, one postpones', async () => {
    const mails = readdirSync(join(dir, 'out', 'mail'));
    const asks = mails.filter((f) => f.startsWith('result-ask_'));
    expect(asks.map((f) => f.split('_')[1])).toEqual([
      '2021-10-01',
      '2021-10-04',
      '2021-10-05',
      '2021-10-06',
    ]);
    const reminders = mails.filter((f) => f.startsWith('result-reminder_'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain('phohieutruong');
    const reminder = await simpleParser(readFileSync(join(dir, 'out', 'mail', reminders[0]!)));
    expect(reminder.text).toContain('HD09 – ');
    expect(reminder.text).not.toContain('HD06 – ');
    const book = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
    const [header, ...rows] = book.read('Hoạt động')!;
    const status = (id: string) => rows.find((r) => r[0] === id)![header!.indexOf('Trạng thái')];
    expect(['HD03', 'HD04', 'HD06', 'HD08', 'HD15'].map(status)).toEqual(Array(5).fill('đã thực hiện'));
    expect(status('HD10')).toBe('hoãn');
    expect(status('HD09')).toBe('kế hoạch');
    const results = book.read('Kết quả hoạt động')!;
    expect(results.length - 1).toBe(6);
  });

  it('dates every .eml in its simulated week, not on the day the demo ran', () => {
    const mailDir = join(dir, 'out', 'mail');
    const dates = readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => /^Date: (.+)$/m.exec(readFileSync(join(mailDir, f), 'latin1'))?.[1] ?? '');
    expect(dates.length).toBeGreaterThan(100);
    const days = dates.map((d) => new Date(d).getTime());
    expect(days.every((ms) => Number.isFinite(ms))).toBe(true);
    // The demo's clock runs from Setup in late September to the report after 07/10/2021.
    expect(Math.min(...days)).toBeGreaterThanOrEqual(Date.UTC(2021, 8, 20));
    expect(Math.max(...days)).toBeLessThan(Date.UTC(2021, 9, 20));
  });
});
