/**
 * Every finding code the core emits. The message catalogue (src/core/i18n/finding-messages.ts)
 * is typed against this list, so a code without a Vietnamese and an English sentence does not
 * compile.
 */
export const FINDING_CODES = [
  // header row and tabs (src/core/table.ts emits the first two)
  'header.missing',
  'header.duplicate',
  'table.missing',
  // one cell against its column type (src/core/codec.ts)
  'value.required',
  'id.invalid',
  'url.invalid',
  'email.invalid',
  'number.invalid',
  'number.text',
  'percent.invalid',
  'choice.unknown',
  'yesno.invalid',
  'date.text',
  'date.noYear',
  'date.invalid',
  'date.monthFirst',
  'date.textLocale',
  // Settings
  'setting.missing',
  'setting.duplicate',
  'settings.yearMismatch',
  'settings.weekReversed',
  'settings.weekTooLong',
  'settings.targetRange',
  'settings.timeZoneUnknown',
  'settings.timeZoneNotSchool',
  'env.spreadsheetTimeZone',
  'env.scriptTimeZone',
  'env.spreadsheetLocale',
  // Activities
  'activity.outsideWeek',
  'activity.endBeforeStart',
  'activity.timeUnconfirmed',
  'activity.overlap',
  'activity.weekend',
  'activity.onlineNoPlatform',
  'activity.onlineNoLink',
  'activity.inviteNoTime',
  'activity.inviteNoAudience',
  'activity.noCapacity',
  'activity.capacityInvalid',
  'activity.audienceUnknown',
  // rosters and ids
  'id.duplicate',
  'email.duplicate',
  // free text naming another year
  'text.otherYear',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
