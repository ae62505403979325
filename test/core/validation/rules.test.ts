import { describe, expect, it } from 'vitest';
import { localDateTime, type Grid } from '../../../src/core/cell';
import type { Finding } from '../../../src/core/findings';
import { renderFinding } from '../../../src/core/i18n/finding-messages';
import type { TableKey } from '../../../src/core/schema/types';
import { checkPlan, type EnvironmentZones } from '../../../src/core/validation';
import { otherYearsIn } from '../../../src/core/validation/rules/other-year-rules';
import {
  CAMPAIGN,
  FAMILY_HEADERS,
  GOOD_FAMILIES,
  GOOD_PEOPLE,
  GOOD_SETTINGS,
  OPENING,
  PEOPLE_HEADERS,
  TRAINING,
  activitiesTab,
  goodGrids,
  settingsTab,
  tab,
  type ActivityRow,
} from './fixtures';

const SCHOOL_ENV: EnvironmentZones = {
  spreadsheetTimeZone: 'Asia/Ho_Chi_Minh',
  scriptTimeZone: 'Asia/Ho_Chi_Minh',
};

function check(changes: Partial<Record<TableKey, Grid>> = {}, env = SCHOOL_ENV): Finding[] {
  return checkPlan({ ...goodGrids(), ...changes }, {}, env).findings;
}
const withActivities = (...rows: ActivityRow[]): Finding[] => check({ activities: activitiesTab(rows) });
const coded = (findings: Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe('the baseline plan', () => {
  it('has no findings at all, so each test below isolates its rule', () => {
    expect(check()).toEqual([]);
  });
});

describe('activity dates', () => {
  it('catches the seed slip: the opening dated 05/10/2020 inside the 2021 week', () => {
    const findings = withActivities({
      ...OPENING,
      'Bắt đầu': localDateTime(2020, 10, 5, 8),
      'Kết thúc': localDateTime(2020, 10, 5, 10),
    });
    const outside = coded(findings, 'activity.outsideWeek');
    expect(outside.map((f) => [f.severity, f.row, f.column])).toEqual([
      ['error', 2, 'Bắt đầu'],
      ['error', 2, 'Kết thúc'],
    ]);
    expect(renderFinding(outside[0]!)).toBe(
      'Ngày bắt đầu 05/10/2020 nằm ngoài tuần lễ 01/10/2021–07/10/2021. Sửa thành một ngày trong tuần lễ (có lẽ là 05/10/2021).',
    );
  });

  it('catches the slip typed as text too, with the text warning', () => {
    const findings = withActivities({
      ...OPENING,
      'Bắt đầu': '05/10/2020 08:00',
      'Kết thúc': '05/10/2021 10:00',
    });
    expect(coded(findings, 'activity.outsideWeek')).toHaveLength(1);
    expect(coded(findings, 'date.text')).toHaveLength(2);
  });

  it('suggests the swapped day and month of a US-locale date', () => {
    const findings = withActivities({ ...OPENING, 'Bắt đầu': localDateTime(2021, 5, 10, 8) });
    expect(coded(findings, 'activity.outsideWeek')[0]?.params['suggestion']).toBe('05/10/2021');
  });

  it('accepts the first and the last day of the week', () => {
    const findings = withActivities({
      ...CAMPAIGN,
      'Bắt đầu': localDateTime(2021, 10, 1, 0),
      'Kết thúc': localDateTime(2021, 10, 7, 23, 59),
    });
    expect(coded(findings, 'activity.outsideWeek')).toEqual([]);
  });

  it('flags an end before the start', () => {
    const findings = withActivities({ ...OPENING, 'Kết thúc': localDateTime(2021, 10, 5, 7, 0) });
    expect(coded(findings, 'activity.endBeforeStart')).toEqual([
      expect.objectContaining({ severity: 'error', row: 2, column: 'Kết thúc' }),
    ]);
  });

  it('warns about times that are not confirmed, but not for done or cancelled activities', () => {
    const findings = withActivities(
      { ...OPENING, 'Giờ đã xác nhận': 'không' },
      { ...TRAINING, 'Giờ đã xác nhận': 'không', 'Trạng thái': 'hủy' },
    );
    expect(coded(findings, 'activity.timeUnconfirmed')).toEqual([
      expect.objectContaining({ severity: 'warning', row: 2, column: 'Giờ đã xác nhận' }),
    ]);
  });

  it('warns about an owner booked twice at once, naming the other activity', () => {
    const clash = {
      ...TRAINING,
      Mã: 'HD07',
      'Người phụ trách (email)': 'AN@example.edu.vn',
      'Bắt đầu': localDateTime(2021, 10, 5, 9),
      'Kết thúc': localDateTime(2021, 10, 5, 11),
    };
    const back = {
      ...TRAINING,
      Mã: 'HD08',
      'Người phụ trách (email)': 'an@example.edu.vn',
      'Bắt đầu': localDateTime(2021, 10, 5, 10),
      'Kết thúc': localDateTime(2021, 10, 5, 12),
    };
    const findings = withActivities(CAMPAIGN, OPENING, clash, back);
    expect(coded(findings, 'activity.overlap').map((f) => [f.row, f.params['other']])).toEqual([
      [4, 'HD04'],
      [5, 'HD07'],
    ]);
    expect(coded(findings, 'activity.overlap')[0]?.severity).toBe('warning');
  });

  it('does not count back-to-back sessions, week-long campaigns or other owners as overlaps', () => {
    const next = {
      ...TRAINING,
      'Bắt đầu': localDateTime(2021, 10, 5, 10),
      'Kết thúc': localDateTime(2021, 10, 5, 11),
      'Người phụ trách (email)': 'an@example.edu.vn',
    };
    const other = {
      ...TRAINING,
      Mã: 'HD09',
      'Bắt đầu': localDateTime(2021, 10, 5, 8),
      'Kết thúc': localDateTime(2021, 10, 5, 9),
    };
    expect(coded(withActivities(CAMPAIGN, OPENING, next, other), 'activity.overlap')).toEqual([]);
  });

  it('warns about a session on a weekend (02/10/2021 is a Saturday)', () => {
    const findings = withActivities({
      ...TRAINING,
      'Bắt đầu': localDateTime(2021, 10, 2, 8),
      'Kết thúc': localDateTime(2021, 10, 2, 10),
    });
    const weekend = coded(findings, 'activity.weekend');
    expect(weekend).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'Bắt đầu' })]);
    expect(renderFinding(weekend[0]!)).toContain('thứ Bảy, 02/10/2021');
  });
});

