import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatTime } from '../i18n/dates';
import type { Language } from '../plan';
import { dateRange } from '../mail/when';

/** "thứ Ba, 05/10/2021 07:30–11:00" (or a range of days for a multi-day activity). */
export function eventWhen(
  start: LocalDateTime | undefined,
  end: LocalDateTime | undefined,
  language: Language,
): string {
  if (!start) return catalogue(language).calendar.op.noTime;
  if (!end) return `${formatDayDate(start, language)} ${formatTime(start)}`;
  if (start.iso.slice(0, 10) === end.iso.slice(0, 10)) {
    return `${formatDayDate(start, language)} ${formatTime(start)}–${formatTime(end)}`;
  }
  return dateRange(start, end, language);
}

/** ‘Title’, shortened so that a preview line stays readable. */
export function quotedTitle(title: string, max = 80): string {
  const chars = [...title];
  return `‘${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : title}’`;
}

export const guestCount = (n: number, language: Language): string =>
  catalogue(language).calendar.op.guests(n);
