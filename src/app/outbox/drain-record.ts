import { sameKey } from '../../core/outbox/ledger-rows';
import { SENDING, SENT, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import type { SendJournal } from '../../core/outbox/send-journal';
import type { BatchItem } from './drain-state';

/** A batch sent without the lock: what became of each row, and the journal that holds it. */
export interface SentBatch {
  readonly batch: readonly BatchItem[];
  /** By the row the batch was read at. */
  readonly results: ReadonlyMap<number, OutboxEntry>;
  readonly journal: SendJournal | undefined;
}

/**
 * The previous batch's results put on the ledger as it is read now, under the lock again.
 * Rows are found by key, not by number: while the lock was free another execution may have
 * appended rows, and the principal may have sorted or deleted some. A mail that went is a fact
 * and is always recorded; any other result only replaces the row's own 'đang gửi' mark, so a
 * change the principal made meanwhile stays. Every recorded row goes into `write`.
 */
export function applyResults(
  rows: readonly LedgerRow[],
  previous: SentBatch | undefined,
  write: Map<number, OutboxEntry>,
): LedgerRow[] {
  if (!previous) return [...rows];
  const byKey = new Map(
    previous.batch.map((b) => [sameKey(b.mail.key), previous.results.get(b.row) ?? b.before] as const),
  );
  return rows.map((r) => {
    const result = byKey.get(sameKey(r.entry.key));
    if (!result || (r.entry.state !== SENDING && result.state !== SENT)) return r;
    write.set(r.row, result);
    return { row: r.row, entry: result };
  });
}