describe('online activities, invitations, capacity and audience', () => {
  it('warns about an online activity without platform or link', () => {
    const findings = withActivities({
      ...TRAINING,
      Loại: 'trực tuyến',
      'Nền tảng trực tuyến': null,
      'Đường liên kết': null,
    });
    expect(coded(findings, 'activity.onlineNoPlatform')).toEqual([
      expect.objectContaining({ row: 2, column: 'Nền tảng trực tuyến' }),
    ]);
    expect(coded(findings, 'activity.onlineNoLink')).toEqual([
      expect.objectContaining({ row: 2, column: 'Đường liên kết' }),
    ]);
  });

  it('treats a platform as making the activity online', () => {
    const findings = withActivities({ ...OPENING, 'Đường liên kết': null });
    expect(coded(findings, 'activity.onlineNoLink')).toHaveLength(1);
    expect(coded(findings, 'activity.onlineNoPlatform')).toHaveLength(0);
  });

  it('requires a time and an audience when invitations are to be sent', () => {
    const noTime = { ...OPENING, 'Bắt đầu': null, 'Kết thúc': null };
    const noAudience = { ...TRAINING, 'Đối tượng': 'Không mời' };
    const blankAudience = { ...TRAINING, Mã: 'HD10', 'Đối tượng': null };
    const findings = withActivities(noTime, noAudience, blankAudience);
    expect(coded(findings, 'activity.inviteNoTime').map((f) => [f.severity, f.row])).toEqual([['error', 2]]);
    expect(coded(findings, 'activity.inviteNoAudience').map((f) => f.row)).toEqual([3, 4]);
    expect(
      coded(
        withActivities({ ...OPENING, 'Gửi lời mời': 'không', 'Đối tượng': null }),
        'activity.inviteNoAudience',
      ),
    ).toEqual([]);
  });

  it('warns about a training or a talk without capacity, and refuses a capacity of 0', () => {
    const talk = { ...TRAINING, Mã: 'HD11', Loại: 'nói chuyện', 'Số chỗ': null };
    const findings = withActivities({ ...TRAINING, 'Số chỗ': null }, talk, { ...OPENING, 'Số chỗ': 0 });
    expect(coded(findings, 'activity.noCapacity').map((f) => [f.severity, f.row, f.column])).toEqual([
      ['warning', 2, 'Số chỗ'],
      ['warning', 3, 'Số chỗ'],
    ]);
    expect(coded(findings, 'activity.capacityInvalid').map((f) => f.row)).toEqual([4]);
  });

  it('knows the audience words and the groups of People, tolerant of case and diacritics', () => {
    const known = withActivities(
      { ...OPENING, 'Đối tượng': 'to la' },
      { ...TRAINING, 'Đối tượng': 'PHỤ HUYNH' },
    );
    expect(coded(known, 'activity.audienceUnknown')).toEqual([]);
    const unknown = coded(withActivities({ ...OPENING, 'Đối tượng': 'Tổ Chồi' }), 'activity.audienceUnknown');
    expect(unknown).toEqual([expect.objectContaining({ severity: 'error', row: 2, column: 'Đối tượng' })]);
    expect(String(unknown[0]?.params['choices'])).toContain('Tổ Lá');
  });
});

