import { afterEach, describe, expect, it } from 'vitest';
import { onOpen, setup, validatePlan } from '../../src/gas/main';
import { LOCK_BUSY, MENU_TITLE } from '../../src/gas/messages';
import { createGasFakes, installGlobals, type GasFakeOptions, type GasFakes } from './fakes';

/** The entry points in-process, over fakes installed as globals (the bundle test runs them in a vm). */
let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
});

function withFakes(options: GasFakeOptions = {}): GasFakes {
  const fakes = createGasFakes(options);
  undo = installGlobals(fakes);
  return fakes;
}

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
      { caption: 'Tạo/cập nhật biểu mẫu', functionName: 'syncForms' },
      { caption: 'Gửi thư mời', functionName: 'sendInvitations' },
      { caption: 'Gửi thư đang chờ', functionName: 'drainOutbox' },
      { caption: 'Xem trước thay đổi lịch', functionName: 'previewCalendarSync' },
      { caption: 'Đồng bộ lịch', functionName: 'syncCalendar' },
      { caption: 'Tạo báo cáo ngay', functionName: 'buildReportNow' },
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
