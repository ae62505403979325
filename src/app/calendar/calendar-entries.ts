import type { LocalDateTime } from '../../core/cell';
import {
  guestNames,
  icsCancellationOf,
  icsEventOf,
  lateGuestMail,
  organizerOf,
  writeIcs,
  type CalendarOp,
  type DesiredEvent,
  type KnownEvent,
} from '../../core/calendar';
import { eventChangeMail, type ChangedEvent } from '../../core/calendar/change-mail';
import type { RenderedMail } from '../../core/mail/rendered-mail';
import { mailEntry } from '../../core/outbox/enqueue';
import {
  PENDING,
  outboxKey,
  type MailAttachment,
  type OutboxEntry,
  type OutboxKind,
} from '../../core/outbox/entry';
import type { Plan, Settings } from '../../core/plan';
import type { CalendarOutcome } from './calendar-outcome';
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
  // A cancellation's guests are the record's, read again when it is carried out: a list of
  // thousands would not fit in the cell (50,000 characters).
  const payload: CalendarPayload = { year, op: op.type === 'cancel' ? { ...op, guests: [] } : op };
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
  uid?: string,
): string {
  const ctx = {
    year: settings.year,
    school: settings.school,
    names: guestNames(plan),
    ...organizer(settings),
  };
  return writeIcs({
    method: 'REQUEST',
    stamp,
    events: [icsEventOf(event, sequence, ctx, [email], uid)],
  });
}

/** Key of the cancellation mail to one guest (the activity cancelled, or the guest removed). */
export const cancelMailKey = (activityId: string, email: string, sequence: number): string =>
  outboxKey('calendar-cancel', activityId, email, sequence);

export const REQUEST_TYPE = 'text/calendar; method=REQUEST; charset=UTF-8';
export const CANCEL_TYPE = 'text/calendar; method=CANCEL; charset=UTF-8';

/** What the mails of a carried-out calendar write are made from (the plan read under the lock). */
export interface MailContext {
  readonly settings: Settings;
  readonly plan: Plan;
  readonly desired: ReadonlyMap<string, DesiredEvent>;
  readonly known: ReadonlyMap<string, KnownEvent>;
  readonly stamp: Date;
  readonly now: LocalDateTime;
}

/**
 * The mails a calendar write called for (its outcome's `byMail`), one per person: the
 * invitation, an update (METHOD:REQUEST, the write's SEQUENCE) or a cancellation
 * (METHOD:CANCEL), each carrying the Google event's iCalUID as UID when the write left one, so
 * "Có" in Gmail answers that event instead of making a copy. Keys are per activity, person and
 * SEQUENCE: a write carried out twice queues nothing twice.
 */
export function mailedEntries(op: CalendarOp, outcome: CalendarOutcome, ctx: MailContext): OutboxEntry[] {
  const { settings, plan, stamp } = ctx;
  const names = guestNames(plan);
  const icsCtx = { year: settings.year, school: settings.school, names, ...organizer(settings) };
  const uid = outcome.eventId;
  const entry = (key: string, email: string, mail: RenderedMail, attachment: MailAttachment): OutboxEntry =>
    mailEntry(
      {
        key,
        language: settings.language,
        to: [email],
        mail,
        attachments: [attachment],
        ...(settings.senderName ? { senderName: settings.senderName } : {}),
        ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
      },
      ctx.now,
    );
  // The version this write made (an update's own), else the planned one.
  const event = 'event' in op ? op.event : ctx.desired.get(op.activityId);
  const fileName = `${op.activityId.replace(/[^A-Za-z0-9._-]+/g, '-')}.ics`;
  return outcome.byMail.flatMap(({ change, emails }) =>
    emails.flatMap((email): OutboxEntry[] => {
      const name = names.get(email);
      if (change !== 'cancelled') {
        if (!event) return [];
        return [
          entry(
            lateGuestKey(op.activityId, email, op.sequence),
            email,
            change === 'updated'
              ? eventChangeMail('updated', event, settings, name)
              : lateGuestMail(event, settings, name),
            {
              filename: fileName,
              mimeType: REQUEST_TYPE,
              content: writeIcs({
                method: 'REQUEST',
                stamp,
                events: [icsEventOf(event, op.sequence, icsCtx, [email], uid)],
              }),
            },
          ),
        ];
      }
      const was = cancelledEvent(op, event, ctx.known.get(op.activityId));
      const ics = icsCancellationOf(
        {
          activityId: op.activityId,
          sequence: op.sequence,
          title: was.title,
          ...(was.start ? { start: was.start } : {}),
          ...(was.end ? { end: was.end } : {}),
        },
        settings.timeZone,
        icsCtx,
        [email],
        uid,
      );
      if (!ics) return [];
      return [
        entry(
          cancelMailKey(op.activityId, email, op.sequence),
          email,
          eventChangeMail('cancelled', was, settings, name),
          {
            filename: fileName,
            mimeType: CANCEL_TYPE,
            content: writeIcs({ method: 'CANCEL', stamp, events: [ics] }),
          },
        ),
      ];
    }),
  );
}

/** What a cancellation names: the cancelled event as the op kept it, else as it is planned or known. */
function cancelledEvent(
  op: CalendarOp,
  event: DesiredEvent | undefined,
  known: KnownEvent | undefined,
): ChangedEvent {
  if (op.type === 'cancel')
    return { title: op.title, ...(op.start ? { start: op.start } : {}), ...(op.end ? { end: op.end } : {}) };
  const source = event ?? known;
  return {
    title: source?.title ?? op.activityId,
    ...(source?.start ? { start: source.start } : {}),
    ...(source?.end ? { end: source.end } : {}),
  };
}

function organizer(settings: Settings): { organizer?: NonNullable<ReturnType<typeof organizerOf>> } {
  const o = organizerOf(settings);
  return o ? { organizer: o } : {};
}
