import { catalogue } from '../i18n/catalogue';
import { groupedInteger } from '../i18n/numbers';
import type { Language } from '../plan';
import type { DesiredEvent } from './types';

/**
 * Guests a Google Calendar event lists. Google handles "events with more than 200 guests
 * (including rooms) ... a bit differently" (https://support.google.com/a/answer/172013): no
 * guest list for the guests, and updates no longer mailed to everyone; invitations to guests
 * outside the school's domain are limited too, "usually between 100–300"
 * (https://support.google.com/a/answer/2905486). So an event lists at most this many; the
 * others get the event's own .ics (its iCalUID as UID) by mail through the outbox, and its
 * updates and cancellation the same way.
 */
export const GUEST_LIST_CAP = 200;

/** One line per event whose audience is larger than the cap: how many get it by mail instead. */
export function overCapNotes(desired: Iterable<DesiredEvent>, cap: number, language: Language): string[] {
  const t = catalogue(language).calendar.sync;
  const n = (value: number): string => groupedInteger(value, language);
  const lines: string[] = [];
  for (const event of desired) {
    const count = event.guests.length;
    if (count > cap) lines.push(t.overCap(event.activityId, n(count), n(cap), n(count - cap)));
  }
  return lines;
}
