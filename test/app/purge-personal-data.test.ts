import { describe, expect, it } from 'vitest';
import { progressLines, readFormsProgress } from '../../src/app/forms/daily-progress';
import { buildReportModel } from '../../src/app/report/build-report';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { purgedKey, purgePersonalData } from '../../src/app/privacy/purge-personal-data';
import { sendInvitations } from '../../src/app/outbox/send-invitations';
import { setup } from '../../src/app/plan/setup';
import { localDateTime, type Grid } from '../../src/core/cell';
import { PURGED_MARKER } from '../../src/core/privacy';
import { sampleResponses, sampleRoster } from '../../src/core/seed';
import { cellText } from '../../src/core/table';
import { toInstant } from '../../src/core/time-zone';
import { MemoryTables } from '../support/memory-tables';
import { setFamilyMail } from '../support/family-mail';

const ZONE = 'Asia/Ho_Chi_Minh';

function world(nowIso = '2022-01-06T02:00') {
  const tables = new MemoryTables();
  const props = new Map<string, string>();
  const logs: string[] = [];
  let now = toInstant({ kind: 'local-datetime', iso: '2021-10-06T08:00' }, ZONE);
  const ports = {
    tables,
    env: { spreadsheetTimeZone: () => ZONE, scriptTimeZone: () => ZONE },
    clock: { now: () => now },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: (m: string) => logs.push(m), error: (m: string) => logs.push(`error: ${m}`) },
    properties: {
      get: (k: string) => props.get(k),
      set: (k: string, v: string) => void props.set(k, v),
      delete: (k: string) => void props.delete(k),
    },
  };
  setup(ports, { plan: 'seed', sample: true });
  setFamilyMail(tables);
  sendInvitations(ports, { families: true });
  importResponses(ports, sampleResponses());
  now = toInstant({ kind: 'local-datetime', iso: nowIso }, ZONE);
  return {
    tables,
    ports,
    props,
    logs,
    setNow: (iso: string) => (now = toInstant({ kind: 'local-datetime', iso }, ZONE)),
  };
}

/** Every text of the tabs holding families' data, joined (for "nothing of X is left"). */
const textOf = (grid: Grid | undefined): string =>
  (grid ?? [])
    .map((line) => line.map((c) => cellText(c)).join('\t'))
    .join('\n')
    .toLowerCase();

const FAMILY_TABS = [
  'Phụ huynh',
  'Đề cử gia đình hiếu học',
  'Phản hồi gốc',
  'Hộp thư đi',
  'Đăng ký tập huấn',
];

