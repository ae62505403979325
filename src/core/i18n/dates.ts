import { partsOf, weekdayOf, type LocalDateTime } from '../cell';
import type { Language } from '../plan';

const VI_WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** "05/10/2021" */
export function formatShortDate(value: LocalDateTime): string {
  const p = partsOf(value);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "08:00" */
export function formatTime(value: LocalDateTime): string {
  const p = partsOf(value);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "thứ Ba" / "Tuesday" */
export function weekdayName(value: LocalDateTime, lang: Language = 'vi'): string {
  return (lang === 'vi' ? VI_WEEKDAYS : EN_WEEKDAYS)[weekdayOf(value)]!;
}

/** "thứ Ba, 05/10/2021" — the form used in lists and mails. */
export function formatDayDate(value: LocalDateTime, lang: Language = 'vi'): string {
  return `${weekdayName(value, lang)}, ${formatShortDate(value)}`;
}

/** "thứ Ba, 05/10/2021 08:00" */
export function formatDayDateTime(value: LocalDateTime, lang: Language = 'vi'): string {
  return `${formatDayDate(value, lang)} ${formatTime(value)}`;
}

/** "ngày 05 tháng 10 năm 2021" — the administrative form. */
export function formatLongDate(value: LocalDateTime, lang: Language = 'vi'): string {
  const p = partsOf(value);
  if (lang === 'en') return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  return `ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}`;
}
