/** Calendar invitations: desired events, the diff against what was sent, and iCalendar. */
export * from './types';
export { resolveAudience, type AudienceGuests } from './audience';
export { eventDescription } from './description';
export { desiredEvents, wantsEvent, type DesiredEvents, type DesiredEventsOptions } from './desired-events';
export { eventFingerprint, guestsFingerprint } from './fingerprint';
export { knownEventKey, encodeKnownEvent, decodeKnownEvent } from './known-state';
export { calendarDiff, GUESTS_PER_OP, type CalendarDiffInput } from './diff';
export { stateAfter, type CalendarOp, type CalendarOpType } from './operations';
export { eventWhen } from './describe-op';
export {
  writeIcs,
  eventUid,
  PRODID,
  type IcsCalendar,
  type IcsEvent,
  type IcsMethod,
  type IcsPerson,
} from './ics';
export { escapeText, foldLine } from './ics-text';
export { guestNames, organizerOf, icsEventOf, icsCancellationOf, type IcsContext } from './ics-event';
export { lateGuestMail } from './late-guest-mail';
