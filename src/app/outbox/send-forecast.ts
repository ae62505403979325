import { addMinutes, wallMinutes, type LocalDateTime } from '../../core/cell';
import { DEFERRED, WAITING_STATES, type LedgerRow } from '../../core/outbox/entry';
import {
  WINDOW_MINUTES,
  windowFromLedger,
  windowReset,
  type QuotaWindow,
} from '../../core/outbox/quota-window';
import { reminderTooLate, urgencyRank } from '../../core/outbox/urgency';

/**
 * When waiting mail should go under the mail quota: the one rule the drain's summary, the
 * deferred rows' "Lỗi gần nhất" and the organiser's evening note all tell. The drain sends in
 * order of urgency (src/core/outbox/urgency.ts; sheet order within a class) until a mail does
 * not fit what the quota has left, and nothing behind that mail jumps the queue; a deferred mail
 * is due a minute after the window resets, and the window that mail opens resets 24 hours
 * later. So the waiting recipients fill the open window with what it has left, then whole
 * windows of the quota's size (what the open window used plus what is left), each a minute
 * and 24 hours after the one before. It is a plan, not a promise: mail not queued yet (tomorrow's
 * reminders, new confirmations) goes before bulk mail, and the same account may spend the
 * quota elsewhere — every drain reads the quota again.
 */

/** Where a mail falls: `window` 0 is the open one (it goes now), 1 the next, … */
export interface Slot {
  readonly window: number;
  /** When it should go; undefined when the quota's return is not known. */
  readonly at?: LocalDateTime;
  /** A reminder that would go on or after its activity's day: the drain will not send it. */
  readonly tooLate?: boolean;
}

/** The drain's deferred mail is due this long after the window resets (drain-steps.ts). */
const DUE_AFTER_RESET_MINUTES = 1;

/** Places mail, in the drain's order, into the quota's coming windows. */
export class WindowPlanner {
  private index = 0;
  private room: number;
  private placedNow = false;
  private readonly size: number;

  constructor(
    private readonly now: LocalDateTime,
    left: number,
    private readonly window: QuotaWindow | undefined,
  ) {
    this.room = Math.max(0, left);
    this.size = (window?.used ?? 0) + this.room;
  }

  /** When window `index` opens: now for the open one, a minute after each reset for the next. */
  private opensAt(index: number): LocalDateTime | undefined {
    if (index === 0) return this.now;
    // No window in the ledger: the first mail sent now opens one; none sent, its start is unknown.
    const open = this.window ?? (this.placedNow ? { start: this.now, used: 0 } : undefined);
    const reset = windowReset(open);
    if (!reset) return undefined;
    return addMinutes(reset, (index - 1) * (WINDOW_MINUTES + DUE_AFTER_RESET_MINUTES));
  }

  /** Nothing more goes in the current window (the drain kept the rest back, e.g. for the reserve). */
  closeWindow(): void {
    this.index++;
    this.room = this.size;
  }

  /**
   * The slot of a mail to `recipients` with idempotency key `key`, not before `notBefore` (a
   * retry planned later): it takes its room there, unless it is a reminder that would be too late.
   */
  place(key: string, recipients: number, notBefore?: LocalDateTime): Slot {
    if (recipients > this.size) return { window: Infinity };
    if (recipients > this.room) this.closeWindow();
    let at = this.opensAt(this.index);
    if (at && notBefore && wallMinutes(notBefore) > wallMinutes(at)) at = notBefore;
    if (at && reminderTooLate(key, at)) return { window: this.index, at, tooLate: true };
    this.room -= recipients;
    if (this.index === 0) this.placedNow = true;
    return at ? { window: this.index, at } : { window: this.index };
  }
}

/** What the evening note and the drain's summary say of the waiting mail. */
export interface SendForecast {
  /** Waiting mails (and their recipients) that should still go. */
  readonly mails: number;
  readonly recipients: number;
  /** When the last of them should go; undefined when nothing waits or it is not known. */
  readonly lastAt?: LocalDateTime;
  /** Quota windows after the open one that they need (0: all fit now). */
  readonly windows: number;
  /** True when part of them waits for a reset the ledger cannot date. */
  readonly unknown: boolean;
  /** Reminders that will no longer go before their activity's day. */
  readonly tooLate: number;
}

/**
 * The forecast of every waiting mail of the ledger `rows` at `now`, with `left` recipients the
 * quota has left now (MailApp.getRemainingDailyQuota() or the local counter).
 */
export function sendForecast(rows: readonly LedgerRow[], now: LocalDateTime, left: number): SendForecast {
  const planner = new WindowPlanner(
    now,
    left,
    windowFromLedger(
      rows.map((r) => r.entry),
      now,
    ),
  );
  const waiting = rows
    .filter((r) => r.entry.kind === 'mail' && WAITING_STATES.includes(r.entry.state))
    .sort((a, b) => urgencyRank(a.entry.key) - urgencyRank(b.entry.key) || a.row - b.row);
  let mails = 0;
  let recipients = 0;
  let windows = 0;
  let tooLate = 0;
  let unknown = false;
  let last: LocalDateTime | undefined;
  for (const { entry } of waiting) {
    // A deferred mail's next attempt is the drain's own guess at the reset; it is due at every drain.
    const notBefore = entry.state === DEFERRED ? undefined : entry.nextAttempt;
    const slot = planner.place(entry.key, entry.recipients.length, notBefore);
    if (slot.tooLate) {
      tooLate++;
      continue;
    }
    mails++;
    recipients += entry.recipients.length;
    if (!slot.at) {
      unknown = true;
      continue;
    }
    windows = Math.max(windows, slot.window);
    if (!last || wallMinutes(slot.at) > wallMinutes(last)) last = slot.at;
  }
  return {
    mails,
    recipients,
    windows,
    unknown,
    tooLate,
    ...(last && !unknown ? { lastAt: last } : {}),
  };
}
