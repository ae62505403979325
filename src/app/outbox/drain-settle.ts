import {
  NEEDS_REVIEW,
  PENDING,
  SENDING,
  SENT,
  type LedgerRow,
  type OutboxEntry,
} from '../../core/outbox/entry';
import { interrupted } from '../../core/outbox/error-text';
import type { Language } from '../../core/plan';
import { recoverBatch, type Recovery, type SendJournal } from '../../core/outbox/send-journal';
import { wallMinutes, type LocalDateTime } from '../../core/cell';

/**
 * The rows a killed run left 'đang gửi', settled from its send journal when one describes
 * exactly those rows: sent → 'đã gửi'; never started or not sent → waiting again; the one whose
 * send had started → 'cần kiểm tra'. Without a matching journal all of them become 'cần kiểm
 * tra' for the principal. Nothing that may have gone is ever re-sent blindly.
 */
export interface Settlement {
  /** The journal being recovered, kept until the recovery is written. */
  readonly journal: SendJournal | undefined;
  /** Each stranded row's new entry, and whether it may be sent again in this run. */
  readonly rows: ReadonlyMap<number, { entry: OutboxEntry; how: Recovery }>;
}

/**
 * A 'đang gửi' mark carries its lease in "Thử lại lúc": until then the execution that marked it
 * may still be sending it, so nobody else touches the row. A mark without one (written before
 * leases, or typed by hand) has no owner left.
 */
export function leaseLive(entry: OutboxEntry, now: LocalDateTime): boolean {
  return (
    entry.state === SENDING &&
    entry.nextAttempt !== undefined &&
    wallMinutes(entry.nextAttempt) > wallMinutes(now)
  );
}

export function settleStranded(
  rows: readonly LedgerRow[],
  journals: readonly SendJournal[],
  now: LocalDateTime,
  language: Language,
): Settlement {
  const stranded = rows.filter(
    (r) => r.entry.kind === 'mail' && r.entry.state === SENDING && !leaseLive(r.entry, now),
  );
  const recovery = recoverBatch(
    journals,
    stranded.map((r) => r.entry.key),
  );
  const settled = new Map<number, { entry: OutboxEntry; how: Recovery }>();
  stranded.forEach(({ row, entry }, at) => {
    const how = recovery?.rows[at] ?? 'review';
    settled.set(row, { entry: settle(entry, how, now, language), how });
  });
  return { journal: recovery?.journal, rows: settled };
}

function settle(entry: OutboxEntry, how: Recovery, now: LocalDateTime, language: Language): OutboxEntry {
  if (how === 'review')
    return { ...entry, state: NEEDS_REVIEW, nextAttempt: undefined, lastError: interrupted(language) };
  if (how === 'sent')
    return { ...entry, state: SENT, doneAt: now, nextAttempt: undefined, lastError: undefined };
  // Never handed to the mailer (or not accepted by it): waiting again, the mark's attempt undone.
  return { ...entry, state: PENDING, nextAttempt: undefined, attempts: Math.max(0, entry.attempts - 1) };
}
