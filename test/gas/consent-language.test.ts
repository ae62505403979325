import { describe, expect, it } from 'vitest';
import { consentMessage } from '../../src/gas/consent';

describe('the consent dialog in the dialogs’ language', () => {
  it('speaks English when the sheet is English, Vietnamese otherwise', () => {
    expect(consentMessage(null, 'en')).toContain('Choose the same item again in the "Learning Week" menu.');
    expect(consentMessage('https://x', 'en')).toContain('open it: https://x');
    expect(consentMessage(null)).toContain('Cách cấp đủ quyền:');
  });
});
