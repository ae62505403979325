import type { Language } from '../../core/plan';
import type { PropertiesPort } from '../../ports';

/**
 * The language of dialogs, menus and logs: the "Ngôn ngữ" of Settings as the last plan check
 * (or Setup) read it, kept in the script properties so that a dialog costs no extra read of
 * the sheet. Mails and cells follow Settings directly, as the use cases read them anyway.
 */
const LANGUAGE_KEY = 'ui.language';

export function rememberLanguage(properties: PropertiesPort, language: Language): void {
  if (properties.get(LANGUAGE_KEY) !== language) properties.set(LANGUAGE_KEY, language);
}

export function uiLanguage(properties: PropertiesPort): Language {
  try {
    return properties.get(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // The store itself failing (its daily allowance spent, say) must still be explained: in Vietnamese.
    return 'vi';
  }
}
