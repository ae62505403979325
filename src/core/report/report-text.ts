import type { LocalDateTime } from '../cell';
import { catalogue, type Catalogue } from '../i18n/catalogue';
import { formatDayDateTime, formatShortDate, formatTime } from '../i18n/dates';
import { report as viReport } from '../i18n/vi/report';
import type { Activity, Language } from '../plan';
import type { TableKey } from '../schema/types';
import type { ReportFigures } from './figures';

/** The words the Vietnamese report prints where the tables hold nothing. */
export const NO_DATA = viReport.noData;
export const NOT_FILLED = viReport.notFilled;
export const PREVIEW_MARK = viReport.previewMark;

export type ReportTexts = Catalogue['report'];

/** The plan's language: a sheet without Settings is the school's own, Vietnamese. */
export const languageOf = (f: ReportFigures): Language => f.plan.settings?.language ?? 'vi';

export const textsOf = (f: ReportFigures): ReportTexts => catalogue(languageOf(f)).report;

/** A tab as the sheet names it, else as a sheet in the plan's language would. */
export const tabOf = (f: ReportFigures, key: TableKey): string =>
  f.tabNames?.[key] ?? catalogue(languageOf(f)).sheet.tabs[key];

/**
 * Text from a cell as the report prints it: NFC, control characters (which no document format
 * can hold) dropped, line breaks kept. HTML or formula-looking text stays literal characters.
 */
export function plain(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .trim()
  );
}

/** "dòng 2–5, 8, 10–11": the sheet rows a figure was counted from. */
export function rowsRef(rows: readonly number[], t: ReportTexts): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 0) return t.rows.none;
  const parts: string[] = [];
  let from = sorted[0]!;
  let to = from;
  for (const row of sorted.slice(1)) {
    if (row === to + 1) {
      to = row;
      continue;
    }
    parts.push(from === to ? `${from}` : `${from}–${to}`);
    from = to = row;
  }
  parts.push(from === to ? `${from}` : `${from}–${to}`);
  // A long list of scattered rows says how many instead of listing them all.
  return parts.length > 12
    ? t.rows.many(sorted.length, sorted[0]!, sorted[sorted.length - 1]!)
    : t.rows.list(parts);
}

/** "Nguồn: tab “Hoạt động”, dòng 2–14." */
export function sourceNote(tab: string, rows: readonly number[], t: ReportTexts): string {
  return t.rows.source(tab, rowsRef(rows, t));
}

/** "dd/MM": a date inside the week, in a table where the year is the report's. */
const dayMonth = (value: LocalDateTime): string => formatShortDate(value).slice(0, 5);

/**
 * A table's time: "01/10 07:00–17:00", "01/10 07:00 – 02/10 11:00", "01/10–07/10" for whole
 * days; short enough to stay on one line.
 */
export function activitySpan(activity: Activity, lang: Language): string {
  const { start, end } = activity;
  if (!start) return catalogue(lang).report.noData;
  const wholeDays =
    formatTime(start) === '00:00' && (!end || formatTime(end) === '00:00' || formatTime(end) === '23:59');
  if (wholeDays) {
    return !end || dayMonth(end) === dayMonth(start)
      ? dayMonth(start)
      : `${dayMonth(start)}–${dayMonth(end)}`;
  }
  const from = `${dayMonth(start)} ${formatTime(start)}`;
  if (!end) return from;
  return dayMonth(end) === dayMonth(start)
    ? `${from}–${formatTime(end)}`
    : // Over several days the end goes on a line of its own: a table cell that never breaks
      // inside a time, without taking the width the activity's title needs.
      `${from} –\n${dayMonth(end)} ${formatTime(end)}`;
}

/** "14:00 thứ Ba, 05/10/2021" */
export function moment(value: LocalDateTime, lang: Language): string {
  return `${formatTime(value)} ${formatDayDateTime(value, lang).replace(/ \d{2}:\d{2}$/, '')}`;
}
