import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { mailEntry, readMailPayload } from '../../../src/core/outbox/enqueue';
import { describeMailError } from '../../../src/core/outbox/error-text';

const NOW = localDateTime(2021, 9, 28, 8, 0);
const MAIL = { subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' };

describe('the outbox in English', () => {
  it('gives the reason a mail can never go out in the mail’s language', () => {
    const entry = mailEntry({ key: 'k', to: ['not an address'], mail: MAIL, language: 'en' }, NOW);
    expect(entry.lastError).toBe('Invalid email address: "not an address".');
    const vi = mailEntry({ key: 'k', to: ['not an address'], mail: MAIL }, NOW);
    expect(vi.lastError).toBe('Địa chỉ email không hợp lệ: "not an address".');
  });

  it('writes the last-error texts in English', () => {
    expect(describeMailError('other', 'boom', 5, 5, 'en')).toBe(
      'Sending failed after 5 attempts; this mail will not be tried again. Details: boom',
    );
    expect(readMailPayload('{', 'en')).toMatch(/^The mail's data/);
  });
});
