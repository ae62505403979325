import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { FINDING_CODES } from '../../../src/core/finding-codes';
import type { Finding } from '../../../src/core/findings';
import {
  describeFinding,
  findingLine,
  FINDING_MESSAGES,
  placeOf,
  renderFinding,
} from '../../../src/core/i18n/finding-messages';
import { checkPlan } from '../../../src/core/validation';
import {
  ACTIVITY_HEADERS,
  CAMPAIGN,
  GOOD_SETTINGS,
  OPENING,
  TRAINING,
  activitiesTab,
  goodGrids,
  settingsTab,
  tab,
} from './fixtures';

const SAMPLE_PARAMS = {
  header: 'Bắt đầu',
  count: 2,
  columns: 'D, F',
  tab: 'Hoạt động',
  text: '5/10',
  date: '05/10/2021',
  suggestion: '05/10/2021',
  choices: 'a, b',
  setting: 'Năm',
  firstRow: 3,
  year: 2021,
  weekStart: '01/10/2021',
  weekEnd: '07/10/2021',
  days: 8,
  value: 150,
  zone: 'UTC',
  expected: 'Asia/Ho_Chi_Minh',
  which: 'start',
  start: '05/10/2021 08:00',
  end: '05/10/2021 07:00',
  owner: 'a@example.com',
  other: 'HD04',
  otherRow: 4,
  category: 'tập huấn',
  audience: 'Tổ Chồi',
  quote: 'năm 2020',
  found: 2020,
};

function clean(text: string, minLength = 10): void {
  expect(text.length).toBeGreaterThan(minLength);
  expect(text).toBe(text.normalize('NFC'));
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
}

describe('the finding catalogue', () => {
  it('has a Vietnamese and an English sentence for every code, and nothing else', () => {
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(FINDING_CODES)('%s renders clean NFC text in both languages', (code) => {
    const finding: Finding = {
      severity: 'error',
      code,
      table: 'activities',
      tableName: 'Hoạt động',
      row: 7,
      column: 'Bắt đầu',
      params: SAMPLE_PARAMS,
    };
    const vi = renderFinding(finding, 'vi');
    const en = renderFinding(finding, 'en');
    clean(vi);
    clean(en);
    expect(vi).not.toBe(en);
    // Even with no parameters at all, nothing reads "undefined".
    clean(renderFinding({ ...finding, params: {} }, 'vi'));
  });

  it('says where to look, in the principal’s words', () => {
    const finding: Finding = {
      severity: 'error',
      code: 'activity.outsideWeek',
      table: 'activities',
      tableName: 'Hoạt động',
      row: 7,
      column: 'Bắt đầu',
      params: {},
    };
    expect(placeOf(finding)).toBe('Hoạt động, dòng 7, cột Bắt đầu');
    expect(placeOf(finding, 'en')).toBe('Hoạt động, row 7, column Bắt đầu');
    expect(
      placeOf({
        ...finding,
        table: 'settings',
        tableName: 'Cấu hình',
        row: 9,
        column: 'Giá trị',
        params: { setting: 'Năm' },
      }),
    ).toBe('Cấu hình, dòng 9 (Năm), cột Giá trị');
    expect(placeOf({ ...finding, row: undefined, column: undefined } as Finding)).toBe('Hoạt động');
    expect(findingLine({ ...finding, severity: 'warning', code: 'activity.onlineNoLink' })).toMatch(
      /^Cảnh báo: /,
    );
    expect(describeFinding(finding)).toMatch(/^Hoạt động, dòng 7, cột Bắt đầu — lỗi: Ngày bắt đầu/);
  });

  it('does not crash on a code it does not know', () => {
    clean(
      renderFinding({
        severity: 'warning',
        code: 'future.code',
        table: 'people',
        tableName: 'Nhân sự',
        params: {},
      }),
    );
  });

  it('renders every finding a badly broken plan produces, with real parameters', () => {
    const activities = activitiesTab([
      { ...CAMPAIGN, 'Bắt đầu': '5/10', 'Kết thúc': 'hôm nay', 'Tên hoạt động': 'Như năm 2020' },
      {
        ...OPENING,
        'Bắt đầu': localDateTime(2020, 10, 5, 8),
        'Kết thúc': '05-10-2021',
        'Số chỗ': '40',
        'Gửi lời mời': 'có lẽ',
        Loại: 'họp',
      },
      {
        ...TRAINING,
        Mã: 'HD04',
        'Đối tượng': 'Tổ Mầm',
        'Số chỗ': -1,
        'Đường liên kết': 'meet',
        'Giờ đã xác nhận': 'không',
      },
      {
        ...TRAINING,
        Mã: 'HD 05',
        'Bắt đầu': localDateTime(2021, 10, 2, 8),
        'Kết thúc': localDateTime(2021, 10, 2, 7),
        'Số chỗ': null,
        'Nền tảng trực tuyến': null,
      },
    ]);
    activities[0]!.push('Loại');
    const settings = settingsTab({
      ...GOOD_SETTINGS,
      Năm: '2020',
      'Chỉ tiêu dự khai mạc (%)': 'nửa',
      'Múi giờ': 'Mars/Base',
      'Email Ban giám hiệu': 'x@',
    });
    settings.push(['Năm', 2021], ['Ngày kết thúc tuần lễ', localDateTime(2021, 10, 9)]);
    const people = tab(
      ['Mã', 'Họ và tên', 'Email', 'Email'],
      [{ Mã: 'NS1', 'Họ và tên': 'A', Email: 'a@b' }],
    );
    const { findings } = checkPlan(
      { ...goodGrids(), settings, people, activities, outreach: undefined },
      {},
      { spreadsheetTimeZone: 'UTC' },
    );
    expect(findings.length).toBeGreaterThan(20);
    for (const f of findings) {
      expect(FINDING_CODES).toContain(f.code);
      clean(renderFinding(f, 'vi'));
      clean(renderFinding(f, 'en'));
      clean(placeOf(f), 3);
    }
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(15);
    expect(ACTIVITY_HEADERS).toContain('Bắt đầu');
  });
});
