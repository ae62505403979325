import { localDateTime, withTime, type Cell } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { CALENDAR_MODES, LANGUAGES, SETTINGS, type SettingKey } from '../schema/settings';
import { choiceLabel, settingIn } from '../sheet-language';
import { SCHOOL_TIME_ZONE } from '../time-zone';
import { YES_NO_CHOICES } from '../schema/layout';
import {
  SEED_BASIS,
  SEED_BASIS_DATE,
  SEED_GOVERNING_BODY,
  SEED_PLACE,
  SEED_PREAMBLE,
  SEED_PURPOSES,
  SEED_WARD_ASSOCIATION,
  SEED_YEAR,
  preambleFor,
} from './plan-2021';
import { resolveWeek, type SeedOptions } from './week';
import { mailDomainOf } from './mail-domain';

/**
 * "…/BC-MN2010": the report's number as a school types it before registering the report (the
 * number itself is given by the school's register; the symbol is the seed school's own).
 */
const SEED_REPORT_NUMBER = '…/BC-MN2010';

/** One row of the Settings tab as Setup writes it. */
export interface SettingRow {
  readonly key: SettingKey;
  readonly label: string;
  readonly value: Cell;
  readonly help: string;
}

/**
 * The Settings of the default plan, one row for every entry of SETTINGS, in its order. Values
 * the seed does not state (plan number, signer's name) are left empty for the principal.
 */
export function defaultSettings(options: SeedOptions = {}, lang: Language = 'vi'): SettingRow[] {
  const words = catalogue(lang).sheet.seed;
  const week = resolveWeek(options);
  const domain = mailDomainOf(week.school);
  // The district's plan of 29/09/2021 is the basis only of the 2021 week: another year has
  // its own district plan, which the principal enters.
  const seedBasis = week.year === SEED_YEAR;
  const values: Record<SettingKey, Cell> = {
    school: week.school,
    governingBody: SEED_GOVERNING_BODY,
    wardAssociation: SEED_WARD_ASSOCIATION,
    planNumber: null,
    basis: seedBasis ? SEED_BASIS : null,
    basisDate: seedBasis
      ? localDateTime(SEED_BASIS_DATE.year, SEED_BASIS_DATE.month, SEED_BASIS_DATE.day)
      : null,
    preamble: week.isOriginal ? SEED_PREAMBLE : preambleFor(week.school, week.year, week.theme),
    planDate: null,
    purposes: SEED_PURPOSES.join('\n'),
    planNotes: null,
    year: week.year,
    theme: week.theme,
    weekStart: week.start,
    weekEnd: week.end,
    timeZone: SCHOOL_TIME_ZONE,
    openingTarget: 50,
    leadershipEmails: `bgh@${domain}`,
    organiserEmail: `tochuc@${domain}`,
    senderName: week.school,
    // The number is given when the report is registered; the school's symbol is known already.
    reportNumber: week.isOriginal ? SEED_REPORT_NUMBER : null,
    reportAt: withTime(week.end, 17),
    place: SEED_PLACE,
    signerTitle: words.signerTitle,
    signerName: null,
    recipientsNote: `${SEED_GOVERNING_BODY}; ${SEED_WARD_ASSOCIATION}; ${words.archive}`,
    // The setting names the language as the sheet does: "Tiếng Việt" or "English".
    language: lang === 'en' ? LANGUAGES[1] : LANGUAGES[0],
    reminderLeadHours: 24,
    retentionDays: 90,
    calendarMode: choiceLabel(CALENDAR_MODES[0], lang),
    proposals: null,
    // Counted by the library during the week: nothing to say before it starts.
    booksDonated: null,
    booksCirculated: null,
    // Families hear on Zalo and posters; the principal opts in to mail for them.
    mailFamilies: choiceLabel(YES_NO_CHOICES[options.mailFamilies ? 0 : 1], lang),
    localFormsAddress: null,
    attendanceFormUrl: null,
    trainingFormUrl: null,
    nominationFormUrl: null,
    resultFormUrl: null,
  };
  return SETTINGS.map((s) => {
    const text = settingIn(lang, s.key) ?? s;
    return { key: s.key, label: text.label, value: values[s.key], help: text.help };
  });
}
