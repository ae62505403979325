/** The default plan: the 2021 plan of Trường Mầm non 20/10 as data, and a fake sample roster. */
export { defaultActivities, OPENING_OFFSET, type ActivityRecord } from './activities';
export { defaultSettings, type SettingRow } from './settings';
export { sampleRoster, SAMPLE_CLASSES, SAMPLE_GROUPS } from './roster';
export { mailDomainOf } from './mail-domain';
export { resolveWeek, type SeedOptions } from './week';
export * from './plan-2021';
export { sampleResponses, SAMPLE_HOSTILE_NAME } from './sample-responses';
