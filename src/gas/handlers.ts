import type { FormId } from '../core/forms/types';

/**
 * Names of the global functions that triggers call. They must match exports of main.ts (a test
 * checks each is a top-level function of dist/Code.js): a trigger whose handler is missing
 * fails silently every time it fires.
 */
export const CONTINUATION_HANDLER = 'continueOutboxDrain';
export const DAILY_DRAIN_HANDLER = 'drainOutbox';
export const DAILY_PROGRESS_HANDLER = 'sendDailyProgress';
/** Calendar (issue 5): the morning reminders and the edit trigger that marks the calendar dirty. */
export const REMINDERS_HANDLER = 'sendReminders';
export const EDIT_HANDLER = 'onPlanEdit';
/** The one-off trigger at the report time (Settings "Thời điểm lập báo cáo"). */
export const REPORT_HANDLER = 'buildReportOnSchedule';

/** The daily purge of families' personal data after the retention period (also a menu item). */
export const PURGE_HANDLER = 'purgePersonalData';

/** One handler per form, so each trigger says by its name which form it serves. */
export const SUBMIT_HANDLERS: Readonly<Record<FormId, string>> = {
  attendance: 'onAttendanceSubmit',
  training: 'onTrainingSubmit',
  nomination: 'onNominationSubmit',
};

/** When the daily triggers run (script zone; Apps Script fires some time within the hour). */
export { DAILY_DRAIN_AT, DAILY_PROGRESS_AT, PURGE_AT, REMINDERS_AT } from '../app/schedule';
