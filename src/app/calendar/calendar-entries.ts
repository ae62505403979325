import type { LocalDateTime } from '../../core/cell';
import {
  guestNames,
  icsEventOf,
  lateGuestMail,
  organizerOf,
  writeIcs,
  type CalendarOp,
  type DesiredEvent,
} from '../../core/calendar';
import { mailEntry } from '../../core/outbox/enqueue';
import { PENDING, outboxKey, type OutboxEntry, type OutboxKind } from '../../core/outbox/entry';
import type { Plan, Settings } from '../../core/plan';
import type { CalendarSyncPlan } from './plan-calendar-sync';

/** The outbox kind of calendar writes: rows the mail drain skips and the calendar sync carries out. */
export const CALENDAR_KIND: OutboxKind = 'calendar';
/** Every calendar entry's key starts with this (the ledger reader does not keep the kind yet). */
export const CALENDAR_KEY_PREFIX = 'calendar:';

/** What a calendar entry's payload holds. */
export interface CalendarPayload {
  readonly year: number;
  readonly op: CalendarOp;
}

/** The outbox entry of one calendar write. */
export function calendarEntry(op: CalendarOp, year: number, now: LocalDateTime): OutboxEntry {
  const payload: CalendarPayload = { year, op };
  return {
    key: op.key,
    kind: CALENDAR_KIND,
    recipients: [],
    subject: op.description,
    payload: JSON.stringify(payload),
    state: PENDING,
    attempts: 0,
    createdAt: now,
  };
}

/** Key of the invitation mail to a guest added later (one per guest, activity and version). */
export const lateGuestKey = (activityId: string, email: string, sequence: number): string =>
  outboxKey('calendar-invite', activityId, email, sequence);

/**
 * The invitation mails for guests added to an existing event (addGuest sends none). The .ics
 * attached is `lateGuestIcs`: the guest as the one attendee, METHOD:REQUEST.
 */
export function lateGuestEntries(plan: CalendarSyncPlan, now: LocalDateTime, stamp: Date): OutboxEntry[] {
  const settings = plan.settings!;
  const names = guestNames(plan.plan!);
  return plan.ops.flatMap((op) =>
    op.type !== 'guests-added'
      ? []
      : op.emails.map((email) =>
          mailEntry(
            {
              key: lateGuestKey(op.activityId, email, op.sequence),
              language: settings.language,
              to: [email],
              mail: lateGuestMail(op.event, settings, names.get(email)),
              ...(settings.senderName ? { senderName: settings.senderName } : {}),
              ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
              attachments: [
                {
                  filename: `${op.activityId}.ics`,
                  mimeType: 'text/calendar; method=REQUEST; charset=UTF-8',
                  content: lateGuestIcs(op.event, op.sequence, email, settings, plan.plan!, stamp),
                },
              ],
            },
            now,
          ),
        ),
  );
}

/** The .ics (METHOD:REQUEST) for a late guest's invitation: the whole event, that guest listed. */
export function lateGuestIcs(
  event: DesiredEvent,
  sequence: number,
  email: string,
  settings: Settings,
  plan: Plan,
  stamp: Date,
): string {
  const ctx = {
    year: settings.year,
    school: settings.school,
    names: guestNames(plan),
    ...organizer(settings),
  };
  return writeIcs({ method: 'REQUEST', stamp, events: [icsEventOf(event, sequence, ctx, [email])] });
}

function organizer(settings: Settings): { organizer?: NonNullable<ReturnType<typeof organizerOf>> } {
  const o = organizerOf(settings);
  return o ? { organizer: o } : {};
}
