import type { Language } from '../core/plan';
import { menuTexts } from './messages';

/**
 * Sheets reads typed dates by the spreadsheet's locale: in en_US, a common default of personal
 * accounts, "05/10/2021" becomes 10 May. A Vietnamese school types day/month/year, so Setup
 * sets vi_VN (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)).
 */
export const SCHOOL_LOCALE = 'vi_VN';

/** Sets the school's locale; the line to tell ('' when it already was), a warning when it cannot. */
export function ensureSchoolLocale(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Language,
): string {
  const t = menuTexts(lang).locale;
  let current = '';
  try {
    current = spreadsheet.getSpreadsheetLocale();
    if (current === SCHOOL_LOCALE) return '';
    spreadsheet.setSpreadsheetLocale(SCHOOL_LOCALE);
    return t.set(current);
  } catch (error) {
    return t.failed(current || '?', error instanceof Error ? error.message : String(error));
  }
}
