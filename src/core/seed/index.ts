/** The default plan: the 2021 plan of Trường Mầm non 20/10 as data, and a fake sample roster. */
export {
  defaultActivities,
  activityId,
  OPENING_OFFSET,
  type ActivityKey,
  type ActivityRecord,
} from './activities';
export { defaultSettings, type SettingRow } from './settings';
export {
  sampleRoster,
  SAMPLE_CLASSES,
  SAMPLE_GROUPS,
  type FamilyRecord,
  type PersonRecord,
  type SampleRoster,
} from './roster';
export { mailDomainOf } from './mail-domain';
export {
  parseWeekStart,
  resolveWeek,
  weekdayInWeek,
  isWeekend,
  type SeedOptions,
  type SeedWeek,
} from './week';
export * from './plan-2021';
export { sampleResponses, SAMPLE_HOSTILE_NAME, type SampleSubmission } from './sample-responses';
