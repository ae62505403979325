import { describe, expect, it } from 'vitest';
import { classifyCalendarError } from '../../src/app/calendar/calendar-errors';
import { CALENDAR_RATE_ERROR, CALENDAR_RATE_ERROR_VI, DAILY_QUOTA_MESSAGES } from '../gas/fakes';

/** What the calendar sync makes of CalendarApp's errors, in either language of the account. */
describe('calendar errors', () => {
  it('the day’s events-created quota is a quota in English and in Vietnamese', () => {
    expect(classifyCalendarError(DAILY_QUOTA_MESSAGES.en.calendarEvents)).toBe('quota');
    expect(classifyCalendarError(DAILY_QUOTA_MESSAGES.vi.calendarEvents)).toBe('quota');
  });

  it('the rate limit and the usage limits are retried later', () => {
    for (const message of [
      CALENDAR_RATE_ERROR,
      CALENDAR_RATE_ERROR_VI,
      'Calendar usage limits exceeded.',
      'Đã vượt quá giới hạn sử dụng Lịch.',
    ])
      expect(classifyCalendarError(message), message).toBe('transient');
  });
});
