import { spentDailyQuota } from '../core/daily-quota';
import { errorMessage } from '../core/outbox/classify-error';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import type { TriggerInstallResult } from './trigger-installer';

/** The texts of the Apps Script entry points (menus, dialogs), in the sheet's language. */

/** The menu's items, in the order shown; each calls the global of the same name. */
export const MENU_FUNCTIONS = [
  'setup',
  'validatePlan',
  'openDashboard',
  'syncForms',
  'sendInvitations',
  'drainOutbox',
  'previewCalendarSync',
  'syncCalendar',
  'buildReportNow',
  'importPlan',
  'exportPlan',
  'makeAnnouncements',
  'makeCommendation',
  'purgePersonalData',
  'takeOverAutomation',
] as const;

export type TitleKey = keyof ReturnType<typeof catalogue>['menu']['titles'];

export const menuTexts = (lang: Language) => catalogue(lang).menu;

export function menuItems(lang: Language): { caption: string; functionName: string }[] {
  const items = menuTexts(lang).items;
  return MENU_FUNCTIONS.map((functionName) => ({ caption: items[functionName], functionName }));
}

export function formsSummary(
  forms: readonly { title: string; created: boolean; url: string }[],
  lang: Language,
): string {
  const t = menuTexts(lang);
  if (forms.length === 0) return t.noForms;
  return forms.map((f) => t.formMade(f.created, f.title, f.url)).join('\n');
}

export function triggersSummary(result: TriggerInstallResult, lang: Language): string {
  const t = menuTexts(lang);
  const parts = [result.created.length > 0 ? t.triggersCreated(result.created.length) : t.triggersPresent];
  if (result.removed > 0) parts.push(t.triggersRemoved(result.removed));
  return parts.join(' ');
}

/**
 * What a failure tells the principal: a spent daily allowance in words of what it means and
 * when it comes back (the account's own error says neither, and may be in English); anything
 * else as the generic "could not be done" with the error's text.
 */
export function failureText(error: unknown, lang: Language): string {
  const detail = errorMessage(error);
  const quota = spentDailyQuota(detail);
  return quota ? menuTexts(lang).dailyQuota[quota] : menuTexts(lang).failure(detail);
}

/**
 * A failure rethrown from a trigger run: a spent allowance as its explanation, so that the
 * failure notice Apps Script mails to the triggers' owner says it in the sheet's language.
 */
export function explainedFailure(error: unknown, lang: Language): unknown {
  const detail = errorMessage(error);
  const quota = spentDailyQuota(detail);
  return quota ? new Error(`${menuTexts(lang).dailyQuota[quota]} (${detail})`) : error;
}
