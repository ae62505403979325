import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { parsePlan } from '../../../src/core/validation';
import {
  ACTIVITY_HEADERS,
  CAMPAIGN,
  GOOD_SETTINGS,
  OPENING,
  activitiesTab,
  goodGrids,
  settingsTab,
  tab,
} from './fixtures';

describe('parsePlan', () => {
  it('turns good tabs into the typed plan without findings', () => {
    const { plan, findings } = parsePlan(goodGrids());
    expect(findings).toEqual([]);
    expect(plan.settings).toMatchObject({
      school: 'Trường Mầm non 20/10',
      year: 2021,
      weekStart: localDateTime(2021, 10, 1),
      weekEnd: localDateTime(2021, 10, 7),
      openingTarget: 50,
      leadershipEmails: ['hieutruong@example.edu.vn', 'phohieutruong@example.edu.vn'],
      language: 'vi',
    });
    expect(plan.people.map((p) => p.id)).toEqual(['NS001', 'NS002', 'NS003']);
    expect(plan.activities.find((a) => a.id === 'HD04')).toMatchObject({
      row: 3,
      category: 'khai mạc',
      start: localDateTime(2021, 10, 5, 8),
      invite: true,
      timeConfirmed: true,
      status: 'kế hoạch',
      platform: 'Zoom',
    });
  });

  it('finds settings by label whatever the order, case, diacritics or English alias', () => {
    const reversed = Object.entries(GOOD_SETTINGS).reverse();
    const grid = [
      ['mục', 'GIA TRI'],
      ['Ghi chú riêng của hiệu trưởng', 'không phải là cấu hình'],
      ...reversed.map(([k, v]) => [k === 'Chủ đề' ? 'Theme' : k === 'Năm' ? 'NAM' : k, v]),
    ];
    const { plan, findings } = parsePlan({ ...goodGrids(), settings: grid });
    expect(findings).toEqual([]);
    expect(plan.settings?.theme).toBe(GOOD_SETTINGS['Chủ đề']);
    expect(plan.settings?.year).toBe(2021);
  });

  it('reports a missing required setting, and an empty one on its row', () => {
    const { ['Chủ đề']: _theme, ...rest } = GOOD_SETTINGS;
    const { findings } = parsePlan({ ...goodGrids(), settings: settingsTab({ ...rest, 'Tên trường': '' }) });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'setting.missing', severity: 'error', params: { setting: 'Chủ đề' } }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'setting.missing',
        row: 2,
        column: 'Giá trị',
        params: { setting: 'Tên trường' },
      }),
    );
  });

  it('reports a setting given twice and keeps the first', () => {
    const grid = [...settingsTab(), ['Năm', 2020]];
    const { plan, findings } = parsePlan({ ...goodGrids(), settings: grid });
    expect(plan.settings?.year).toBe(2021);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'setting.duplicate', row: grid.length }));
  });

  it('has no settings (and says so) when the Settings tab is absent', () => {
    const { settings: _s, ...rest } = goodGrids();
    const { plan, findings } = parsePlan(rest);
    expect(plan.settings).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ code: 'table.missing', severity: 'error', table: 'settings' }),
    ]);
  });

  it('reports a missing required header and a duplicated header on row 1', () => {
    const headers = ACTIVITY_HEADERS.filter((h) => h !== 'Bắt đầu').concat('Loại');
    const { findings, plan } = parsePlan({ ...goodGrids(), activities: tab(headers, [CAMPAIGN]) });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'header.missing', table: 'activities', row: 1, column: 'Bắt đầu' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'header.duplicate', table: 'activities', row: 1, column: 'Loại' }),
    );
    expect(plan.activities).toHaveLength(1);
    expect(plan.activities[0]?.start).toBeUndefined();
  });

  it('reports wrong types with the row and the header as the sheet spells it', () => {
    const headers = ACTIVITY_HEADERS.map((h) => (h === 'Bắt đầu' ? 'Bắt đầu (ngày giờ)' : h));
    const grid = tab(headers, [CAMPAIGN, { ...OPENING, 'Bắt đầu (ngày giờ)': '5/10', 'Số chỗ': 'nhiều' }]);
    const { findings } = parsePlan({ ...goodGrids(), activities: grid });
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'date.noYear',
        row: 3,
        column: 'Bắt đầu (ngày giờ)',
        params: { text: '5/10', suggestion: '05/10/2021' },
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'number.invalid', row: 3, column: 'Số chỗ' }),
    );
  });

  it('keeps rows without id, title or category out of the plan, with a finding for each gap', () => {
    const grid = activitiesTab([
      CAMPAIGN,
      { ...OPENING, Mã: null },
      { ...OPENING, Mã: 'HD09', Loại: 'hội thảo' },
    ]);
    const { plan, findings } = parsePlan({ ...goodGrids(), activities: grid });
    expect(plan.activities.map((a) => a.id)).toEqual(['HD01']);
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'value.required', row: 3, column: 'Mã' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'choice.unknown', row: 4, column: 'Loại' }),
    );
  });

  it('skips blank rows but keeps sheet row numbers', () => {
    const grid = activitiesTab([CAMPAIGN]);
    grid.push(
      ACTIVITY_HEADERS.map(() => null),
      ACTIVITY_HEADERS.map(() => '  '),
    );
    grid.push(tab(ACTIVITY_HEADERS, [OPENING])[1]!);
    const { plan } = parsePlan({ ...goodGrids(), activities: grid });
    expect(plan.activities.map((a) => [a.id, a.row])).toEqual([
      ['HD01', 2],
      ['HD04', 5],
    ]);
  });
});
