import { uiLanguage } from '../app/jobs/language';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import { scriptProperties } from './services';
import { availableUi } from './ui';

/**
 * Google's consent screen gives each permission its own checkbox, so a principal can allow the
 * spreadsheet but not, say, the calendar. The script then still starts, and fails halfway
 * through the first call that needs a permission it lacks, after part of the work is written.
 * So every menu action and trigger asks first, and stops before doing anything.
 *
 * `ScriptApp.getAuthorizationInfo(AuthMode.FULL).getAuthorizationStatus()` is REQUIRED while
 * any scope of the manifest lacks consent; `getAuthorizationUrl()` opens the consent screen for
 * them. https://developers.google.com/apps-script/reference/script/authorization-info
 * `ScriptApp.requireAllScopes` would end the execution on Google's own prompt instead, which
 * cannot tell the principal which box to tick, and a trigger has no one to show a prompt to.
 */

/** What to tick and what to run again, in the principal's words; the link when Google gives one. */
export function consentMessage(authorizationUrl: string | null, lang: Language = 'vi'): string {
  const t = catalogue(lang).shell;
  return [
    t.consentWhy,
    t.consentHow,
    authorizationUrl ? t.consentOpen(authorizationUrl) : t.consentRerunFirst,
    t.consentTick,
    t.consentRerun,
  ].join('\n');
}

/** The consent screen's link while some permission is missing, `undefined` when all are granted. */
function missingConsent(): { url: string | null } | undefined {
  let info: GoogleAppsScript.Script.AuthorizationInfo;
  try {
    info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  } catch {
    return undefined; // cannot tell: let the action run and report its own errors
  }
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return undefined;
  return { url: info.getAuthorizationUrl() };
}

/**
 * True when every permission is granted. Otherwise says what to tick — in a dialog, or by
 * failing the execution in a trigger so it shows as failed in the Apps Script dashboard — and
 * returns false.
 */
export function hasFullConsent(): boolean {
  const missing = missingConsent();
  if (!missing) return true;
  // The dialogs' language, as the last plan check left it: reading the sheet needs a permission.
  const lang = uiLanguage(scriptProperties());
  const title = catalogue(lang).shell.consentTitle;
  const text = consentMessage(missing.url, lang);
  const ui = availableUi();
  if (!ui) throw new Error(`${title}\n${text}`);
  ui.alert(title, text, ui.ButtonSet.OK);
  return false;
}
