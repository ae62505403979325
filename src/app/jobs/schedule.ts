/**
 * When the routine jobs run, in the school's wall clock. One table for both runtimes: Apps
 * Script installs its time-driven triggers from it (src/gas/trigger-installer.ts), and the
 * week's scenario plays the same jobs at the same minutes (week-scenario.ts), so the local week
 * and the bundle's week send the same mail on the same days.
 */

/** The daily drain: yesterday's deferred mail goes out as soon as the quota is back. */
export const DAILY_DRAIN_AT = { hour: 0, minute: 10 } as const;
/** Reminders of the next day's activities go out in the morning (the 07:00 hour). */
export const REMINDERS_AT = { hour: 7, minute: 0 } as const;
/** The organiser's progress note, at the end of the school day. */
export const DAILY_PROGRESS_AT = { hour: 17, minute: 0 } as const;

/**
 * The daily purge of families' personal data once the retention period has passed (a quiet
 * hour: nothing else runs, nobody is editing). Before the date it reads Settings and stops.
 */
export const PURGE_AT = { hour: 2, minute: 0 } as const;

/** Edits come in bursts: one calendar sync a little after the first of them covers the rest. */
export const EDIT_SYNC_AFTER_MS = 2 * 60_000;

/**
 * A submitted response is recorded by a one-off processing run this long after its submit run:
 * long enough for the answers of a busy minute to be recorded as one batch.
 */
export const PROCESS_AFTER_MS = 60_000;
/**
 * How long the processing run waits for the script lock before rescheduling itself a minute
 * later (every other run holds it briefly: the mail and the calendar are sent outside it).
 */
export const PROCESS_LOCK_WAIT_MS = 10_000;
/**
 * A pending-run mark this long past its due time belongs to a run that was killed or never
 * fired: the next submit schedules a new one.
 */
export const PROCESSING_STALE_MS = 10 * 60_000;
