import { addDays, localDateTime, partsOf } from '../../core/cell';
import { windowFromLedger, windowReset } from '../../core/outbox/quota-window';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import type { ClockPort, PropertiesPort, TablesPort } from '../../ports';
import { loadOutbox } from '../outbox/outbox-store';

/**
 * When tomorrow's reminders are queued. At the morning run when the quota's window can take
 * them all now. When it cannot and the window resets later the same day, they are queued half
 * an hour before that reset instead: what is left of the old window goes at once, the rest as
 * soon as the window resets, so each reminder leaves within the hour of being queued and the
 * day before its activity — a day with more guests than one window allows still gets all its
 * reminders out. Otherwise (the reset is tomorrow or unknown) they are queued now; what the
 * quota cannot take waits, and a reminder whose day has begun is not sent and says so.
 * The planned run is one script property (its time, ms); any drain run at or after it queues.
 */
export const PLANNED_REMINDER_RUN_KEY = 'reminders.plannedRun';

/** How long before the window's reset a planned reminder run comes. */
const LEAD_MS = 30 * 60_000;

export function plannedReminderRun(properties: PropertiesPort): number | undefined {
  const raw = properties.get(PLANNED_REMINDER_RUN_KEY);
  const at = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(at) ? at : undefined;
}

export const clearPlannedReminderRun = (properties: PropertiesPort): void =>
  properties.delete(PLANNED_REMINDER_RUN_KEY);

/**
 * The time to queue tomorrow's `need` reminders, or undefined for now: `left` is what the quota
 * has left now, in the school's zone `timeZone`.
 */
export function reminderRunAt(
  ports: { tables: TablesPort; clock: ClockPort; properties: PropertiesPort },
  need: number,
  left: number,
  timeZone: string,
): number | undefined {
  if (need <= left) return undefined;
  const zone = isKnownTimeZone(timeZone) ? timeZone : SCHOOL_TIME_ZONE;
  const nowMs = ports.clock.now().getTime();
  const now = toWallClock(new Date(nowMs), zone);
  const reset = windowReset(
    windowFromLedger(
      loadOutbox(ports.tables).ledger.rows.map((r) => r.entry),
      now,
    ),
  );
  if (!reset) return undefined;
  const resetMs = toInstant(reset, zone).getTime();
  const p = partsOf(now);
  const endOfDayMs = toInstant(addDays(localDateTime(p.year, p.month, p.day), 1), zone).getTime();
  const at = resetMs - LEAD_MS;
  // A reset within the hour, or not before tomorrow: queueing now is as good as it gets.
  if (at - nowMs < LEAD_MS || resetMs >= endOfDayMs) return undefined;
  ports.properties.set(PLANNED_REMINDER_RUN_KEY, String(at));
  return at;
}
