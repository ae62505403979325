import type { Plan, Settings } from '../plan';
import { isValidAddress } from '../outbox/recipients';
import { eventUid, type IcsEvent, type IcsPerson } from './ics';
import type { DesiredEvent, KnownEvent } from './types';

/** Display names of the guests, from the People and Families tabs (lower-case email → name). */
export function guestNames(plan: Plan): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of plan.families) if (f.email) names.set(f.email.trim().toLowerCase(), f.parentName);
  for (const p of plan.people) names.set(p.email.trim().toLowerCase(), p.name);
  return names;
}

/** The organiser of the invitations: Settings "Email người tổ chức", shown with the sender name. */
export function organizerOf(settings: Settings): IcsPerson | undefined {
  const email = settings.organiserEmail ?? settings.leadershipEmails[0];
  if (!email || !isValidAddress(email)) return undefined;
  return { email, name: settings.senderName ?? settings.school };
}

export interface IcsContext {
  readonly year: number;
  readonly school: string;
  readonly organizer?: IcsPerson;
  readonly names?: ReadonlyMap<string, string>;
}

const person = (email: string, names?: ReadonlyMap<string, string>): IcsPerson => {
  const name = names?.get(email);
  return name ? { email, name } : { email };
};

/**
 * A desired event as iCalendar; `guests` overrides the attendees (a late guest's own copy);
 * `uid` is the Google event's iCalUID when there is one (Apps Script), so a guest's calendar
 * program takes the mailed copy for the very event Google holds, not a second one.
 */
export function icsEventOf(
  event: DesiredEvent,
  sequence: number,
  ctx: IcsContext,
  guests: readonly string[] = event.guests,
  uid: string = eventUid(event.activityId, ctx.year, ctx.school),
): IcsEvent {
  return {
    uid,
    sequence,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    title: event.title,
    description: event.description,
    ...(event.location ? { location: event.location } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...(ctx.organizer ? { organizer: ctx.organizer } : {}),
    attendees: guests.map((g) => person(g, ctx.names)),
    reminderMinutes: event.reminderMinutes,
  };
}

/**
 * The cancellation of a known event (METHOD:CANCEL, STATUS:CANCELLED); undefined without times.
 * `guests`: the attendees it names (the known state keeps no list: a guest's own copy names
 * that guest; the week's feed names none).
 */
export function icsCancellationOf(
  known: Pick<KnownEvent, 'activityId' | 'sequence' | 'title' | 'start' | 'end'>,
  timeZone: string,
  ctx: IcsContext,
  guests: readonly string[] = [],
  uid: string = eventUid(known.activityId, ctx.year, ctx.school),
): IcsEvent | undefined {
  if (!known.start || !known.end) return undefined;
  return {
    uid,
    sequence: known.sequence,
    start: known.start,
    end: known.end,
    timeZone,
    title: known.title ?? known.activityId,
    ...(ctx.organizer ? { organizer: ctx.organizer } : {}),
    attendees: guests.map((g) => person(g, ctx.names)),
    cancelled: true,
  };
}
