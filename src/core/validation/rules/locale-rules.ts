import { localDateTime, partsOf, type Cell, type LocalDateTime } from '../../cell';
import type { Finding } from '../../findings';
import { formatShortDate } from '../../i18n/dates';
import type { Settings } from '../../plan';
import type { SettingKey } from '../../schema/settings';
import { SETTINGS_TABLE } from '../../schema/tables';
import { makeFinding } from '../make-finding';
import { placeAt, settingParams, settingPlace, type Rule, type RuleContext } from './context';

/**
 * Locales in which Sheets reads a typed "05/10/2021" as day/month/year. In any other (en_US
 * above all, a common default of personal accounts) a typed date may have been read month
 * first, and "05/10/2021" is then stored as 10 May.
 */
const DAY_FIRST_LOCALES: ReadonlySet<string> = new Set([
  'vi_VN',
  'en_GB',
  'en_AU',
  'en_IN',
  'fr_FR',
  'de_DE',
  'es_ES',
  'it_IT',
]);

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date the principal meant if Sheets swapped day and month; undefined when no swap could. */
function swapped(value: LocalDateTime): LocalDateTime | undefined {
  const p = partsOf(value);
  if (p.day > 12 || p.day === p.month) return undefined;
  try {
    return localDateTime(p.year, p.day, p.month, p.hour, p.minute);
  } catch {
    return undefined;
  }
}

function inWeek(value: LocalDateTime, s: Settings | undefined): boolean {
  if (!s) return false;
  const day = value.iso.slice(0, 10);
  return day >= s.weekStart.iso.slice(0, 10) && day <= s.weekEnd.iso.slice(0, 10);
}

/** What the principal typed for Sheets to store `value` month first, and what they meant. */
function params(value: LocalDateTime, meant: LocalDateTime, locale: string) {
  const p = partsOf(value);
  return {
    typed: `${pad(p.month)}/${pad(p.day)}/${p.year}`,
    read: formatShortDate(value),
    meant: formatShortDate(meant),
    locale,
  };
}

/** Text a day-first reader takes for a date and a month-first sheet keeps as text: "31/10/2021". */
const DAY_FIRST_TEXT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b/;

function keptAsText(cell: Cell | undefined): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const m = DAY_FIRST_TEXT.exec(cell);
  return m && Number(m[1]) > 12 && Number(m[2]) <= 12 ? cell.trim() : undefined;
}

/** The Settings dates a principal types. */
const SETTING_DATES = [
  'weekStart',
  'weekEnd',
  'reportAt',
  'basisDate',
] as const satisfies readonly (SettingKey & keyof Settings)[];

/**
 * A sheet whose locale does not read day/month/year: one warning for the sheet, and one for
 * each date cell that may have been read month first — an activity's date outside the week
 * whose swap falls inside it, and any Settings date whose day could be a month (Settings has no
 * week to compare with: the principal confirms it) — or kept as text because its day cannot be
 * a month ("31/10/2021"), which retyping would not mend.
 */
export const datesReadMonthFirst: Rule = (ctx: RuleContext) => {
  const locale = ctx.env.spreadsheetLocale;
  if (locale === undefined || DAY_FIRST_LOCALES.has(locale)) return [];
  const settings = ctx.parsed.plan.settings;
  const findings: Finding[] = [
    makeFinding(
      'warning',
      'env.spreadsheetLocale',
      { table: 'settings', tableName: ctx.parsed.tabNames.settings ?? SETTINGS_TABLE.name },
      { locale },
    ),
  ];
  for (const row of ctx.parsed.tables.activities?.rows ?? []) {
    for (const which of ['start', 'end'] as const) {
      const text = keptAsText(row.cells[which]);
      if (text === undefined) continue;
      findings.push(
        makeFinding('warning', 'date.textLocale', placeAt(ctx, 'activities', row.row, which), {
          text,
          locale,
        }),
      );
    }
  }
  for (const a of ctx.parsed.plan.activities) {
    for (const which of ['start', 'end'] as const) {
      const value = a[which];
      const meant = value && swapped(value);
      if (!value || !meant || inWeek(value, settings) || (settings && !inWeek(meant, settings))) continue;
      findings.push(
        makeFinding(
          'warning',
          'date.monthFirst',
          placeAt(ctx, 'activities', a.row, which),
          params(value, meant, locale),
        ),
      );
    }
  }
  for (const key of SETTING_DATES) {
    const at = ctx.parsed.settingRows[key];
    const raw = ctx.parsed.tables.settings?.rows.find((r) => r.row === at)?.cells['value'];
    const text = keptAsText(raw);
    if (text !== undefined) {
      findings.push(
        makeFinding(
          'warning',
          'date.textLocale',
          settingPlace(ctx, key),
          settingParams(key, { text, locale }),
        ),
      );
    }
    const value = settings?.[key];
    const meant = value && swapped(value);
    if (!value || !meant || ctx.parsed.settingRows[key] === undefined) continue;
    findings.push(
      makeFinding(
        'warning',
        'date.monthFirst',
        settingPlace(ctx, key),
        settingParams(key, params(value, meant, locale)),
      ),
    );
  }
  return findings;
};
