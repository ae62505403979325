import type { LocalDateTime } from '../cell';
import { formatDayDateTime, formatShortDate, formatTime } from '../i18n/dates';
import type { Activity } from '../plan';

/** The words the report prints where the tables hold nothing (issue 6, "Bad input"). */
export const NO_DATA = 'chưa có dữ liệu';
export const NOT_FILLED = '(chưa điền)';
export const PREVIEW_MARK = 'BẢN XEM TRƯỚC – chưa hết tuần lễ';

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
export function rowsRef(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'không có dòng nào';
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
    ? `${sorted.length} dòng (từ dòng ${sorted[0]} đến ${sorted[sorted.length - 1]})`
    : `dòng ${parts.join(', ')}`;
}

/** "Nguồn: tab “Hoạt động”, dòng 2–14." */
export function sourceNote(tab: string, rows: readonly number[]): string {
  return `Nguồn: tab “${tab}”, ${rowsRef(rows)}.`;
}

/** "thứ Ba, 05/10/2021 08:00–10:00", or "chưa có dữ liệu" without a start. */
export function activityWhen(activity: Activity): string {
  if (!activity.start) return NO_DATA;
  const start = formatDayDateTime(activity.start);
  if (!activity.end) return start;
  return formatShortDate(activity.end) === formatShortDate(activity.start)
    ? `${start}–${formatTime(activity.end)}`
    : `${start} – ${formatDayDateTime(activity.end)}`;
}

/** "14:00 thứ Ba, 05/10/2021" */
export function moment(value: LocalDateTime): string {
  return `${formatTime(value)} ${formatDayDateTime(value).replace(/ \d{2}:\d{2}$/, '')}`;
}
