import { beforeAll, describe, expect, it } from 'vitest';
import { ATTENDANCE_TABLE, NOMINATIONS_TABLE } from '../../src/core/schema/response-tables';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { DISTRICT_FIGURE_KEYS } from '../../src/core/report';
import { documentCalls } from '../gas/fakes/document-app';
import { bundleCode, type LoadedBundle } from './load-bundle';
import { reportWorld } from './report-world';
import { recordsOf } from './sheet-view';

/**
 * The week's report through dist/Code.js in the bare vm: Setup installs the one-off trigger at
 * the report time; the fake ScriptApp fires it as the test moves the clock; the fake DocumentApp
 * records the Doc's tree; the outbox sends the link mail.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const LEADERSHIP = ['bgh@mn2010.example'];
/** 17:00 on 07/10/2021 in Hồ Chí Minh City. */
const REPORT_TIME = Date.parse('2021-10-07T10:00:00Z');
const HANDLER = 'buildReportOnSchedule';

const reportMails = (bundle: LoadedBundle) =>
  bundle.fakes.mail.sent.filter((m) => m.subject.includes('Báo cáo kết quả Tuần lễ'));
const reportRows = (bundle: LoadedBundle) =>
  recordsOf(bundle.fakes.spreadsheet, OUTBOX_TABLE.name).filter((r) =>
    String(r['Khóa']).startsWith('report-mail:'),
  );
/** Every name a nomination holds: none may reach a mail. */
const nomineeDetails = (bundle: LoadedBundle): string[] =>
  recordsOf(bundle.fakes.spreadsheet, NOMINATIONS_TABLE.name).flatMap((r) =>
    ['Đại diện gia đình', 'Tên trẻ', 'Người đề cử', 'Địa chỉ']
      .map((h) => String(r[h] ?? '').trim())
      .filter((v) => v.length > 3),
  );

function setSetting(bundle: LoadedBundle, label: string, value: string | Date): void {
  const sheet = bundle.fakes.spreadsheet.sheet(SETTINGS_TABLE.name)!;
  const rows = recordsOf(bundle.fakes.spreadsheet, SETTINGS_TABLE.name);
  const index = rows.findIndex((r) => r['Mục'] === label);
  sheet.getRange(index + 2, 2, 1, 1).setValues([[value as string]]);
}

describe('the report trigger', () => {
  it('Setup installs exactly one, at 17:00 on 07/10, kept by a second Setup', () => {
    const bundle = reportWorld(code);
    const [trigger, ...more] = bundle.fakes.scriptApp.of(HANDLER);
    expect(more).toEqual([]);
    expect(trigger!.nextMs).toBe(REPORT_TIME);
    expect(bundle.typeOf(HANDLER)).toBe('function');
    bundle.call('setup');
    expect(bundle.fakes.scriptApp.of(HANDLER).map((t) => t.uid)).toEqual([trigger!.uid]);
  });

  it('is re-installed (still one) when "Thời điểm lập báo cáo" changes', () => {
    const bundle = reportWorld(code);
    setSetting(bundle, 'Thời điểm lập báo cáo', new Date('2021-10-08T01:30:00Z'));
    bundle.call('setup');
    const triggers = bundle.fakes.scriptApp.of(HANDLER);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]!.nextMs).toBe(Date.parse('2021-10-08T01:30:00Z'));
  });
});

