import { afterEach, describe, expect, it, vi } from 'vitest';
import { onOpen, purgePersonalData, setup, validatePlan } from '../../src/gas/main';
import { sampleRoster } from '../../src/core/seed';
import { cellText } from '../../src/core/table';
import { sampleResponseTabs, pasteTabs } from '../bundle/report-world';
import { gridOf, pasteSampleRoster } from '../bundle/sheet-view';
import { menuTexts } from '../../src/gas/messages';

const { lockBusy: LOCK_BUSY, title: MENU_TITLE } = menuTexts('vi');
import type { GasFakes } from './fakes';
import { removeFakes, withFakes } from './fakes/with-fakes';

/** The entry points in-process, over fakes installed as globals (the bundle test runs them in a vm). */
afterEach(removeFakes);

describe('onOpen', () => {
  it('adds the menu "Tuần lễ HTSĐ" with the actions that exist, with or without an event', () => {
    const fakes = withFakes();
    onOpen();
    onOpen({} as GoogleAppsScript.Events.SheetsOnOpen);
    expect(fakes.ui!.menus).toHaveLength(2);
    expect(fakes.ui!.menus[0]!.caption).toBe(MENU_TITLE);
    expect(fakes.ui!.menus[0]!.entries).toEqual([
      { caption: 'Thiết lập', functionName: 'setup' },
      { caption: 'Kiểm tra kế hoạch', functionName: 'validatePlan' },
      { caption: 'Bảng điều khiển', functionName: 'openDashboard' },
      { caption: 'Tạo/cập nhật biểu mẫu', functionName: 'syncForms' },
      { caption: 'Gửi thư mời', functionName: 'sendInvitations' },
      { caption: 'Gửi thư đang chờ', functionName: 'drainOutbox' },
      { caption: 'Xem trước thay đổi lịch', functionName: 'previewCalendarSync' },
      { caption: 'Đồng bộ lịch', functionName: 'syncCalendar' },
      { caption: 'Tạo báo cáo ngay', functionName: 'buildReportNow' },
      { caption: 'Nhập kế hoạch từ Google Docs', functionName: 'importPlan' },
      { caption: 'Xuất kế hoạch', functionName: 'exportPlan' },
      { caption: 'Tạo thông báo và mã QR', functionName: 'makeAnnouncements' },
      { caption: 'Khen thưởng và thư đề cử', functionName: 'makeCommendation' },
      { caption: 'Xóa dữ liệu cá nhân hết hạn', functionName: 'purgePersonalData' },
      { caption: 'Chuyển quyền chạy tự động', functionName: 'takeOverAutomation' },
    ]);
  });

  it('does nothing (and does not crash) where there is no UI', () => {
    const fakes = withFakes({ ui: false });
    expect(() => onOpen()).not.toThrow();
    expect(fakes.calls['Menu.addToUi']).toBeUndefined();
  });
});

