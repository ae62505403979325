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
  const m = catalogue(language).mail;
  if (!start) return m.toBeAnnounced;
  const tentative = timeConfirmed ? '' : m.tentative;
  if (!end || sameDay(start, end)) {
    if (midnight(start) && (!end || midnight(end))) return formatDayDate(start, language);
    const until = end ? `–${formatTime(end)}` : '';
    return `${formatDayDate(start, language)}, ${formatTime(start)}${until}${tentative}`;
  }
  return dateRange(start, end, language);
}
