import { partsOf, wallMinutes } from '../../cell';
import type { Finding } from '../../findings';
import { formatShortDate } from '../../i18n/dates';
import { SETTINGS_TABLE } from '../../schema/tables';
import { isKnownTimeZone, SCHOOL_TIME_ZONE } from '../../time-zone';
import { makeFinding } from '../make-finding';
import { settingParams, settingPlace, type Rule } from './context';

const DAY = 24 * 60;

/** The year must be the year of the week's dates (a copied sheet often keeps last year's). */
export const yearMatchesWeek: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  if (!s) return [];
  const startYear = partsOf(s.weekStart).year;
  const endYear = partsOf(s.weekEnd).year;
  if (s.year === startYear && s.year === endYear) return [];
  return [
    makeFinding(
      'error',
      'settings.yearMismatch',
      settingPlace(ctx, 'year'),
      settingParams('year', {
        year: s.year,
        weekStart: formatShortDate(s.weekStart),
        weekEnd: formatShortDate(s.weekEnd),
      }),
    ),
  ];
};

export const weekInOrder: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  if (!s) return [];
  const days = (wallMinutes(s.weekEnd) - wallMinutes(s.weekStart)) / DAY;
  const params = settingParams('weekEnd', {
    weekStart: formatShortDate(s.weekStart),
    weekEnd: formatShortDate(s.weekEnd),
  });
  if (days < 0) return [makeFinding('error', 'settings.weekReversed', settingPlace(ctx, 'weekEnd'), params)];
  // 01/10 to 07/10 is seven days, six days apart.
  if (days > 6) {
    return [
      makeFinding('error', 'settings.weekTooLong', settingPlace(ctx, 'weekEnd'), {
        ...params,
        days: days + 1,
      }),
    ];
  }
  return [];
};

export const targetInRange: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  if (!s || ctx.parsed.settingRows.openingTarget === undefined) return [];
  if (s.openingTarget >= 0 && s.openingTarget <= 100) return [];
  return [
    makeFinding(
      'error',
      'settings.targetRange',
      settingPlace(ctx, 'openingTarget'),
      settingParams('openingTarget', { value: s.openingTarget }),
    ),
  ];
};

export const settingsTimeZone: Rule = (ctx) => {
  const s = ctx.parsed.plan.settings;
  if (!s || ctx.parsed.settingRows.timeZone === undefined) return [];
  const place = settingPlace(ctx, 'timeZone');
  if (!isKnownTimeZone(s.timeZone)) {
    return [
      makeFinding(
        'error',
        'settings.timeZoneUnknown',
        place,
        settingParams('timeZone', { zone: s.timeZone, expected: SCHOOL_TIME_ZONE }),
      ),
    ];
  }
  if (s.timeZone !== SCHOOL_TIME_ZONE) {
    return [
      makeFinding(
        'warning',
        'settings.timeZoneNotSchool',
        place,
        settingParams('timeZone', { zone: s.timeZone, expected: SCHOOL_TIME_ZONE }),
      ),
    ];
  }
  return [];
};

/** Spreadsheet or script in another zone: dates typed in the sheet would shift (docs/ARCHITECTURE.md, section 7). */
export const environmentTimeZones: Rule = (ctx) => {
  const findings: Finding[] = [];
  const place = {
    table: 'settings' as const,
    tableName: ctx.parsed.tabNames.settings ?? SETTINGS_TABLE.name,
  };
  const { spreadsheetTimeZone, scriptTimeZone } = ctx.env;
  if (spreadsheetTimeZone !== undefined && spreadsheetTimeZone !== SCHOOL_TIME_ZONE) {
    findings.push(
      makeFinding('warning', 'env.spreadsheetTimeZone', place, {
        zone: spreadsheetTimeZone,
        expected: SCHOOL_TIME_ZONE,
      }),
    );
  }
  if (scriptTimeZone !== undefined && scriptTimeZone !== SCHOOL_TIME_ZONE) {
    findings.push(
      makeFinding('warning', 'env.scriptTimeZone', place, {
        zone: scriptTimeZone,
        expected: SCHOOL_TIME_ZONE,
      }),
    );
  }
  return findings;
};

export const SETTINGS_RULES: readonly Rule[] = [
  yearMatchesWeek,
  weekInOrder,
  targetInRange,
  settingsTimeZone,
  environmentTimeZones,
];
