import type { shell as vi } from '../vi/shell';

export const shell: typeof vi = {
  consentTitle: 'The script needs every permission',
  consentWhy:
    'The script does not have every permission yet, so it did nothing. On the permission screen Google ' +
    'gives each permission its own checkbox, and at least one was left empty.',
  consentHow: 'How to give every permission:',
  consentOpen: (url) => `1. Copy this link into the browser's address bar and open it: ${url}`,
  consentRerunFirst: '1. Choose the same item again in the "Learning Week" menu.',
  consentTick:
    '2. Choose the school\'s Google account, tick "Select all" (every permission ticked), then click "Continue".',
  consentRerun: '3. Choose the same item again in the "Learning Week" menu.',
  noSpreadsheet: 'No spreadsheet found: the script must be bound to a Google Sheet.',
};
