import type { LocalDateTime } from '../cell';

/**
 * The calendar event an activity should have. Times are the school's wall clock: only an
 * adapter turns them into instants (src/core/time-zone.ts), so no event lands on another day
 * because the script, the spreadsheet or the test machine runs in another zone.
 */
export interface DesiredEvent {
  readonly activityId: string;
  readonly title: string;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  /** IANA zone of the wall-clock times (Settings "Múi giờ"). */
  readonly timeZone: string;
  readonly location?: string;
  /** Plain text, several lines, in the plan's language. */
  readonly description: string;
  /** The online meeting link, if any. */
  readonly url?: string;
  /** Lower-case, unique, sorted: the same list always fingerprints alike. */
  readonly guests: readonly string[];
  /** Popup reminders, minutes before the start, largest first. */
  readonly reminderMinutes: readonly number[];
}

/** Why an activity that asks for an invitation gets no event (its existing event is left alone). */
export type SkipReason =
  | 'time-missing'
  | 'end-not-after-start'
  | 'outside-week'
  | 'audience-unknown'
  | 'guest-email-invalid'
  | 'no-guests'
  | 'row-unreadable';

export interface SkippedActivity {
  readonly activityId: string;
  readonly row?: number;
  readonly reason: SkipReason;
  /** One Vietnamese sentence for the principal. */
  readonly message: string;
}

/**
 * What we know about an activity's event, from the last successful calendar write. Stored by
 * the use case in the script/workbook properties (see known-state.ts), one key per activity.
 */
export interface KnownEvent {
  readonly activityId: string;
  /** The calendar's event id; absent locally (the .ics UID is derived from the activity id). */
  readonly eventId?: string;
  /** Fingerprint of title, times, location, description, link and reminders. */
  readonly fingerprint: string;
  /**
   * The guest list as a fingerprint (guestsFingerprint of the sorted list) and its length —
   * never the addresses: the properties hold no family's address and stay small at any school
   * size. Who was invited is read back from the outbox when the list changed (guest-record.ts).
   */
  readonly guests: GuestsDigest;
  /** iCalendar SEQUENCE of the last version sent: bumped on every change. */
  readonly sequence: number;
  /** True once the event was cancelled (deleted): a later re-plan creates it afresh. */
  readonly cancelled?: boolean;
  /** Kept so a cancellation can still say what and when. */
  readonly title?: string;
  readonly start?: LocalDateTime;
  readonly end?: LocalDateTime;
}

/** A guest list as the known state keeps it: its fingerprint and how many. */
export interface GuestsDigest {
  readonly hash: string;
  readonly count: number;
}
