import { addDays, localDateTime, partsOf, type LocalDateTime } from '../../core/cell';
import { desiredEvents, guestNames, type DesiredEvent } from '../../core/calendar';
import { catalogue } from '../../core/i18n/catalogue';
import { formatTime } from '../../core/i18n/dates';
import { reminderMail } from '../../core/mail/reminder';
import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey, type OutboxEntry } from '../../core/outbox/entry';
import type { Activity } from '../../core/plan';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { LockPort, LogPort, TablesPort } from '../../ports';
import { underLockOrBusy } from '../lock';
import { enqueueEntries } from '../outbox/outbox-store';
import { readPlanTabs } from './plan-tabs';
import { seatedGuests } from '../forms/forms-seat-counts';

export interface ReminderPorts {
  tables: TablesPort;
  lock: LockPort;
  log: LogPort;
}

export interface ReminderOptions {
  /** People seated in a training, by activity id: reminded like the audience. */
  readonly seatedByActivity?: ReadonlyMap<string, readonly string[]>;
  readonly lockTimeoutMs?: number;
  /**
   * At most this many new reminders now: what the quota can send at once. The rest are queued
   * by a later run the same day (src/app/jobs/reminder-timing.ts).
   */
  readonly limit?: number;
}

export interface ReminderResult {
  readonly ran: boolean;
  /** The day reminded of (`YYYY-MM-DD`), when there is one. */
  readonly day?: string;
  readonly queued: number;
  readonly alreadyQueued: number;
  readonly message: string;
}

/** `reminder:an@truong.example:2021-10-05`: one reminder per guest and day, whatever re-runs. */
export const reminderKey = (email: string, day: string): string => outboxKey('reminder', email, day);

/**
 * Queues, for the morning run at `at`, one reminder mail per guest for the NEXT day's invited
 * activities (the same guests as the calendar events). The drain sends them; re-running the
 * same day queues nothing new.
 */
export function queueReminders(
  ports: ReminderPorts,
  at: Date,
  options: ReminderOptions = {},
): ReminderResult {
  return underLockOrBusy(
    ports.lock,
    options.lockTimeoutMs ?? 10_000,
    () => queueLocked(ports, at, options),
    () => {
      // Nothing was read: the language is the product's own.
      const t = catalogue('vi').calendar.reminders;
      const message = t.busy;
      ports.log.info(`${t.logPrefix}: ${message}`);
      return { ran: false, queued: 0, alreadyQueued: 0, message };
    },
  );
}

function queueLocked(ports: ReminderPorts, at: Date, options: ReminderOptions): ReminderResult {
  const { plan } = readPlanTabs(ports.tables).parsed;
  const settings = plan.settings;
  if (!settings) {
    const t = catalogue('vi').calendar.reminders;
    const message = t.noSettings;
    ports.log.error(`${t.logPrefix}: ${message}`);
    return { ran: false, queued: 0, alreadyQueued: 0, message };
  }
  const t = catalogue(settings.language).calendar.reminders;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const now = toWallClock(at, zone);
  const today = partsOf(now);
  const tomorrow = addDays(localDateTime(today.year, today.month, today.day), 1);
  const day = tomorrow.iso.slice(0, 10);
  const seatedByActivity = options.seatedByActivity ?? seatedGuests(ports.tables);
  const events = [...desiredEvents(plan, settings, { ...options, seatedByActivity }).events.values()]
    .filter((e) => e.start.iso.slice(0, 10) === day)
    .sort((a, b) => a.start.iso.localeCompare(b.start.iso));
  const byGuest = new Map<string, DesiredEvent[]>();
  for (const e of events) for (const g of e.guests) byGuest.set(g, [...(byGuest.get(g) ?? []), e]);
  const activities = new Map(plan.activities.map((a) => [a.id, a]));
  const namesOf = guestNames(plan);
  const entries: OutboxEntry[] = [...byGuest].map(([email, list]) =>
    mailEntry(
      {
        key: reminderKey(email, day),
        language: settings.language,
        to: [email],
        mail: reminderMail({
          language: settings.language,
          recipientName: namesOf.get(email) ?? t.guest,
          school: settings.school,
          ...reminderFields(list, activities, tomorrow),
          ...(settings.senderName ? { senderName: settings.senderName } : {}),
        }),
        ...(settings.senderName ? { senderName: settings.senderName } : {}),
        ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
      },
      now,
    ),
  );
  const result =
    entries.length > 0
      ? enqueueEntries(ports.tables, entries, options.limit)
      : { added: [], alreadyQueued: [] };
  const shown = day.split('-').reverse().join('/');
  const message =
    events.length === 0
      ? t.nothing(shown)
      : t.queued(result.added.length, events.length, shown) +
        (result.alreadyQueued.length > 0 ? t.alreadyQueued(result.alreadyQueued.length) : '') +
        '.';
  ports.log.info(`${t.logPrefix}: ${message}`);
  return { ran: true, day, queued: result.added.length, alreadyQueued: result.alreadyQueued.length, message };
}

/**
 * The template speaks of one activity. One activity: its own time, place and link. Several on
 * the same day: their titles with their hours in one line, and the day as the time.
 */
function reminderFields(
  list: readonly DesiredEvent[],
  activities: ReadonlyMap<string, Activity>,
  day: LocalDateTime,
): {
  activity: string;
  start?: LocalDateTime;
  end?: LocalDateTime;
  timeConfirmed?: boolean;
  location?: string;
  link?: string;
} {
  if (list.length === 1) {
    const e = list[0]!;
    return {
      activity: e.title,
      start: e.start,
      end: e.end,
      timeConfirmed: activities.get(e.activityId)?.timeConfirmed ?? true,
      ...(e.location ? { location: e.location } : {}),
      ...(e.url ? { link: e.url } : {}),
    };
  }
  const titles = list.map(
    (e) => `${e.title} (${formatTime(e.start)}–${formatTime(e.end)}${e.location ? `, ${e.location}` : ''})`,
  );
  return { activity: titles.join('; '), start: day };
}
