import { localDateTime, type LocalDateTime } from '../cell';

/**
 * How soon a mail must go, most urgent first. Under the quota the drain sends in this order.
 * First the mail that is worthless once its activity has begun, the hardest deadline first: a
 * calendar change (an event moved or cancelled, often for the next hours), a reminder (it must
 * arrive the day before), a promotion from the waiting list (a seat, before the session). Then
 * confirmations: they answer someone who just acted and are still right a few hours later. Notes
 * to the organiser after those; bulk invitations last, and they leave room for the
 * time-sensitive mail the window is known to need (src/app/jobs/mail-reserve.ts).
 */
export const URGENCY_CLASSES = ['calendar', 'reminder', 'promotion', 'confirmation', 'note', 'bulk'] as const;
export type Urgency = (typeof URGENCY_CLASSES)[number];

/**
 * The class of each mail kind, by the action a key starts with (`confirm-mail:…`). A new kind
 * of mail adds its row here; one not listed is a 'note' — sent before bulk mail, after the
 * mail that must reach someone before an activity.
 */
const URGENCY_BY_ACTION: Readonly<Record<string, Urgency>> = {
  'confirm-mail': 'confirmation',
  'flagged-mail': 'confirmation',
  promote: 'promotion',
  'calendar-invite': 'calendar',
  'calendar-cancel': 'calendar',
  reminder: 'reminder',
  'progress-note': 'note',
  'report-mail': 'note',
  // Owners asked for their results: days of slack before the report, so after the mail with a
  // deadline of hours, before bulk invitations.
  'result-ask': 'note',
  'result-reminder': 'note',
  'invite-mail': 'bulk',
  'invite-family-mail': 'bulk',
};

export function urgencyOf(key: string): Urgency {
  const action = key.trim().split(':')[0]!.toLowerCase();
  return URGENCY_BY_ACTION[action] ?? 'note';
}

/** 0 for the most urgent class; sorting by it puts the mail in sending order. */
export const urgencyRank = (key: string): number => URGENCY_CLASSES.indexOf(urgencyOf(key));

/** Bulk mail waits for the room the time-sensitive mail leaves. */
export const isBulk = (key: string): boolean => urgencyOf(key) === 'bulk';

/**
 * The activity day a reminder is for, from its key `reminder:<email>:<YYYY-MM-DD>`
 * (src/app/calendar/reminders.ts); undefined for any other mail.
 */
export function reminderDay(key: string): LocalDateTime | undefined {
  if (urgencyOf(key) !== 'reminder') return undefined;
  const match = /:(\d{4})-(\d{2})-(\d{2})\s*$/.exec(key);
  if (!match) return undefined;
  return localDateTime(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A reminder is meant to arrive the day before its activity: once that day has begun it can no
 * longer arrive in time to be of use (the activity may start at 07:00), so it is not sent.
 */
export function reminderTooLate(key: string, now: LocalDateTime): LocalDateTime | undefined {
  const day = reminderDay(key);
  return day && day.iso <= now.iso ? day : undefined;
}
