import type { ClockPort, PropertiesPort, TriggersPort } from '../../ports';
import { EDIT_SYNC_AFTER_MS } from './schedule';
import type { CalendarApplied } from './effects';

/**
 * When the calendar syncs by itself. Nothing syncs before the principal has run "Đồng bộ lịch"
 * once (the invitations go to everyone: that first send is a decision). After that, an edit of
 * a plan tab marks the calendar dirty and asks for a run two minutes later; the daily drain
 * always syncs (new seated guests); a sync cut short by a rate limit is retried by the
 * continuation, backing off, for at most MAX_RETRY_RUNS runs in a row. The state lives in the
 * script properties, so every execution (and the local week) sees the same.
 */

/** Set by the first menu sync: from then on edits and drains keep the calendar in step. */
export const CALENDAR_ENABLED_KEY = 'calendar.enabled';
/** An edit touched a plan tab since the last sync (an ISO instant). */
export const CALENDAR_DIRTY_KEY = 'calendar.dirty';
/** A sync left calendar writes to retry: how many runs in a row did. */
export const CALENDAR_RETRY_KEY = 'calendar.retry';

/** Give up on automatic retries after this many runs (the daily drain still tries). */
export const MAX_RETRY_RUNS = 6;

export const calendarEnabled = (properties: PropertiesPort): boolean =>
  properties.get(CALENDAR_ENABLED_KEY) !== undefined;

const retriesOf = (properties: PropertiesPort): number =>
  Number(properties.get(CALENDAR_RETRY_KEY) ?? '0') || 0;

/** A drain run syncs first when the calendar is on and something asks for it. */
export function calendarAsked(properties: PropertiesPort, daily: boolean): boolean {
  if (!calendarEnabled(properties)) return false;
  return (
    daily ||
    properties.get(CALENDAR_DIRTY_KEY) !== undefined ||
    properties.get(CALENDAR_RETRY_KEY) !== undefined
  );
}

/**
 * Before a sync reads the plan: the menu sync turns following on, and the dirty mark is cleared
 * first, so an edit made while the sync runs marks it again and is not lost.
 */
export function beforeCalendarSync(properties: PropertiesPort, clock: ClockPort, manual: boolean): void {
  if (manual) properties.set(CALENDAR_ENABLED_KEY, clock.now().toISOString());
  if (properties.get(CALENDAR_DIRTY_KEY) !== undefined) properties.delete(CALENDAR_DIRTY_KEY);
}

/**
 * After a sync: count a run that left writes pending; forget the count once it moved on. A sync
 * that found another one writing marks the calendar dirty again, so the follow-up run syncs
 * what that one may have read too early.
 */
export function afterCalendarSync(
  properties: PropertiesPort,
  result: CalendarApplied,
  clock: ClockPort,
): void {
  if (result.busy) {
    properties.set(CALENDAR_DIRTY_KEY, clock.now().toISOString());
    return;
  }
  const retries = retriesOf(properties);
  if (result.pending > 0) properties.set(CALENDAR_RETRY_KEY, String(retries + 1));
  else if (retries > 0 && (result.applied > 0 || result.failed > 0 || !result.ran))
    properties.delete(CALENDAR_RETRY_KEY);
}

/** One continuation pending while the calendar is dirty or has writes to retry. */
export function followUpCalendar(properties: PropertiesPort, triggers: TriggersPort): void {
  const retries = retriesOf(properties);
  if (retries > MAX_RETRY_RUNS) properties.delete(CALENDAR_RETRY_KEY);
  const dirty = properties.get(CALENDAR_DIRTY_KEY) !== undefined;
  if (!dirty && (retries === 0 || retries > MAX_RETRY_RUNS)) return;
  if (triggers.hasPendingContinuation()) return;
  // A retry waits for the rows' next attempt (5, 10, 20… minutes, as the outbox retries).
  const afterMs = dirty ? EDIT_SYNC_AFTER_MS : (Math.min(60, 5 * 2 ** (retries - 1)) + 1) * 60_000;
  triggers.scheduleContinuation(afterMs);
}

/** An edit of a plan tab: marks the calendar dirty and makes sure a run is pending. */
export function markCalendarDirty(
  properties: PropertiesPort,
  triggers: TriggersPort,
  clock: ClockPort,
): boolean {
  if (!calendarEnabled(properties)) return false;
  properties.set(CALENDAR_DIRTY_KEY, clock.now().toISOString());
  if (!triggers.hasPendingContinuation()) triggers.scheduleContinuation(EDIT_SYNC_AFTER_MS);
  return true;
}