describe('menu actions under the script lock', () => {
  it.each([
    ['setup', setup],
    ['validatePlan', validatePlan],
  ])(
    '%s tells the principal in Vietnamese when another run holds the lock, and changes nothing',
    (_, action) => {
      const fakes = withFakes();
      fakes.lock.busy = true;
      action();
      expect(fakes.ui!.alerts.map((a) => a.prompt)).toEqual([LOCK_BUSY]);
      expect(fakes.spreadsheet.sheets.map((s) => s.nameForFake())).toEqual(['Trang tính1']);
      expect(fakes.calls['Sheet.getRange'] ?? 0).toBe(0);
    },
  );

  it.each([
    ['setup', setup],
    ['validatePlan', validatePlan],
  ])('%s releases the lock and explains in Vietnamese when a service fails mid-way', (_, action) => {
    const fakes = withFakes();
    fakes.spreadsheet.getSheets = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    action();
    expect(fakes.lock.history[0]).toMatch(/^try\(/);
    expect(fakes.lock.history.at(-1)).toBe('release');
    expect(fakes.lock.held).toBe(false);
    expect(fakes.ui!.alerts).toHaveLength(1);
    expect(fakes.ui!.alerts[0]!.prompt).toMatch(/^Không thực hiện được: Service Spreadsheets failed/);
  });

  it('without a UI (a trigger), a busy lock fails the execution instead of waiting for a dialog', () => {
    const fakes = withFakes({ ui: false });
    fakes.lock.busy = true;
    expect(() => validatePlan()).toThrow(/lock/);
    expect(fakes.transcript.some((line) => line.startsWith('error:'))).toBe(true);
  });
});

/** 00:00 on 06/01/2022 in Hồ Chí Minh City: 07/10/2021 + 90 days, the day after. */
const PURGE_DUE = Date.parse('2022-01-05T17:00:00Z');

/** Setup, the sample roster with `copies` times its families, the sample week's responses. */
function schoolWithFamilies(copies: number, now: number): GasFakes {
  const fakes = withFakes();
  setup();
  pasteSampleRoster(fakes.spreadsheet, { families: true });
  pasteTabs(fakes.spreadsheet, sampleResponseTabs());
  const families = gridOf(fakes.spreadsheet, 'Phụ huynh')!;
  const [header, ...rows] = families;
  const more = Array.from({ length: copies - 1 }, (_, k) =>
    rows.map((row) => row.map((cell, i) => (i === 0 || i === 2 ? `${cellText(cell)}x${k}` : (cell ?? '')))),
  ).flat();
  if (more.length > 0) {
    const sheet = fakes.spreadsheet.sheet('Phụ huynh')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), more.length);
    sheet.getRange(rows.length + 2, 1, more.length, header!.length).setValues(more as string[][]);
  }
  fakes.clock.nowMs = now;
  // In-process the runtime's clock is the real Date (the bundle test swaps it in the vm).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  fakes.rec.reset();
  return fakes;
}

describe('purgePersonalData (daily trigger at 02:00 and menu item)', () => {
  afterEach(() => vi.useRealTimers());

  it('before the date reads Settings only and says when the data will go', () => {
    const fakes = schoolWithFamilies(1, PURGE_DUE - 60_000);
    const before = gridOf(fakes.spreadsheet, 'Phụ huynh');
    purgePersonalData();
    expect(fakes.ui!.alerts.at(-1)!.prompt).toMatch(/sẽ tự xóa từ ngày 06 tháng 01 năm 2022\.$/);
    expect(fakes.calls['Range.setValues'] ?? 0).toBe(0);
    expect(fakes.calls['Range.getValues']).toBe(1);
    expect(gridOf(fakes.spreadsheet, 'Phụ huynh')).toEqual(before);
  });

  it('whole tabs: the same spreadsheet calls for 120 families as for 480, and one write per tab', () => {
    const small = schoolWithFamilies(1, PURGE_DUE + 2 * 3600_000);
    purgePersonalData();
    const smallCalls = { ...small.calls };
    expect(small.ui!.alerts.at(-1)!.title).toBe('Xóa dữ liệu cá nhân hết hạn');
    expect(small.ui!.alerts.at(-1)!.prompt).toMatch(
      /^Đã xóa dữ liệu cá nhân của các gia đình \(năm 2021\)[^\n]*\nĐã xóa:\n• Phụ huynh: 120 gia đình\n/,
    );
    removeFakes();
    const big = schoolWithFamilies(4, PURGE_DUE + 2 * 3600_000);
    purgePersonalData();
    expect(big.ui!.alerts.at(-1)!.prompt).toMatch(/• Phụ huynh: 480 gia đình/);
    const spreadsheetCalls = (calls: Record<string, number>) =>
      Object.fromEntries(Object.entries(calls).filter(([k]) => /^(Range|Sheet|Spreadsheet)/.test(k)));
    expect(spreadsheetCalls(big.calls)).toEqual(spreadsheetCalls(smallCalls));
    // Settings, Nhân sự and the six tabs (the opening's attendance too) read once; each tab with
    // families' data written once (no mail went to a family here, so the outbox has nothing to
    // purge; only staff answered the opening, so its tab has nothing either).
    expect(smallCalls['Range.getValues']).toBe(8);
    expect(smallCalls['Range.setValues']).toBe(4);
    for (const family of sampleRoster().families) {
      const email = cellText(family.email ?? null);
      if (email) expect(JSON.stringify(gridOf(big.spreadsheet, 'Hộp thư đi') ?? [])).not.toContain(email);
    }
  });
});
