import { DEFERRED, FAILED, SENDING, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import { reminderTooLate as reminderTooLateText } from '../../core/outbox/error-text';
import { isDue } from '../../core/outbox/schedule';
import { isBulk, reminderTooLate, urgencyRank } from '../../core/outbox/urgency';
import type { LocalDateTime } from '../../core/cell';
import type { Language } from '../../core/plan';
import { toOutgoing } from './drain-mail';
import { sameKey } from '../../core/outbox/ledger-rows';
import { leaseLive, type Settlement } from './drain-settle';
import { deferredEntry, type BatchItem, type DrainState, type QuotaBack } from './drain-state';
import { WindowPlanner } from './send-forecast';
import type { QuotaWindow } from '../../core/outbox/quota-window';

export interface PickOptions {
  readonly now: LocalDateTime;
  /** When the quota comes back, for what it cannot take now. */
  readonly quotaBack: (opening: boolean) => QuotaBack;
  /** The quota's window as the ledger shows it: each deferred mail is told which reset it waits for. */
  readonly window: QuotaWindow | undefined;
  /**
   * The first round of a drain looks at every deferred mail again, due or not (the quota may
   * have come back sooner than the ledger shows: the window began before a mail it knows of).
   */
  readonly recheckDeferred: boolean;
  /** The quota left now, asked for only when a mail is due. */
  readonly quota: () => number;
  /**
   * Recipients the time-sensitive mail of the quota window is known to need and has not queued
   * yet (tomorrow's reminders, the confirmations to expect): bulk mail leaves them room.
   * Asked for only when bulk mail is due and the quota has room.
   */
  readonly reserve: () => number;
  readonly language: Language;
  /** Until when this execution holds the marks it makes (src/app/deadline.ts), in "Thử lại lúc". */
  readonly lease: LocalDateTime;
  /** False once the deadline has passed: nothing more is marked in this run. */
  readonly send: boolean;
  /** Keys (as `sameKey` has them) already handed to the mailer in this run: left for the next run. */
  readonly tried: ReadonlySet<string>;
}

/**
 * One pass over the ledger: the stranded rows whose lease ended take their settlement, those
 * still leased are left to the execution sending them; then the due mail in order of urgency
 * (src/core/outbox/urgency.ts; sheet order within a class): a reminder whose day has begun is
 * not sent (it says why); the unusable (bad address, header injection, broken payload) fail
 * without reaching the mailer; what the quota cannot take waits 'hoãn do hạn mức' until it is
 * back — bulk mail already when only the reserve is left; the rest form the batch, marked
 * 'đang gửi' with the attempt counted and this execution's lease. Every change goes into
 * `firstWrite`. A deferred mail is due at every drain: the quota is read again each time.
 */
export function pickBatch(
  rows: readonly LedgerRow[],
  settlement: Settlement,
  state: DrainState,
  firstWrite: Map<number, OutboxEntry>,
  at: PickOptions,
): BatchItem[] {
  const { counts, set } = state;
  const due: LedgerRow[] = [];
  for (const ledgerRow of rows) {
    const { row } = ledgerRow;
    let entry = ledgerRow.entry;
    if (entry.kind !== 'mail') continue;
    if (leaseLive(entry, at.now)) continue;
    const settled = entry.state === SENDING ? settlement.rows.get(row) : undefined;
    if (entry.state === SENDING) {
      const how = settled?.how ?? 'review';
      entry = settled?.entry ?? entry;
      set(row, entry, firstWrite);
      if (how === 'review') {
        counts.needsReview++;
        continue;
      }
      counts.recovered++;
      if (how === 'sent') continue;
    }
    if (!at.send || at.tried.has(sameKey(entry.key))) continue;
    if (!(at.recheckDeferred && entry.state === DEFERRED) && !isDue(entry, at.now)) continue;
    due.push({ row, entry });
  }
  due.sort((a, b) => urgencyRank(a.entry.key) - urgencyRank(b.entry.key) || a.row - b.row);

  const batch: BatchItem[] = [];
  let quota: number | undefined;
  let reserve: number | undefined;
  let quotaGone = false;
  let planner: WindowPlanner | undefined;
  const defer = (row: number, entry: OutboxEntry, recipients: number): void => {
    // The mail waits behind the more urgent ones: told which reset it waits for (send-forecast.ts).
    const slot = planner?.place(entry.key, recipients);
    const deferred = deferredEntry(entry, at.quotaBack(batch.length > 0), at.language, slot);
    const sameReset = entry.state === DEFERRED && entry.nextAttempt?.iso === deferred.nextAttempt?.iso;
    // Already waiting for the same reset: not newly deferred; written only if its place moved.
    if (sameReset && entry.lastError === deferred.lastError) return;
    set(row, deferred, firstWrite);
    if (!sameReset) counts.deferred++;
  };
  for (const { row, entry } of due) {
    const late = reminderTooLate(entry.key, at.now);
    if (late) {
      const lastError = reminderTooLateText(at.language, late);
      set(row, { ...entry, state: FAILED, lastError, doneAt: at.now, nextAttempt: undefined }, firstWrite);
      counts.tooLate++;
      continue;
    }
    const mail = toOutgoing(entry, at.language);
    if (typeof mail === 'string') {
      set(
        row,
        { ...entry, state: FAILED, lastError: mail, doneAt: at.now, nextAttempt: undefined },
        firstWrite,
      );
      counts.failed++;
      continue;
    }
    if (quota === undefined) {
      quota = at.quota();
      planner = new WindowPlanner(at.now, quota, at.window);
    }
    const room = isBulk(entry.key) && !quotaGone && quota > 0 ? quota - (reserve ??= at.reserve()) : quota;
    if (quotaGone || mail.to.length > room) {
      // Nothing less urgent, nor later in the sheet, jumps the queue: what is left of this
      // window (the reserve's share) is the coming time-sensitive mail's.
      if (!quotaGone) planner?.closeWindow();
      quotaGone = true;
      defer(row, entry, mail.to.length);
      continue;
    }
    planner?.place(entry.key, mail.to.length);
    quota -= mail.to.length;
    batch.push({ row, before: entry, mail });
    set(row, { ...entry, state: SENDING, attempts: entry.attempts + 1, nextAttempt: at.lease }, firstWrite);
  }
  return batch;
}