describe('ids and rosters', () => {
  it('flags a duplicated activity id, case-insensitively, on the later row', () => {
    const findings = withActivities(OPENING, { ...TRAINING, Mã: 'hd04' });
    expect(coded(findings, 'id.duplicate')).toEqual([
      expect.objectContaining({
        severity: 'error',
        table: 'activities',
        row: 3,
        column: 'Mã',
        params: { value: 'HD04', firstRow: 2 },
      }),
    ]);
  });

  it('flags invalid and duplicated staff e-mails as errors', () => {
    const people = tab(PEOPLE_HEADERS, [
      ...GOOD_PEOPLE,
      { ...GOOD_PEOPLE[0], Mã: 'NS004', Email: ' AN@example.edu.vn ' },
      { ...GOOD_PEOPLE[1], Mã: 'NS005', Email: 'binh@' },
      { ...GOOD_PEOPLE[2], Email: 'cuc2@example.edu.vn' },
    ]);
    const findings = check({ people });
    expect(coded(findings, 'email.duplicate')).toEqual([
      expect.objectContaining({ severity: 'error', table: 'people', row: 5, column: 'Email' }),
    ]);
    expect(coded(findings, 'email.invalid')).toEqual([
      expect.objectContaining({ table: 'people', row: 6, column: 'Email' }),
    ]);
    expect(coded(findings, 'id.duplicate')).toEqual([expect.objectContaining({ table: 'people', row: 7 })]);
  });

  it('only warns about a family e-mail shared by two rows (siblings), and flags invalid ones', () => {
    const families = tab(FAMILY_HEADERS, [
      ...GOOD_FAMILIES,
      { ...GOOD_FAMILIES[0], Mã: 'PH002', 'Tên trẻ': 'Phạm Gia Hân' },
      { ...GOOD_FAMILIES[0], Mã: 'PH003', Email: 'dung at example.com' },
    ]);
    const findings = check({ families });
    expect(coded(findings, 'email.duplicate')).toEqual([
      expect.objectContaining({ severity: 'warning', table: 'families', row: 3 }),
    ]);
    expect(coded(findings, 'email.invalid')).toEqual([
      expect.objectContaining({ severity: 'error', table: 'families', row: 4 }),
    ]);
  });
});

