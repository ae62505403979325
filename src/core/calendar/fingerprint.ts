import { contentHash } from '../forms/hash';
import type { DesiredEvent, GuestsDigest } from './types';

/**
 * What makes an event "changed" for the calendar: everything but the guest list, which is
 * diffed guest by guest (adding one guest must not resend the whole event to everyone).
 */
export function eventFingerprint(event: DesiredEvent): string {
  return contentHash(
    JSON.stringify([
      event.title,
      event.start.iso,
      event.end.iso,
      event.timeZone,
      event.location ?? '',
      event.description,
      event.url ?? '',
      event.reminderMinutes,
    ]),
  );
}

export function guestsFingerprint(guests: readonly string[]): string {
  return contentHash(guests.join('\n'));
}

/** What the known state keeps of a guest list: the fingerprint of the sorted, distinct list. */
export function guestsDigest(guests: Iterable<string>): GuestsDigest {
  const list = [...new Set(guests)].sort();
  return { hash: guestsFingerprint(list), count: list.length };
}

/** The digest of nobody (a cancelled event). */
export const NO_GUESTS: GuestsDigest = guestsDigest([]);
