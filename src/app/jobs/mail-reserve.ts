import { addDays, localDateTime, partsOf, withTime, wallMinutes } from '../../core/cell';
import { desiredEvents } from '../../core/calendar';
import { sameKey } from '../../core/outbox/ledger-rows';
import { urgencyOf } from '../../core/outbox/urgency';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import type { ClockPort, TablesPort } from '../../ports';
import { readPlanTabs } from '../calendar/plan-tabs';
import { reminderKey } from '../calendar/reminders';
import { seatedGuests } from '../forms/forms-seat-counts';
import { loadOutbox } from '../outbox/outbox-store';
import { REMINDERS_AT } from './schedule';

const DAY_MS = 24 * 3_600_000;

/**
 * Recipients the time-sensitive mail is known to need before `untilMs` (the quota window's
 * reset) and has not queued yet; bulk invitations leave them room. Two parts:
 * - reminders: each reminder run before `untilMs` queues one mail per guest of the next day's
 *   activities (the plan says who); guests whose reminder is already in "Hộp thư đi" are not
 *   counted again (queued mail outranks bulk mail anyway);
 * - confirmations (and promotions): while an activity of the plan has not ended its forms are
 *   open, and as many are expected in the coming window as came in the last 24 hours, pro rata
 *   for a shorter window. The recent pace is the one estimate the ledger can back; the first
 *   day it is 0, and confirmations then still go before any invitation left waiting.
 */
export function mailReserve(ports: { tables: TablesPort; clock: ClockPort }, untilMs: number): number {
  const { plan } = readPlanTabs(ports.tables).parsed;
  const settings = plan.settings;
  if (!settings) return 0;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const nowMs = ports.clock.now().getTime();
  const now = toWallClock(new Date(nowMs), zone);
  const ledger = loadOutbox(ports.tables).ledger;

  const events = [
    ...desiredEvents(plan, settings, { seatedByActivity: seatedGuests(ports.tables) }).events.values(),
  ];
  let reminders = 0;
  const today = partsOf(now);
  for (let day = localDateTime(today.year, today.month, today.day); ; day = addDays(day, 1)) {
    const runMs = toInstant(withTime(day, REMINDERS_AT.hour, REMINDERS_AT.minute), zone).getTime();
    if (runMs >= untilMs) break;
    if (runMs < nowMs) continue;
    const activityDay = addDays(day, 1).iso.slice(0, 10);
    const guests = new Set(
      events.filter((e) => e.start.iso.slice(0, 10) === activityDay).flatMap((e) => e.guests),
    );
    for (const guest of guests) if (!ledger.keys.has(sameKey(reminderKey(guest, activityDay)))) reminders++;
  }

  const lastEnd = events.reduce((late, e) => Math.max(late, wallMinutes(e.end)), 0);
  let confirmations = 0;
  if (lastEnd > wallMinutes(now)) {
    const dayAgo = wallMinutes(now) - DAY_MS / 60_000;
    for (const { entry } of ledger.rows) {
      const kind = urgencyOf(entry.key);
      if (
        (kind === 'confirmation' || kind === 'promotion') &&
        entry.createdAt &&
        wallMinutes(entry.createdAt) > dayAgo
      )
        confirmations += entry.recipients.length;
    }
    confirmations = Math.ceil((confirmations * Math.min(DAY_MS, Math.max(0, untilMs - nowMs))) / DAY_MS);
  }
  return reminders + confirmations;
}
