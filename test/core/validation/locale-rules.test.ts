import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime, type Cell } from '../../../src/core/cell';
import { renderFinding } from '../../../src/core/i18n/finding-messages';
import { checkPlan } from '../../../src/core/validation';
import { activitiesTab, goodGrids, OPENING, settingsTab, GOOD_SETTINGS } from './fixtures';

/**
 * Sheets reads a typed date by the spreadsheet's locale. In en_US "05/10/2021" is stored as
 * 10 May; the check says so on the cell, with the date the principal meant.
 */
const ZONES = { spreadsheetTimeZone: 'Asia/Ho_Chi_Minh', scriptTimeZone: 'Asia/Ho_Chi_Minh' };
const monthFirst = (locale: string, start: Cell = OPENING['Bắt đầu']!, settings = GOOD_SETTINGS) =>
  checkPlan(
    {
      ...goodGrids(),
      settings: settingsTab(settings),
      activities: activitiesTab([{ ...OPENING, 'Bắt đầu': start }]),
    },
    {},
    { ...ZONES, spreadsheetLocale: locale },
  ).findings.filter((f) => ['date.monthFirst', 'date.textLocale', 'env.spreadsheetLocale'].includes(f.code));

describe('dates read month first', () => {
  it('"05/10/2021 08:00" stored as 10 May under en_US is flagged on its cell, in Vietnamese', () => {
    const findings = monthFirst('en_US', localDateTime(2021, 5, 10, 8, 0));
    const cell = findings.find((f) => f.code === 'date.monthFirst' && f.table === 'activities')!;
    expect(cell.row).toBe(2);
    expect(cell.column).toBe('Bắt đầu');
    const text = renderFinding(cell, 'vi');
    expect(text).toContain('gõ “05/10/2021”');
    expect(text).toContain('Sheets đã hiểu thành 10/05/2021');
    expect(text).toContain('Nếu bạn muốn ngày 05/10/2021');
    expect(renderFinding(cell, 'en')).toContain('If you meant 05/10/2021');
    expect(findings.some((f) => f.code === 'env.spreadsheetLocale')).toBe(true);
  });

  it('"31/10/2021 08:00" kept as text under en_US is flagged: retyping it would give text again', () => {
    const findings = monthFirst('en_US', '31/10/2021 08:00');
    const cell = findings.find((f) => f.code === 'date.textLocale')!;
    expect(cell.row).toBe(2);
    expect(renderFinding(cell, 'vi')).toContain('Sheets không hiểu “31/10/2021 08:00” là ngày');
    expect(monthFirst('vi_VN', '31/10/2021 08:00')).toEqual([]);
  });

  it('nothing is said in a vi_VN or en_GB sheet, nor where no locale is known (the local workbook)', () => {
    expect(monthFirst('vi_VN', localDateTime(2021, 5, 10, 8, 0))).toEqual([]);
    expect(monthFirst('en_GB', localDateTime(2021, 5, 10, 8, 0))).toEqual([]);
    const local = checkPlan({ ...goodGrids() }, {}, ZONES).findings;
    expect(local.filter((f) => f.code === 'date.monthFirst')).toEqual([]);
  });

  it('an activity date in the week, or one whose swap is no date of the week, is not blamed on the locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (month, day) => {
        const value = localDateTime(2021, month, day, 8, 0);
        const flagged = monthFirst('en_US', value).some(
          (f) => f.code === 'date.monthFirst' && f.table === 'activities',
        );
        // Read month first, the stored 10/m was typed "m/10": a day of the week 01–07/10 exactly
        // when the stored day is 10 and the stored month 1–7.
        expect(flagged).toBe(day === 10 && month <= 7);
      }),
      { numRuns: 200 },
    );
  });

  it('a Settings date whose day could be a month is flagged under en_US (there is no week to compare it with)', () => {
    const findings = monthFirst('en_US');
    const settings = findings.filter((f) => f.code === 'date.monthFirst' && f.table === 'settings');
    // 01/10/2021 and 07/10/2021: both could have been typed as 10/01 and 10/07.
    expect(settings).toHaveLength(2);
    expect(renderFinding(settings[0]!, 'vi')).toContain('Sheets đã hiểu thành 01/10/2021');
  });
});
