import { addMinutes, wallMinutes, type LocalDateTime } from '../cell';
import { SENT, type OutboxEntry } from './entry';

/**
 * The mail quota's window, as the ledger shows it. Apps Script's quotas "are per user and reset
 * 24 hours after the first request" (developers.google.com/apps-script/guides/services/quotas),
 * not at midnight, and MailApp only says how many recipients are left, not when more come. The
 * ledger knows when every mail went ("Hoàn tất lúc", to the minute): the first one opened a
 * window, the first one 24 hours or more after that opened the next, and so on; the open
 * window resets 24 hours after its first mail. No property is needed and nothing more is read.
 * Mail the same account sent from elsewhere is not in the ledger, so this is a plan, never a
 * promise: every drain reads the remaining quota again.
 */
export const WINDOW_MINUTES = 24 * 60;

export interface QuotaWindow {
  /** When the window's first mail went (wall clock). */
  readonly start: LocalDateTime;
  /** Recipients mailed in it so far. */
  readonly used: number;
}

/** The window open at `now`, if a mail went less than 24 hours after its window began. */
export function windowFromLedger(
  entries: Iterable<OutboxEntry>,
  now: LocalDateTime,
): QuotaWindow | undefined {
  const sends = [...entries]
    .filter((e) => e.kind === 'mail' && e.state === SENT && e.doneAt)
    .map((e) => ({ at: e.doneAt!, minutes: wallMinutes(e.doneAt!), recipients: e.recipients.length }))
    .sort((a, b) => a.minutes - b.minutes);
  let open: { start: LocalDateTime; minutes: number; used: number } | undefined;
  for (const send of sends) {
    if (!open || send.minutes >= open.minutes + WINDOW_MINUTES)
      open = { start: send.at, minutes: send.minutes, used: 0 };
    open.used += send.recipients;
  }
  if (!open || wallMinutes(now) >= open.minutes + WINDOW_MINUTES) return undefined;
  return { start: open.start, used: open.used };
}

/** When the open window resets; undefined when none is open (the quota is whole). */
export const windowReset = (window: QuotaWindow | undefined): LocalDateTime | undefined =>
  window ? addMinutes(window.start, WINDOW_MINUTES) : undefined;
