import { contentHash } from '../forms/hash';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { outboxKey } from '../outbox/entry';
import { eventWhen, guestCount, quotedTitle } from './describe-op';
import { eventFingerprint, guestsDigest, guestsFingerprint } from './fingerprint';
import type { CalendarOp } from './operations';
import type { DesiredEvent, GuestsDigest, KnownEvent } from './types';

/** Guests per queued operation: keeps each outbox payload far below a cell's 50,000 characters. */
export const GUESTS_PER_OP = 1000;

export interface CalendarDiffInput {
  /** The language of the operations' descriptions (the Settings' "Ngôn ngữ"). Default vi. */
  readonly language?: Language;
  /** Desired events by activity id (desiredEvents). */
  readonly desired: ReadonlyMap<string, DesiredEvent>;
  /** Known state by activity id (from the properties). */
  readonly known: ReadonlyMap<string, KnownEvent>;
  /**
   * Activities whose row exists but cannot be used now (bad time, unknown audience, unreadable
   * row…): their existing event is left untouched until the row is fixed, never cancelled.
   */
  readonly untouchable: ReadonlySet<string>;
  /**
   * Who the record (the outbox, guest-record.ts) says an activity's event was sent to: asked
   * only when its guest list changed (the known state keeps a digest, not the list) or the
   * event is cancelled. Default: nobody.
   */
  readonly recorded?: (activityId: string) => readonly string[];
}

/**
 * Desired vs known → the calendar writes, in activity order: create, update, guests added,
 * guests removed, cancel (an activity cancelled, deleted or no longer invited after its event
 * existed). Without edits since the last sync the result is empty.
 */
export function calendarDiff(input: CalendarDiffInput): CalendarOp[] {
  const language = input.language ?? 'vi';
  const t = catalogue(language).calendar.op;
  const recorded = input.recorded ?? ((): readonly string[] => []);
  const ops: CalendarOp[] = [];
  for (const [id, event] of input.desired) {
    const known = input.known.get(id);
    const live = known && !known.cancelled ? known : undefined;
    ops.push(...opsFor(event, live, known?.sequence, language, () => recorded(id)));
  }
  for (const [id, known] of input.known) {
    if (known.cancelled || input.desired.has(id) || input.untouchable.has(id)) continue;
    const sequence = known.sequence + 1;
    const guests = known.guests.count > 0 ? recorded(id) : [];
    ops.push({
      type: 'cancel',
      key: outboxKey('calendar', id, sequence, 'cancel'),
      activityId: id,
      sequence,
      title: known.title ?? id,
      ...(known.start ? { start: known.start } : {}),
      ...(known.end ? { end: known.end } : {}),
      guests,
      description: t.cancel(
        id,
        quotedTitle(known.title ?? id),
        eventWhen(known.start, known.end, language),
        guestCount(known.guests.count, language),
      ),
    });
  }
  return ops;
}

function opsFor(
  event: DesiredEvent,
  known: KnownEvent | undefined,
  lastSequence: number | undefined,
  language: Language,
  recorded: () => readonly string[],
): CalendarOp[] {
  const t = catalogue(language).calendar.op;
  const id = event.activityId;
  const fingerprint = eventFingerprint(event);
  const title = quotedTitle(event.title);
  const when = eventWhen(event.start, event.end, language);
  const bare: DesiredEvent = { ...event, guests: [] };
  const listAfter = guestsDigest(event.guests);
  if (!known) {
    const sequence = lastSequence === undefined ? 0 : lastSequence + 1;
    const [first = [], ...rest] = chunks(event.guests);
    const change = contentHash(fingerprint + guestsFingerprint(event.guests));
    return [
      {
        type: 'create',
        key: outboxKey('calendar', id, sequence, 'create', change),
        activityId: id,
        sequence,
        event: { ...event, guests: first },
        fingerprint,
        listAfter,
        description: t.create(id, title, when, guestCount(event.guests.length, language)),
      },
      ...rest.map((emails, i) =>
        guestsAdded(bare, emails, sequence, change, i + 1, title, language, listAfter),
      ),
    ];
  }
  // The same digest: the same list, nothing to read. Otherwise the record says who had it.
  const sameGuests = listAfter.hash === known.guests.hash;
  const before = sameGuests ? event.guests : recorded();
  const had = new Set(before);
  const wanted = new Set(event.guests);
  const added = event.guests.filter((g) => !had.has(g));
  const removed = before.filter((g) => !wanted.has(g));
  const contentChanged = fingerprint !== known.fingerprint;
  if (!contentChanged && added.length === 0 && removed.length === 0) return [];
  const sequence = known.sequence + 1;
  const ops: CalendarOp[] = [];
  if (contentChanged) {
    ops.push({
      type: 'update',
      key: outboxKey('calendar', id, sequence, 'update', fingerprint),
      activityId: id,
      sequence,
      event: bare,
      fingerprint,
      description: t.update(id, title, when),
    });
  }
  chunks(added).forEach((emails, i) =>
    ops.push(guestsAdded(bare, emails, sequence, guestsFingerprint(added), i, title, language, listAfter)),
  );
  chunks(removed).forEach((emails, i) => {
    const change = guestsFingerprint(removed);
    ops.push({
      type: 'guests-removed',
      key: outboxKey('calendar', id, sequence, 'guests-removed', change, ...(i > 0 ? [i] : [])),
      activityId: id,
      sequence,
      emails,
      listAfter,
      description: t.guestsRemoved(guestCount(emails.length, language), id, title),
    });
  });
  return ops;
}

function guestsAdded(
  event: DesiredEvent,
  emails: readonly string[],
  sequence: number,
  change: string,
  part: number,
  title: string,
  language: Language,
  listAfter: GuestsDigest,
): CalendarOp {
  return {
    type: 'guests-added',
    key: outboxKey(
      'calendar',
      event.activityId,
      sequence,
      'guests-added',
      change,
      ...(part > 0 ? [part] : []),
    ),
    activityId: event.activityId,
    sequence,
    emails,
    event,
    listAfter,
    description: catalogue(language).calendar.op.guestsAdded(
      guestCount(emails.length, language),
      event.activityId,
      title,
    ),
  };
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += GUESTS_PER_OP) out.push(items.slice(i, i + GUESTS_PER_OP));
  return out;
}