describe('purgePersonalData', () => {
  it('before the date reads Settings only and says when', () => {
    const { tables, ports, props } = world('2022-01-05T23:59');
    const before = FAMILY_TABS.map((t) => tables.read(t));
    tables.resetCalls();
    const result = purgePersonalData(ports);
    expect(result.status).toBe('not-due');
    expect(result.message).toContain('ngày 06 tháng 01 năm 2022');
    expect(tables.calls.read).toBe(1);
    expect(tables.calls.write).toBe(0);
    expect(FAMILY_TABS.map((t) => tables.read(t))).toEqual(before);
    expect(props.size).toBe(0);
  });

  it('on the date removes every family address, name and child, keeps staff and the counts', () => {
    const { tables, ports, props, logs } = world('2022-01-06T00:00');
    const roster = sampleRoster();
    const at = localDateTime(2021, 10, 8, 9, 0);
    const progressBefore = progressLines(readFormsProgress(tables, at));
    const reportBefore = buildReportModel(ports, { at }).headline;
    const staffBefore = tables.read('Nhân sự');

    tables.resetCalls();
    const result = purgePersonalData(ports);
    expect(result.status).toBe('purged');
    // One read per tab (Settings, Nhân sự and the six tabs) and one write per changed tab.
    expect(tables.calls.read).toBe(8);
    expect(tables.calls.write).toBe(result.plan!.tabs.length);
    expect(result.plan!.tabs.map((t) => t.table)).toEqual([
      'families',
      'nominations',
      'trainingSignups',
      'rawResponses',
      'outbox',
    ]);
    expect(result.plan!.rows.families).toBe(roster.families.length);
    expect(props.get(purgedKey(2021))).toBe('2022-01-05T17:00:00.000Z');
    expect(logs.at(-1)).toMatch(/^Đã xóa dữ liệu cá nhân của các gia đình \(năm 2021\)/);

    const all = FAMILY_TABS.map((t) => textOf(tables.read(t))).join('\n');
    for (const family of roster.families) {
      for (const key of ['email', 'parentName', 'child', 'address'] as const) {
        const value = cellText(family[key] ?? null)
          .trim()
          .toLowerCase();
        if (value !== '') expect(all.includes(value), `${key} ${value}`).toBe(false);
      }
    }
    for (const submission of sampleResponses().filter((s) => s.formId === 'nomination')) {
      for (const value of Object.values(submission.raw.answers)) {
        const text = (typeof value === 'string' ? value : value.join(', ')).trim().toLowerCase();
        if (text.length > 12 && !/đồng ý/.test(text)) expect(all.includes(text), text).toBe(false);
      }
    }
    expect(textOf(tables.read('Phụ huynh'))).toContain(PURGED_MARKER);
    expect(tables.read('Nhân sự')).toEqual(staffBefore);

    // Every figure survives the purge but the families' classes, which go with the families.
    const byClass = progressBefore.indexOf('Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:');
    expect(byClass).toBeGreaterThan(0);
    const withoutClasses = progressBefore.filter(
      (line, i) => i < byClass || !/gia đình đã trả lời$|^Phụ huynh đã trả lời/.test(line),
    );
    expect(progressLines(readFormsProgress(tables, at))).toEqual(withoutClasses);
    expect(buildReportModel(ports, { at }).headline).toEqual(reportBefore);
  });

  it("purges a parent's answer to the opening form; the staff's rows and the opening figures stay", () => {
    const { tables, ports, setNow } = world('2021-10-05T08:00');
    const family = sampleRoster().families.find((f) => typeof f.email === 'string' && f.email !== '')!;
    const parentEmail = String(family.email);
    importResponses(ports, [
      {
        formId: 'attendance',
        raw: {
          responseId: 'parent-opening-1',
          timestamp: localDateTime(2021, 10, 5, 8, 0),
          email: parentEmail,
          answers: {
            'Họ và tên': 'Phụ Huynh Thử Nghiệm',
            'Lớp của con (phụ huynh)': 'Lá Thử 9',
            'Bạn muốn': 'Điểm danh có mặt',
          },
        },
      },
      // A parent missing from "Phụ huynh": not a staff address, so a family's all the same.
      {
        formId: 'attendance',
        raw: {
          responseId: 'parent-opening-2',
          timestamp: localDateTime(2021, 10, 5, 8, 5),
          email: 'ngoai.danh.sach@giadinh.example',
          answers: { 'Họ và tên': 'Người Ngoài Danh Sách', 'Bạn muốn': 'Đăng ký tham dự' },
        },
      },
    ]);
    setNow('2022-01-06T00:00');
    const at = localDateTime(2021, 10, 8, 9, 0);
    // The opening's figures (registered, present); the by-class lines go with the classes.
    const opening = () =>
      progressLines(readFormsProgress(tables, at)).filter((l) => /CB-GV-NV .*khai mạc/.test(l));
    const openingBefore = opening();
    expect(openingBefore).toHaveLength(2);
    const reportBefore = buildReportModel(ports, { at }).headline;
    const attendanceBefore = tables.read('Điểm danh khai mạc')!;
    const rawBefore = tables.read('Phản hồi gốc')!;
    const parents = [parentEmail.toLowerCase(), 'ngoai.danh.sach@giadinh.example'];
    const isParentRow = (line: readonly unknown[]) =>
      line.some((c) => typeof c === 'string' && parents.some((p) => c.toLowerCase().includes(p)));
    expect(attendanceBefore.filter(isParentRow)).toHaveLength(2);

    const result = purgePersonalData(ports);
    expect(result.plan!.rows.attendance).toBe(2);
    expect(result.plan!.familyResponses.attendance).toEqual(['parent-opening-1', 'parent-opening-2']);
    expect(result.lines).toContain('Điểm danh khai mạc: 2 phản hồi của phụ huynh');

    const attendanceAfter = tables.read('Điểm danh khai mạc')!;
    for (const value of [...parents, 'Phụ Huynh Thử Nghiệm', 'Lá Thử 9', 'Người Ngoài Danh Sách'])
      for (const tab of [attendanceAfter, tables.read('Phản hồi gốc'), tables.read('Hộp thư đi')])
        expect(textOf(tab), value).not.toContain(value.toLowerCase());
    // Every staff row, in the tab and in the raw log, exactly as it was.
    attendanceBefore.forEach((line, i) => {
      if (!isParentRow(line)) expect(attendanceAfter[i]).toEqual(line);
    });
    const rawAfter = tables.read('Phản hồi gốc')!;
    rawBefore.forEach((line, i) => {
      if (line.includes('attendance') && !isParentRow(line)) expect(rawAfter[i]).toEqual(line);
    });
    expect(opening()).toEqual(openingBefore);
    expect(buildReportModel(ports, { at }).headline).toEqual(reportBefore);
  });

  it('is idempotent: a second run writes nothing', () => {
    const { tables, ports } = world();
    purgePersonalData(ports);
    const after = FAMILY_TABS.map((t) => tables.read(t));
    tables.resetCalls();
    const again = purgePersonalData(ports);
    expect(again.status).toBe('nothing');
    expect(tables.calls.write).toBe(0);
    expect(FAMILY_TABS.map((t) => tables.read(t))).toEqual(after);
  });

  it('a dry run says what would go and writes nothing', () => {
    const { tables, ports, props } = world();
    const before = FAMILY_TABS.map((t) => tables.read(t));
    tables.resetCalls();
    const result = purgePersonalData(ports, { dryRun: true });
    expect(result.status).toBe('purged');
    expect(result.dryRun).toBe(true);
    expect(result.lines[0]).toMatch(/^Phụ huynh: \d+ gia đình$/);
    expect(result.message).toMatch(/^Xem trước \(chưa xóa gì\)/);
    expect(tables.calls.write).toBe(0);
    expect(props.size).toBe(0);
    expect(FAMILY_TABS.map((t) => tables.read(t))).toEqual(before);
  });
});
