import { DEFERRED, type OutboxEntry } from '../../core/outbox/entry';
import { quotaDeferred, quotaDeferredBehind } from '../../core/outbox/error-text';
import type { Slot } from './send-forecast';
import type { Language } from '../../core/plan';
import type { LocalDateTime } from '../../core/cell';
import type { OutgoingMail } from '../../ports';
import type { DrainCounts } from './drain-types';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What one run knows of the ledger as it goes: every row's entry now, and what it changed. */
export interface DrainState {
  readonly current: Map<number, OutboxEntry>;
  readonly counts: Mutable<DrainCounts>;
  /** Records a row's new entry, both as current and in one of the run's writes. */
  set(row: number, entry: OutboxEntry, into: Map<number, OutboxEntry>): void;
}

export const noCounts = (): Mutable<DrainCounts> => ({
  sent: 0,
  deferred: 0,
  failed: 0,
  tooLate: 0,
  retrying: 0,
  needsReview: 0,
  recovered: 0,
});

/** One round's view of the ledger as it read it; the counts go on across the run's rounds. */
export function drainState(
  rows: readonly { row: number; entry: OutboxEntry }[],
  counts: Mutable<DrainCounts> = noCounts(),
): DrainState {
  const current = new Map<number, OutboxEntry>(rows.map((r) => [r.row, r.entry]));
  return {
    current,
    counts,
    set(row, entry, into) {
      current.set(row, entry);
      into.set(row, entry);
    },
  };
}

/**
 * When a drain expects the quota back: `at` is the window's reset, when the drain knows it
 * (src/core/outbox/quota-window.ts); `retry` is when a deferred mail is next due — a minute
 * after the reset, or within the hour when the reset is not known. Any drain before that
 * reads the quota again and sends a deferred mail if there is room.
 */
export interface QuotaBack {
  readonly at: LocalDateTime | undefined;
  readonly retry: LocalDateTime;
}

/**
 * A mail deferred for the quota: due again at `back.retry`, and told when it should go — at the
 * coming reset, or, behind more urgent mail (`slot`, send-forecast.ts), after several.
 */
export function deferredEntry(
  entry: OutboxEntry,
  back: QuotaBack,
  language: Language,
  slot?: Slot,
): OutboxEntry {
  const lastError =
    slot && slot.window > 1
      ? quotaDeferredBehind(language, slot.window, slot.at)
      : quotaDeferred(language, back.at);
  return { ...entry, state: DEFERRED, nextAttempt: back.retry, lastError };
}

/** One mail of the batch: its ledger row, the entry before it was marked, what goes to the mailer. */
export interface BatchItem {
  readonly row: number;
  readonly before: OutboxEntry;
  readonly mail: OutgoingMail;
}
