import { classifyMailError } from '../../core/outbox/classify-error';

/**
 * The Calendar's own wordings, in English and in Vietnamese (Apps Script words its errors in the
 * language of the account that runs the script).
 * - "Service invoked too many times for one day: calendar." — the day's 5,000 events created are
 *   spent: a quota, nothing more today;
 * - "You have been creating or deleting too many calendars or calendar events in a short time" —
 *   a rate limit: wait and retry;
 * - "Calendar usage limits exceeded." — Google Calendar is read-only for the account for some
 *   hours (support.google.com/a/answer/2905486): retried later, never given up on.
 */
const CALENDAR_QUOTA = [/too many times for one day/i, /quá nhiều lần trong một ngày/i];
const CALENDAR_TRANSIENT = [
  /in a short time|rate limit/i,
  /trong một khoảng thời gian ngắn|trong thời gian ngắn/i,
  /usage limits exceeded/i,
  /giới hạn sử dụng/i,
];

export function classifyCalendarError(message: string): ReturnType<typeof classifyMailError> {
  if (CALENDAR_QUOTA.some((re) => re.test(message))) return 'quota';
  if (CALENDAR_TRANSIENT.some((re) => re.test(message))) return 'transient';
  return classifyMailError(message);
}
