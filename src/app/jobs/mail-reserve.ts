import { addDays, localDateTime, partsOf, wallMinutes, withTime, type LocalDateTime } from '../../core/cell';
import { desiredEvents } from '../../core/calendar';
import { sameKey } from '../../core/outbox/ledger-rows';
import { urgencyOf } from '../../core/outbox/urgency';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import type { ClockPort, PropertiesPort, TablesPort } from '../../ports';
import { readPlanTabs } from '../calendar/plan-tabs';
import { reminderKey } from '../calendar/reminders';
import { seatedGuests } from '../forms/forms-seat-counts';
import { loadOutbox } from '../outbox/outbox-store';
import { plannedReminderRun } from './reminder-timing';
import { REMINDERS_AT } from './schedule';

const DAY_MS = 24 * 3_600_000;

type Ports = { tables: TablesPort; clock: ClockPort; properties?: PropertiesPort };

/** What the plan and the ledger say the coming mail will be; undefined without Settings. */
function demand(ports: Ports) {
  const { plan } = readPlanTabs(ports.tables).parsed;
  const settings = plan.settings;
  if (!settings) return undefined;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const nowMs = ports.clock.now().getTime();
  const now = toWallClock(new Date(nowMs), zone);
  const p = partsOf(now);
  const today = localDateTime(p.year, p.month, p.day);
  const ledger = loadOutbox(ports.tables).ledger;
  const seatedByActivity = seatedGuests(ports.tables);
  const events = [...desiredEvents(plan, settings, { seatedByActivity }).events.values()];
  /** Guests of the day's activities whose reminder is not in the ledger yet. */
  const unqueued = (day: LocalDateTime): number => {
    const iso = day.iso.slice(0, 10);
    const guests = new Set(events.filter((e) => e.start.iso.slice(0, 10) === iso).flatMap((e) => e.guests));
    return [...guests].filter((guest) => !ledger.keys.has(sameKey(reminderKey(guest, iso)))).length;
  };
  return { zone, nowMs, now, today, ledger, events, unqueued };
}

/** Guests of tomorrow's activities whose reminder is not queued yet. */
export function remindersNotQueued(ports: Ports): number {
  const d = demand(ports);
  return d ? d.unqueued(addDays(d.today, 1)) : 0;
}

/**
 * Recipients the time-sensitive mail is known to need before `untilMs` (the quota window's
 * reset) and has not queued yet; bulk invitations leave them room. Two parts:
 * - reminders: each reminder run from now to `untilMs` — and today's, when it is planned later
 *   in the day (reminder-timing.ts) — queues one mail per guest of the next day's activities
 *   (the plan says who); guests whose reminder is already in "Hộp thư đi" are not counted again
 *   (queued mail outranks bulk mail anyway);
 * - confirmations (and promotions): while an activity of the plan has not ended its forms are
 *   open, and as many are expected in the coming window as came in the last 24 hours, pro rata
 *   for a shorter window. The recent pace is the one estimate the ledger can back; the first
 *   day it is 0, and confirmations then still go before any invitation left waiting.
 */
export function mailReserve(ports: Ports, untilMs: number): number {
  const d = demand(ports);
  if (!d) return 0;
  let reminders = 0;
  const planned = ports.properties ? plannedReminderRun(ports.properties) : undefined;
  for (let day = d.today; ; day = addDays(day, 1)) {
    const runMs = toInstant(withTime(day, REMINDERS_AT.hour, REMINDERS_AT.minute), d.zone).getTime();
    if (runMs >= untilMs) break;
    const plannedToday = day.iso === d.today.iso && planned !== undefined && planned < untilMs;
    if (runMs >= d.nowMs || plannedToday) reminders += d.unqueued(addDays(day, 1));
  }

  const lastEnd = d.events.reduce((late, e) => Math.max(late, wallMinutes(e.end)), 0);
  let confirmations = 0;
  if (lastEnd > wallMinutes(d.now)) {
    const dayAgo = wallMinutes(d.now) - DAY_MS / 60_000;
    for (const { entry } of d.ledger.rows) {
      const kind = urgencyOf(entry.key);
      const recent = entry.createdAt && wallMinutes(entry.createdAt) > dayAgo;
      if ((kind === 'confirmation' || kind === 'promotion') && recent)
        confirmations += entry.recipients.length;
    }
    confirmations = Math.ceil((confirmations * Math.min(DAY_MS, Math.max(0, untilMs - d.nowMs))) / DAY_MS);
  }
  return reminders + confirmations;
}
