import { partsOf, type LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatTime } from '../i18n/dates';
import type { Language } from '../plan';

/** "từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021" */
export function dateRange(start: LocalDateTime, end: LocalDateTime, language: Language): string {
  return catalogue(language).mail.dateRange(formatDayDate(start, language), formatDayDate(end, language));
}

const sameDay = (a: LocalDateTime, b: LocalDateTime): boolean => a.iso.slice(0, 10) === b.iso.slice(0, 10);
const midnight = (a: LocalDateTime): boolean => partsOf(a).hour === 0 && partsOf(a).minute === 0;

/** When an activity happens, as one line: "thứ Ba, 05/10/2021, 08:00–10:00 (giờ dự kiến)". */
export function activityWhen(
  start: LocalDateTime | undefined,
  end: LocalDateTime | undefined,
  timeConfirmed: boolean,
  language: Language,
): string {
  if (!start) return catalogue(language).mail.toBeAnnounced;
  if (end && !sameDay(start, end)) return dateRange(start, end, language);
  const hours = activityHours(start, end, timeConfirmed, language);
  return hours ? `${formatDayDate(start, language)}, ${hours}` : formatDayDate(start, language);
}

/**
 * The hours of an activity within its day: "08:00–10:00 (giờ dự kiến)"; '' for a whole day
 * (both times at midnight). The invitation lists them under the day's heading.
 */
export function activityHours(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  timeConfirmed: boolean,
  language: Language,
): string {
  if (midnight(start) && (!end || midnight(end))) return '';
  const until = end ? `–${formatTime(end)}` : '';
  return `${formatTime(start)}${until}${timeConfirmed ? '' : catalogue(language).mail.tentative}`;
}
