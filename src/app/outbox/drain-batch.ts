import { FAILED, SENDING, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import { isDue } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import type { Language } from '../../core/plan';
import { toOutgoing } from './drain-mail';
import { sameKey } from '../../core/outbox/ledger-rows';
import { leaseLive, type Settlement } from './drain-settle';
import { deferredEntry, type BatchItem, type DrainState } from './drain-state';

export interface PickOptions {
  readonly now: LocalDateTime;
  readonly tomorrow: LocalDateTime;
  /** Today's quota, asked for only when a mail is due. */
  readonly quota: () => number;
  readonly language: Language;
  /** Until when this execution holds the marks it makes (src/app/deadline.ts), in "Thử lại lúc". */
  readonly lease: LocalDateTime;
  /** False once the deadline has passed: nothing more is marked in this run. */
  readonly send: boolean;
  /** Keys (as `sameKey` has them) already handed to the mailer in this run: left for the next run. */
  readonly tried: ReadonlySet<string>;
}

/**
 * One pass over the ledger in sheet order: the stranded rows whose lease ended take their
 * settlement, those still leased are left to the execution sending them; due entries that are
 * unusable (bad address, header injection, broken payload) fail without reaching the mailer;
 * those beyond today's quota are deferred to 00:05 tomorrow; the rest form the batch, marked
 * 'đang gửi' with the attempt counted and this execution's lease. Every change goes into `firstWrite`.
 */
export function pickBatch(
  rows: readonly LedgerRow[],
  settlement: Settlement,
  state: DrainState,
  firstWrite: Map<number, OutboxEntry>,
  at: PickOptions,
): BatchItem[] {
  const { counts, set } = state;
  const batch: BatchItem[] = [];
  let quota: number | undefined;
  let quotaGone = false;
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
    if (!at.send || !isDue(entry, at.now) || at.tried.has(sameKey(entry.key))) continue;
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
    quota ??= at.quota();
    if (quotaGone || mail.to.length > quota) {
      quotaGone = true;
      set(row, deferredEntry(entry, at.tomorrow, at.language), firstWrite);
      counts.deferred++;
      continue;
    }
    quota -= mail.to.length;
    batch.push({ row, before: entry, mail });
    set(row, { ...entry, state: SENDING, attempts: entry.attempts + 1, nextAttempt: at.lease }, firstWrite);
  }
  return batch;
}
