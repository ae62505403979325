import { addDays, type LocalDateTime } from '../cell';

/** The part of an event a calendar link carries. */
export interface CalendarLinkEvent {
  readonly title: string;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly timeZone: string;
  readonly location?: string;
  readonly url?: string;
}

/** Long descriptions make links some phones refuse to open: the link and place are enough. */
const DETAILS_MAX = 300;

/**
 * A Google Calendar "add event" link (the documented `render?action=TEMPLATE` form): one tap on
 * a phone opens the event ready to save, for a guest the event's own list does not carry (more
 * than Google Calendar lists, or a family invited by mail). Times are the school's wall clock,
 * named by `ctz`, so the link means the same hour wherever it is opened.
 */
export function googleCalendarLink(event: CalendarLinkEvent): string {
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', datesOf(event.start, event.end)],
    ['ctz', event.timeZone],
  ];
  if (event.location) params.push(['location', event.location]);
  if (event.url) params.push(['details', event.url.slice(0, DETAILS_MAX)]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v.normalize('NFC'))}`).join('&');
  return `https://calendar.google.com/calendar/render?${query}`;
}

const atMidnight = (t: LocalDateTime): boolean => t.iso.endsWith('T00:00');

/**
 * "20211005T080000/20211005T100000"; days without hours (the plan's "01/10 – 07/10") as whole
 * days, the last one included as the sheet means it (Google's end day is exclusive).
 */
function datesOf(start: LocalDateTime, end: LocalDateTime): string {
  const day = (t: LocalDateTime): string => t.iso.slice(0, 10).replace(/-/g, '');
  if (atMidnight(start) && atMidnight(end)) return `${day(start)}/${day(addDays(end, 1))}`;
  const stamp = (t: LocalDateTime): string => `${t.iso.replace(/[-:]/g, '')}00`;
  return `${stamp(start)}/${stamp(end)}`;
}
