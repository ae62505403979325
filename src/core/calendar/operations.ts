import type { LocalDateTime } from '../cell';
import { guestsDigest, NO_GUESTS } from './fingerprint';
import type { DesiredEvent, GuestsDigest, KnownEvent } from './types';

/** One calendar write, as queued in the outbox (kind 'calendar', the payload is this JSON). */
interface OpBase {
  /** Outbox idempotency key: activity, sequence, operation and a fingerprint of the change. */
  readonly key: string;
  readonly activityId: string;
  /** The SEQUENCE this version carries (iCalendar; 0 for the first). */
  readonly sequence: number;
  /** One Vietnamese line for the dry-run preview. */
  readonly description: string;
}

/**
 * The whole guest list once the change is through (its digest): what the known state records,
 * since it keeps no list to add to. Absent in operations queued before digests.
 */
interface ListAfter {
  readonly listAfter?: GuestsDigest;
}

export type CalendarOp =
  | (OpBase &
      ListAfter & { readonly type: 'create'; readonly event: DesiredEvent; readonly fingerprint: string })
  /** `event.guests` is empty: an update changes the event, never its guests. */
  | (OpBase & { readonly type: 'update'; readonly event: DesiredEvent; readonly fingerprint: string })
  /** `event` (without guests) lets the executor write the invitation and repair a lost event. */
  | (OpBase &
      ListAfter & {
        readonly type: 'guests-added';
        readonly emails: readonly string[];
        readonly event: DesiredEvent;
      })
  | (OpBase & ListAfter & { readonly type: 'guests-removed'; readonly emails: readonly string[] })
  | (OpBase & {
      readonly type: 'cancel';
      readonly title: string;
      readonly start?: LocalDateTime;
      readonly end?: LocalDateTime;
      readonly guests: readonly string[];
    });

/**
 * The known state after an operation succeeded. Pure, so the executor (Apps Script drain) and
 * the local .ics writer record the same thing.
 */
export function stateAfter(op: CalendarOp, before: KnownEvent | undefined, eventId?: string): KnownEvent {
  const id = eventId ?? (before?.cancelled ? undefined : before?.eventId);
  const base = {
    activityId: op.activityId,
    ...(id ? { eventId: id } : {}),
    sequence: Math.max(op.sequence, before?.sequence ?? 0),
  };
  const guests = before && !before.cancelled ? before.guests : NO_GUESTS;
  switch (op.type) {
    case 'create':
      return {
        ...base,
        fingerprint: op.fingerprint,
        guests: op.listAfter ?? guestsDigest(op.event.guests),
        title: op.event.title,
        start: op.event.start,
        end: op.event.end,
      };
    case 'update':
      return {
        ...base,
        fingerprint: op.fingerprint,
        guests,
        title: op.event.title,
        start: op.event.start,
        end: op.event.end,
      };
    case 'guests-added':
    case 'guests-removed':
      return { ...(before ?? { fingerprint: '' }), ...base, guests: op.listAfter ?? guests };
    case 'cancel': {
      const { eventId: _gone, ...rest } = { ...(before ?? { fingerprint: '' }), ...base };
      return { ...rest, guests: NO_GUESTS, cancelled: true };
    }
  }
}
