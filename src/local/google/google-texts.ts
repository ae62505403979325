import { catalogue } from '../../core/i18n/catalogue';
import { cliLanguage } from '../runtime/cli-text';
import type { TokenRead } from './google-token';
import type { SheetsFailure } from './sheets-failure';

/** The Google commands' texts in the CLI's language (no workbook is open to choose another). */
export const googleText = (): ReturnType<typeof catalogue>['google'] => catalogue(cliLanguage()).google;

/** Why a call failed, in words that end a line naming the sheet. */
export function failureReason(failure: SheetsFailure): string {
  const r = googleText().reasons;
  switch (failure.kind) {
    case 'noTab':
      return r.noTab(failure.tab);
    case 'server':
      return r.server(failure.status);
    case 'network':
      return r.network(failure.code);
    case 'other':
      return r.other(failure.message);
    default:
      return r[failure.kind];
  }
}

/** The line for a token that cannot be used: run `google login`, make it private, or log in again. */
export function tokenProblemLine(read: Exclude<TokenRead, { kind: 'token' }>): string {
  const t = googleText();
  if (read.kind === 'missing') return t.noToken(read.path);
  if (read.kind === 'too-open') return t.tokenTooOpen(read.path);
  return t.tokenUnreadable(read.path);
}
