import { FAILED, SENDING, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import { isDue } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import type { Language } from '../../core/plan';
import { toOutgoing } from './drain-mail';
import type { Settlement } from './drain-settle';
import { deferredEntry, type BatchItem, type DrainState } from './drain-state';

/**
 * One pass over the ledger in sheet order: the stranded rows take their settlement; due entries
 * that are unusable (bad address, header injection, broken payload) fail without reaching the
 * mailer; those beyond today's quota are deferred to 00:05 tomorrow; the rest form the batch,
 * marked 'đang gửi' with the attempt counted. Every change goes into `firstWrite`.
 */
export function pickBatch(
  rows: readonly LedgerRow[],
  settlement: Settlement,
  state: DrainState,
  firstWrite: Map<number, OutboxEntry>,
  at: { now: LocalDateTime; tomorrow: LocalDateTime; quota: number; language: Language },
): BatchItem[] {
  const { counts, set } = state;
  const batch: BatchItem[] = [];
  let quota = at.quota;
  let quotaGone = false;
  for (const ledgerRow of rows) {
    const { row } = ledgerRow;
    let entry = ledgerRow.entry;
    if (entry.kind !== 'mail') continue;
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
    if (!isDue(entry, at.now)) continue;
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
    if (quotaGone || mail.to.length > quota) {
      quotaGone = true;
      set(row, deferredEntry(entry, at.tomorrow, at.language), firstWrite);
      counts.deferred++;
      continue;
    }
    quota -= mail.to.length;
    batch.push({ row, before: entry, mail });
    set(row, { ...entry, state: SENDING, attempts: entry.attempts + 1 }, firstWrite);
  }
  return batch;
}
