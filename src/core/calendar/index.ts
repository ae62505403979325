/** Calendar invitations: desired events, the diff against what was sent, and iCalendar. */
export * from './types';
export { desiredEvents } from './desired-events';
export { knownEventKey, encodeKnownEvent, decodeKnownEvent } from './known-state';
export { calendarDiff } from './diff';
export { recordedGuests } from './guest-record';
export { guestsDigest } from './fingerprint';
export { stateAfter, type CalendarOp } from './operations';
export { writeIcs, eventUid, type IcsEvent } from './ics';
export { escapeText, foldLine } from './ics-text';
export { guestNames, organizerOf, icsEventOf, icsCancellationOf, type IcsContext } from './ics-event';
export { lateGuestMail } from './late-guest-mail';
export { GUEST_LIST_CAP, overCapNotes } from './guest-cap';
