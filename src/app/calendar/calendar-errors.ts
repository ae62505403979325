import { classifyMailError } from '../../core/outbox/classify-error';

/**
 * Calendar errors: "You have been creating or deleting too many calendars or calendar events
 * in a short time" is a rate limit (wait and retry), unlike the mail wording the outbox knows.
 */
export function classifyCalendarError(message: string): ReturnType<typeof classifyMailError> {
  if (/in a short time|rate limit/i.test(message)) return 'transient';
  return classifyMailError(message);
}