describe('settings', () => {
  const withSettings = (changes: Record<string, unknown>) =>
    check({ settings: settingsTab({ ...GOOD_SETTINGS, ...changes } as typeof GOOD_SETTINGS) });

  it('flags a year that does not match the week', () => {
    const findings = withSettings({ Năm: 2020 });
    expect(coded(findings, 'settings.yearMismatch')).toEqual([
      expect.objectContaining({ severity: 'error', table: 'settings', column: 'Giá trị' }),
    ]);
  });

  it('flags a week that ends before it starts, and a week longer than seven days', () => {
    expect(
      coded(withSettings({ 'Ngày kết thúc tuần lễ': localDateTime(2021, 9, 30) }), 'settings.weekReversed'),
    ).toHaveLength(1);
    const long = coded(
      withSettings({ 'Ngày kết thúc tuần lễ': localDateTime(2021, 10, 8) }),
      'settings.weekTooLong',
    );
    expect(long).toEqual([expect.objectContaining({ params: expect.objectContaining({ days: 8 }) })]);
  });

  it('flags a target outside 0–100 %', () => {
    expect(coded(withSettings({ 'Chỉ tiêu dự khai mạc (%)': 150 }), 'settings.targetRange')).toHaveLength(1);
    expect(coded(withSettings({ 'Chỉ tiêu dự khai mạc (%)': '100 %' }), 'settings.targetRange')).toHaveLength(
      0,
    );
  });

  it('flags an invalid leadership e-mail on its row', () => {
    const findings = withSettings({ 'Email Ban giám hiệu': 'hieutruong@example.edu.vn; pho hieu truong' });
    const row = Object.keys(GOOD_SETTINGS).indexOf('Email Ban giám hiệu') + 2;
    expect(coded(findings, 'email.invalid')).toEqual([
      expect.objectContaining({
        table: 'settings',
        row,
        column: 'Giá trị',
        params: expect.objectContaining({ setting: 'Email Ban giám hiệu' }),
      }),
    ]);
  });

  it('flags an unknown time zone as an error and another zone as a warning', () => {
    expect(coded(withSettings({ 'Múi giờ': 'Asia/Hanoi' }), 'settings.timeZoneUnknown')[0]?.severity).toBe(
      'error',
    );
    expect(
      coded(withSettings({ 'Múi giờ': 'Asia/Bangkok' }), 'settings.timeZoneNotSchool')[0]?.severity,
    ).toBe('warning');
  });

  it('warns when the spreadsheet or the script is not in Asia/Ho_Chi_Minh', () => {
    const findings = check({}, { spreadsheetTimeZone: 'America/Los_Angeles', scriptTimeZone: 'Etc/GMT' });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['env.spreadsheetTimeZone', 'warning'],
      ['env.scriptTimeZone', 'warning'],
    ]);
  });
});

describe('text naming another year', () => {
  const SEED_PREAMBLE =
    'Trường Mầm non 20/10 xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 với chủ đề: “Chuyển đổi số để xây dựng thành công một xã hội học tập mới”';

  it('quotes the seed preamble’s “năm 2020” in a 2021 plan', () => {
    const findings = check({
      settings: settingsTab({ ...GOOD_SETTINGS, 'Lời mở đầu kế hoạch': SEED_PREAMBLE }),
    });
    const hits = coded(findings, 'text.otherYear');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      severity: 'warning',
      table: 'settings',
      column: 'Giá trị',
      params: { found: 2020, year: 2021 },
    });
    expect(String(hits[0]?.params['quote'])).toContain('suốt đời năm 2020');
    expect(renderFinding(hits[0]!)).toContain('năm 2020');
  });

  it('looks at titles and notes too, and ignores the plan’s own year', () => {
    const findings = withActivities({
      ...OPENING,
      'Tên hoạt động': 'Lễ khai mạc Tuần lễ năm 2021',
      'Kết quả / ghi chú': 'Như NĂM 2019',
    });
    expect(coded(findings, 'text.otherYear')).toEqual([
      expect.objectContaining({ row: 2, column: 'Kết quả / ghi chú' }),
    ]);
  });

  it('finds each other year once, and none in “năm học”', () => {
    expect(
      otherYearsIn('năm 2020 và năm 2021, năm học 2020-2021, năm 20201', 2021).map((h) => h.year),
    ).toEqual([2020]);
  });
});

describe('quoting', () => {
  it('cuts the quote at word boundaries', () => {
    const [hit] = otherYearsIn(
      'Trường Mầm non 20/10 xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 với chủ đề: “Chuyển đổi số”',
      2021,
    );
    expect(hit?.quote).toBe('…Tuần lễ hưởng ứng học tập suốt đời năm 2020 với chủ đề: “Chuyển đổi…');
  });
});