describe('the final report at the report time', () => {
  it('makes one Doc, shares it with leadership only, and mails them the link once, without nominees’ details', () => {
    const bundle = reportWorld(code);
    const { documentApp, scriptApp } = bundle.fakes;
    scriptApp.runUntil(REPORT_TIME + 60_000);
    expect(documentApp.docs).toHaveLength(1);
    const doc = documentApp.docs[0]!;
    expect(doc.name).toBe('Báo cáo Tuần lễ hưởng ứng học tập suốt đời 2021');
    expect(doc.viewers).toEqual(LEADERSHIP);
    const headings = doc.body
      .paragraphs()
      .filter((p) => p.heading === 'HEADING1')
      .map((p) => p.text().split(' ')[0]);
    // The seed holds no proposals, so section IV is left out rather than printed empty.
    expect(headings).toEqual(['I.', 'II.', 'III.']);
    expect(doc.body.paragraphs().some((p) => p.heading === 'TITLE' && p.text() === 'PHỤ LỤC')).toBe(true);
    expect(doc.body.images().length).toBeGreaterThan(0);
    // The figures the district adds up, in their own tab of the spreadsheet, by stable key.
    const figures = recordsOf(bundle.fakes.spreadsheet, 'Số liệu báo cáo');
    expect(figures.map((r) => r['Khóa'])).toEqual([...DISTRICT_FIGURE_KEYS]);
    expect(figures.find((r) => r['Khóa'] === 'activities.planned')?.['Giá trị']).toBe(15);

    const mails = reportMails(bundle);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(LEADERSHIP.join(','));
    expect(mails[0]!.subject).not.toMatch(/xem trước/);
    expect(mails[0]!.body).toContain(doc.url);
    expect(mails[0]!.body).toMatch(/Có mặt lễ khai mạc: \d+\/38/);
    const details = nomineeDetails(bundle);
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) {
      expect(mails[0]!.body).not.toContain(detail);
      expect(mails[0]!.htmlBody).not.toContain(detail);
    }
    expect(reportRows(bundle).map((r) => [r['Khóa'], r['Trạng thái']])).toEqual([
      [`report-mail:2021:final:${doc.id}`, 'đã gửi'],
    ]);
  });

  it('a second firing, or a duplicated delivery, makes no second Doc and no second mail', () => {
    const bundle = reportWorld(code);
    const { documentApp, scriptApp } = bundle.fakes;
    scriptApp.runUntil(REPORT_TIME + 60_000, { duplicate: true });
    const record = bundle.run(HANDLER, { authMode: 'FULL', triggerUid: 'again' });
    expect(record.ok).toBe(true);
    bundle.call('setup');
    scriptApp.runUntil(REPORT_TIME + 3 * 24 * 3600_000);
    expect(documentApp.docs).toHaveLength(1);
    expect(reportMails(bundle)).toHaveLength(1);
    expect(reportRows(bundle)).toHaveLength(1);
    expect(scriptApp.pending(HANDLER)).toEqual([]);
  });
});

describe('"Tạo báo cáo ngay"', () => {
  it('on 05/10 builds a preview, marked as such; the trigger later makes the same Doc final', () => {
    const bundle = reportWorld(code);
    const { documentApp, scriptApp, clock, ui } = bundle.fakes;
    clock.nowMs = Date.parse('2021-10-05T02:00:00Z');
    bundle.call('buildReportNow');
    expect(documentApp.docs).toHaveLength(1);
    const doc = documentApp.docs[0]!;
    expect(doc.name).toMatch(/\(bản xem trước\)$/);
    expect(doc.body.paragraphs().some((p) => /xem trước/i.test(p.text()) && p.heading === 'NORMAL')).toBe(
      true,
    );
    expect(ui!.alerts.at(-1)!.prompt).toMatch(/bản xem trước/);
    expect(reportMails(bundle).map((m) => m.subject)).toEqual([
      '[Tuần lễ học tập suốt đời] Báo cáo kết quả Tuần lễ 2021 (bản xem trước)',
    ]);
    bundle.call('buildReportNow');
    expect(documentApp.docs).toHaveLength(1);
    expect(reportMails(bundle)).toHaveLength(1);

    scriptApp.runUntil(REPORT_TIME + 60_000);
    expect(documentApp.docs).toHaveLength(1);
    expect(doc.name).not.toMatch(/xem trước/);
    expect(reportMails(bundle).map((m) => m.subject.endsWith('(bản xem trước)'))).toEqual([true, false]);
  });

  it('works from the editor with no UI event and no argument', () => {
    const bundle = reportWorld(code);
    expect(bundle.run('buildReportNow').ok).toBe(true);
    expect(bundle.fakes.documentApp.docs).toHaveLength(1);
  });
});

describe('cost', () => {
  it('DocumentApp calls follow the report’s elements, not the responses: 100 and 5,000 rows cost the same', () => {
    const cost = (copies: number): number => {
      const bundle = reportWorld(code, copies);
      bundle.fakes.clock.nowMs = REPORT_TIME + 3600_000;
      bundle.fakes.rec.reset();
      bundle.call('buildReportNow');
      rows.push(bundle.fakes.spreadsheet.sheet(ATTENDANCE_TABLE.name)!.getLastRow() - 1);
      return documentCalls(bundle.fakes.rec);
    };
    const rows: number[] = [];
    const small = cost(4);
    const large = cost(170);
    expect(rows[0]).toBeGreaterThanOrEqual(100);
    expect(rows[1]).toBeGreaterThanOrEqual(4_900);
    expect(small).toBeGreaterThan(100);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(small * 0.02);
  });
});
