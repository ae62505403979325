import mammoth from 'mammoth';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekScenario } from '../../src/app/jobs/week-scenario';
import type { Cell } from '../../src/core/cell';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { runWeek, type WeekRun } from '../../src/local/week/run-week';
import { Workbook } from '../../src/local/workbook/workbook';

/** A tab as records by header, as the principal reads it. */
function records(book: Workbook, tab: string): Record<string, Cell>[] {
  const [header, ...rows] = book.read(tab) ?? [[]];
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i] ?? null])));
}
const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

/** The school opted in to mail for families: the first day's invitations exceed the quota. */
const FAMILIES_MAILED = { mailFamilies: true } as const;

describe('the whole week on the local runtime', () => {
  let dir: string;
  let run: WeekRun;
  let lines: string[];
  let book: Workbook;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lw-week-'));
    lines = [];
    run = await runWeek(weekScenario(sampleResponses(), FAMILIES_MAILED), {
      outDir: dir,
      out: (l) => lines.push(l),
    });
    book = await Workbook.open(run.workbookFile);
  }, 240_000);

  it('prints one Vietnamese line per simulated day, 28/09 to 07/10', () => {
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^thứ Ba, 28\/09\/2021: \d+ thư đã gửi/);
    expect(lines[3]).toMatch(/^thứ Sáu, 01\/10\/2021: /);
    expect(lines[9]).toMatch(/^thứ Năm, 07\/10\/2021: .*báo cáo đã ghi/);
  });

  it('writes out/summary.json with the summary it returns', () => {
    const saved = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as unknown;
    expect(saved).toEqual(JSON.parse(JSON.stringify(run.summary)));
  });

  it('accounts for every mail of the outbox: sent + waiting + failed = queued, one .eml per sent mail', () => {
    const m = run.summary.mail;
    expect(m.sent + m.deferred + m.failed).toBe(m.queued);
    expect(records(book, 'Hộp thư đi')).toHaveLength(m.queued);
    const eml = readdirSync(join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(eml).toHaveLength(m.sent);
    expect(run.summary.days.reduce((n, d) => n + d.sent, 0)).toBe(m.sent);
    // 158 invitations on the first day against 100 a day: some mail waits for the next day.
    expect(run.summary.days[0]!.sent).toBe(100);
    expect(run.summary.days[0]!.deferred).toBeGreaterThan(0);
    expect(m.sentLater).toBeGreaterThan(0);
  });

  it('reports the opening attendance that the attendance tab and the active staff give', () => {
    const staff = new Set(
      records(book, 'Nhân sự')
        .filter((p) => p['Đang làm việc'] !== 'không')
        .map((p) => text(p['Email']).toLowerCase()),
    );
    const valid = records(book, 'Điểm danh khai mạc').filter(
      (r) => text(r['Cần xem lại']) === '' && staff.has(text(r['Email'])),
    );
    const o = run.summary.opening;
    expect(o.staff).toBe(staff.size);
    expect(o.registered).toBe(valid.length);
    expect(o.present).toBe(valid.filter((r) => r['Hình thức'] === 'Điểm danh có mặt').length);
    expect(o.targetMet).toBe(o.present * 100 >= o.targetPercent * o.staff);
  });

  it('reports the seats and waitlists the training tab shows, and the nominations tab', () => {
    const seats = records(book, 'Đăng ký tập huấn').flatMap((r) =>
      text(r['Chỗ / danh sách chờ']).split('; '),
    );
    for (const s of run.summary.sessions) {
      expect(seats.filter((x) => x === `${s.id}: có chỗ`).length).toBe(s.seated);
      expect(seats.filter((x) => x.startsWith(`${s.id}: chờ số`)).length).toBe(s.waiting);
    }
    expect(
      run.summary.sessions.some((s) => s.capacity !== null && s.seated === s.capacity && s.waiting > 0),
    ).toBe(true);
    const nominations = records(book, 'Đề cử gia đình hiếu học');
    const n = run.summary.nominations;
    expect(n.total).toBe(nominations.length);
    expect(n.withConsent).toBe(
      nominations.filter((r) => r['Đồng ý chia sẻ với Hội khuyến học'] === 'có').length,
    );
    expect(n.withoutConsent).toBeGreaterThan(0);
  });

  it('applies the two edits to the calendar: HD09 an hour later, HD13 cancelled', () => {
    const hd09 = readFileSync(join(dir, 'calendar', 'HD09.ics'), 'utf8');
    expect(hd09).toMatch(/DTSTART;TZID=Asia\/Ho_Chi_Minh:20211004T100000/);
    expect(hd09).toMatch(/SEQUENCE:1/);
    expect(readFileSync(join(dir, 'calendar', 'HD13.ics'), 'utf8')).toMatch(/METHOD:CANCEL/);
    expect(run.summary.calendar.cancelled).toBe(1);
    expect(run.summary.calendar.events).toBeGreaterThan(0);
  });

  it('writes the report at 07/10 17:00 as a .docx that opens', async () => {
    const path = join(dir, run.summary.files.report!);
    expect(existsSync(path)).toBe(true);
    const { value } = await mammoth.extractRawText({ path });
    expect(value).toMatch(/học tập suốt đời/i);
    // and leadership gets one mail with the report's link, as in Apps Script
    const mails = readdirSync(join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
    const reportMails = mails
      .map((f) => readFileSync(join(dir, 'mail', f), 'utf8'))
      .filter((m) => /X-Learning-Week-Key: report-mail:2021:final:/.test(m));
    expect(reportMails).toHaveLength(1);
    expect(reportMails[0]).toMatch(/^To: bgh@/m);
  });

  it('gives the same summary when run again in the same folder', async () => {
    const again = await runWeek(weekScenario(sampleResponses(), FAMILIES_MAILED), {
      outDir: dir,
      out: () => {},
    });
    expect(again.summary).toEqual(run.summary);
  }, 240_000);

  it('stops at --to and shows only the days from --from', async () => {
    const short = mkdtempSync(join(tmpdir(), 'lw-week-'));
    const shown: string[] = [];
    const part = await runWeek(weekScenario(sampleResponses(), FAMILIES_MAILED), {
      outDir: short,
      from: '2021-09-29',
      to: '2021-09-30',
      out: (l) => shown.push(l),
    });
    expect(shown.map((l) => l.slice(0, 17))).toEqual(['thứ Tư, 29/09/202', 'thứ Năm, 30/09/20']);
    expect(part.summary.responses.received).toBe(0);
    expect(part.summary.files.report).toBeNull();
  }, 120_000);
});
