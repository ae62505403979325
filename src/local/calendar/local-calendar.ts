import {
  CANCEL_TYPE,
  cancelMailKey,
  lateGuestIcs,
  lateGuestKey,
  REQUEST_TYPE,
} from '../../app/calendar/calendar-entries';
import { planCalendarSync, type PlanPorts } from '../../app/calendar/plan-calendar-sync';
import { enqueueEntries } from '../../app/outbox/outbox-store';
import type { LocalDateTime } from '../../core/cell';
import {
  guestNames,
  icsCancellationOf,
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
import type { MailAttachment, OutboxEntry } from '../../core/outbox/entry';
import type { Plan, Settings } from '../../core/plan';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { PropertiesPort, TablesPort } from '../../ports';
import { eventFileName, writeCalendarFiles, type IcsFilesResult } from './ics-files';

/**
 * `learning-week sync`: the calendar files (ics-files.ts) and, through the outbox, one mail per
 * guest carrying that guest's .ics — the invitation, an update after an edit, or a
 * cancellation. Mail keys are per activity, guest and SEQUENCE, so a re-run queues nothing and
 * an edit queues one update per guest of that activity only.
 */

/**
 * Properties whose changes stay in memory until `commit()`: the calendar's known state is
 * recorded only after the workbook (with the queued mails) is saved, so a failed save leaves
 * the next run to plan — and queue — the same changes again, under the same keys.
 */
export class BufferedProperties implements PropertiesPort {
  private readonly changes = new Map<string, string | undefined>();

  constructor(private readonly base: PropertiesPort) {}

  get(key: string): string | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  set(key: string, value: string): void {
    this.changes.set(key, value);
  }

  delete(key: string): void {
    this.changes.set(key, undefined);
  }

  commit(): void {
    for (const [key, value] of this.changes) {
      if (value === undefined) this.base.delete(key);
      else this.base.set(key, value);
    }
    this.changes.clear();
  }
}

export interface CalendarMailContext {
  readonly settings: Settings;
  readonly plan: Plan;
  readonly desired: ReadonlyMap<string, DesiredEvent>;
  /** The known state after this run's operations. */
  readonly after: ReadonlyMap<string, KnownEvent>;
  readonly stamp: Date;
  readonly now: LocalDateTime;
}

/** The mails of this run's calendar operations, one per guest and operation kind. */
export function calendarMailEntries(ops: readonly CalendarOp[], ctx: CalendarMailContext): OutboxEntry[] {
  const { settings, plan, stamp } = ctx;
  const names = guestNames(plan);
  const organizer = organizerOf(settings);
  const icsCtx = { year: settings.year, school: settings.school, names, ...(organizer ? { organizer } : {}) };
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
  const request = (op: CalendarOp, emails: readonly string[], change?: 'updated'): OutboxEntry[] => {
    const event = ctx.desired.get(op.activityId);
    const state = ctx.after.get(op.activityId);
    if (!event || !state || state.cancelled) return [];
    return emails.map((email) =>
      entry(
        lateGuestKey(op.activityId, email, state.sequence),
        email,
        change
          ? eventChangeMail(change, event, settings, names.get(email))
          : lateGuestMail(event, settings, names.get(email)),
        {
          filename: eventFileName(op.activityId),
          mimeType: REQUEST_TYPE,
          content: lateGuestIcs(event, state.sequence, email, settings, plan, stamp),
        },
      ),
    );
  };
  const cancel = (op: CalendarOp, emails: readonly string[], event: ChangedEvent): OutboxEntry[] =>
    emails.flatMap((email) => {
      const ics = icsCancellationOf(
        {
          activityId: op.activityId,
          sequence: op.sequence,
          title: event.title,
          ...(event.start ? { start: event.start } : {}),
          ...(event.end ? { end: event.end } : {}),
        },
        settings.timeZone,
        icsCtx,
        [email],
      );
      if (!ics) return [];
      return [
        entry(
          cancelMailKey(op.activityId, email, op.sequence),
          email,
          eventChangeMail('cancelled', event, settings, names.get(email)),
          {
            filename: eventFileName(op.activityId),
            mimeType: CANCEL_TYPE,
            content: writeIcs({ method: 'CANCEL', stamp, events: [ics] }),
          },
        ),
      ];
    });
  // Who gets an update: the guests kept (the event's list now, less those invited in this run,
  // who get the whole invitation instead) — read from the sheet, since the known state keeps no list.
  const invitedNow = new Set(
    ops.flatMap((op) => (op.type === 'guests-added' ? op.emails.map((e) => `${op.activityId} ${e}`) : [])),
  );
  const kept = (id: string): string[] =>
    (ctx.desired.get(id)?.guests ?? []).filter((g) => !invitedNow.has(`${id} ${g}`));
  return ops.flatMap((op): OutboxEntry[] => {
    switch (op.type) {
      case 'create':
        return request(op, op.event.guests);
      case 'update':
        return request(op, kept(op.activityId), 'updated');
      case 'guests-added':
        return request(op, op.emails);
      case 'guests-removed': {
        const event = ctx.desired.get(op.activityId);
        return event ? cancel(op, op.emails, event) : [];
      }
      case 'cancel':
        return cancel(op, op.guests, {
          title: op.title,
          ...(op.start ? { start: op.start } : {}),
          ...(op.end ? { end: op.end } : {}),
        });
    }
  });
}

export interface LocalSyncResult {
  readonly files: IcsFilesResult;
  /** Mails added to the outbox now (invitations, updates, cancellations). */
  readonly mailsQueued: number;
  /** Mails of this run that the outbox already had. */
  readonly mailsAlreadyQueued: number;
}

/**
 * Writes the .ics files and queues the mails into the workbook's outbox. The caller saves the
 * workbook and then commits `properties` (see BufferedProperties). With `dryRun` only the plan.
 */
export async function syncLocalCalendar(
  ports: PlanPorts & { tables: TablesPort; properties: BufferedProperties },
  dir: string,
  options: { dryRun?: boolean } = {},
): Promise<LocalSyncResult> {
  if (options.dryRun) {
    const files = await writeCalendarFiles(ports, dir, { dryRun: true });
    return { files, mailsQueued: 0, mailsAlreadyQueued: 0 };
  }
  const files = await writeCalendarFiles(ports, dir);
  if (!files.ran || files.ops.length === 0) return { files, mailsQueued: 0, mailsAlreadyQueued: 0 };
  // The known state is now the state after the run: a plan reads it (and the events) back.
  const after = planCalendarSync(ports);
  if (!after.settings || !after.plan) return { files, mailsQueued: 0, mailsAlreadyQueued: 0 };
  const settings = after.settings;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const stamp = ports.clock.now();
  const entries = calendarMailEntries(files.ops, {
    settings,
    plan: after.plan,
    desired: after.desired,
    after: after.known,
    stamp,
    now: toWallClock(stamp, zone),
  });
  if (entries.length === 0) return { files, mailsQueued: 0, mailsAlreadyQueued: 0 };
  const result = enqueueEntries(ports.tables, entries);
  return { files, mailsQueued: result.added.length, mailsAlreadyQueued: result.alreadyQueued.length };
}
