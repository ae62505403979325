import { describe, expect, it } from 'vitest';
import { spentDailyQuota } from '../../src/core/daily-quota';
import { DAILY_QUOTA_MESSAGES } from '../gas/fakes';

describe('which daily allowance an Apps Script error says is spent', () => {
  it.each(['en', 'vi', 'unknown'] as const)(
    'knows script data and Docs in an account speaking %s',
    (language) => {
      expect(spentDailyQuota(DAILY_QUOTA_MESSAGES[language].properties)).toBe('properties');
      expect(spentDailyQuota(DAILY_QUOTA_MESSAGES[language].documents)).toBe('documents');
      expect(spentDailyQuota(DAILY_QUOTA_MESSAGES[language].calendarEvents)).toBeUndefined();
    },
  );

  it('takes no ordinary error for one', () => {
    for (const message of [
      "Cannot read properties of undefined (reading 'getId')",
      'Service invoked too many times for one day: email.',
      'Invalid argument: email',
      'Document is missing (perhaps it was deleted, or you do not have read access?)',
      'Service invoked too many times in a short time: properties. Try Utilities.sleep(1000) between calls.',
    ])
      expect(spentDailyQuota(message)).toBeUndefined();
  });
});
