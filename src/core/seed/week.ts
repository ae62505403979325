import { addDays, localDateTime, partsOf, weekdayOf, type LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { SEED_SCHOOL, SEED_THEME, SEED_YEAR } from './plan-2021';

/** What a school may change when it starts from the 2021 plan (CLI: --year --school --theme --start). */
export interface SeedOptions {
  year?: number;
  school?: string;
  theme?: string;
  /** First day of the week, "YYYY-MM-DD" or "dd/MM/yyyy"; default 01/10 of the year. */
  start?: string;
  /** The language of the errors below (default Vietnamese); the seed plan itself stays as written. */
  language?: Language;
  /** Settings "Gửi thư cho phụ huynh": "có" instead of the default "không". */
  mailFamilies?: boolean;
}

/** The options made definite: the week is seven days from `start` (00:00) to `end` (00:00). */
export interface SeedWeek {
  readonly year: number;
  readonly school: string;
  readonly theme: string;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  /** True for the document itself (2021, Trường Mầm non 20/10, its theme, 01/10): its text is kept verbatim. */
  readonly isOriginal: boolean;
}

export const WEEK_DAYS = 7;

/** Parses "2024-10-01" or "01/10/2024"; undefined when it is neither or not a real date. */
export function parseWeekStart(text: string): LocalDateTime | undefined {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const vn = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vn
      ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year)) return undefined;
  try {
    return localDateTime(year, month, day);
  } catch {
    return undefined;
  }
}

/**
 * Resolves the options. Bad input is a programming or CLI error, not a finding: the CLI checks
 * its flags before calling, so this throws a RangeError with a message in `options.language`.
 */
export function resolveWeek(options: SeedOptions = {}): SeedWeek {
  const t = catalogue(options.language).sheet.week;
  let start: LocalDateTime;
  if (options.start !== undefined) {
    const parsed = parseWeekStart(options.start);
    if (!parsed) throw new RangeError(t.badStart(options.start));
    start = parsed;
    if (options.year !== undefined && options.year !== partsOf(parsed).year) {
      throw new RangeError(t.startOutsideYear(options.start, options.year));
    }
  } else {
    const year = options.year ?? SEED_YEAR;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new RangeError(t.badYear(year));
    }
    start = localDateTime(year, 10, 1);
  }
  const year = partsOf(start).year;
  const school = options.school?.normalize('NFC').trim() || SEED_SCHOOL;
  const theme = options.theme?.normalize('NFC').trim() || SEED_THEME;
  return {
    year,
    school,
    theme,
    start,
    end: addDays(start, WEEK_DAYS - 1),
    isOriginal:
      year === SEED_YEAR &&
      school === SEED_SCHOOL &&
      theme === SEED_THEME &&
      start.iso === '2021-10-01T00:00',
  };
}

export const isWeekend = (day: LocalDateTime): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/**
 * The weekdays of the week ordered by distance from the day `offset` days into it (earlier
 * wins a tie): where to put a proposed meeting, best first. A meeting is never proposed on a
 * Saturday or Sunday; a seven-day week always holds five weekdays.
 */
export function weekdaysByDistance(week: SeedWeek, offset: number): LocalDateTime[] {
  const days: LocalDateTime[] = [];
  for (let distance = 0; distance < 2 * WEEK_DAYS; distance++) {
    for (const candidate of distance === 0 ? [offset] : [offset - distance, offset + distance]) {
      if (candidate < 0 || candidate >= WEEK_DAYS) continue;
      const day = addDays(week.start, candidate);
      if (!isWeekend(day)) days.push(day);
    }
  }
  return days;
}
