/**
 * Names of the global functions that triggers call, from the week's timetable
 * (src/app/jobs/triggers.ts). They must match exports of main.ts (a test checks each is a
 * top-level function of dist/Code.js): a trigger whose handler is missing fails silently every
 * time it fires.
 */
export {
  CONTINUATION_HANDLER,
  DAILY_DRAIN_HANDLER,
  DAILY_TRIGGERS,
  EDIT_HANDLER,
  PROCESS_RESPONSES_HANDLER,
  PURGE_HANDLER,
  REMINDERS_HANDLER,
  REPORT_HANDLER,
  SUBMIT_HANDLERS,
} from '../app/jobs/triggers';
