import { classifyFailure } from '../../core/outbox/classify-error';
import { FAILED, SENT, TRANSIENT, type OutboxEntry } from '../../core/outbox/entry';
import { describeMailError, unknownRetry } from '../../core/outbox/error-text';
import { recordOutcome, recordStart } from '../../core/outbox/send-journal';
import { addMinutes, retryAfterTransient } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import type { JournalWriter } from './drain-journal';
import { deferredEntry, type BatchItem, type DrainState, type QuotaBack } from './drain-state';
import type { DrainConfig, Effect, Outcome } from './drain-types';

/** The first later-run retry of an unrecognised error; each next one waits twice as long. */
const UNKNOWN_RETRY_MINUTES = 20;

export interface SendContext {
  readonly o: DrainConfig;
  readonly state: DrainState;
  readonly journal: JournalWriter;
  /** Time left in the execution's budget (src/app/deadline.ts). */
  readonly remainingMs: () => number;
  readonly wallNow: () => LocalDateTime;
  /** When the quota comes back, for what it cannot take now. */
  readonly quotaBack: () => QuotaBack;
  /** The quota left now; falls back to an estimate when the service fails. */
  readonly quotaNow: () => number;
  /** The quota read again after a failed send; undefined when the read fails too. */
  readonly quotaAfterFailure: () => number | undefined;
  /** Called with the recipients of each mail that went, for that estimate. */
  readonly spent: (recipients: number) => void;
}

/**
 * Each mail of the batch, outside the script lock: stop when the execution's budget is spent; check the quota again; journal
 * "started"; send, retrying a transient error after 1, 2, 4, 8 s; a daily-quota error defers
 * it and the rest; journal the outcome. Two property writes a mail, no sheet call.
 */
export function* sendBatch(
  batch: readonly BatchItem[],
  ctx: SendContext,
  results: Map<number, OutboxEntry>,
): Generator<Effect, { stoppedForTime: boolean }, Outcome | undefined> {
  const { o, state, journal } = ctx;
  let stoppedForTime = false;
  let deferRest = false;
  for (const [at, item] of batch.entries()) {
    const { row, before, mail } = item;
    if (deferRest) {
      state.set(row, deferredEntry(before, ctx.quotaBack(), o.language), results);
      state.counts.deferred++;
      continue;
    }
    if (stoppedForTime || ctx.remainingMs() <= 0) {
      stoppedForTime = true;
      state.set(row, before, results);
      continue;
    }
    if (ctx.quotaNow() < mail.to.length) {
      deferRest = true;
      state.set(row, deferredEntry(before, ctx.quotaBack(), o.language), results);
      state.counts.deferred++;
      continue;
    }
    // A kill after "started" is on record makes this one mail (and only it) 'cần kiểm tra'.
    if (!journal.mayStart((j) => recordStart(j, at))) {
      state.set(row, before, results);
      continue;
    }
    const quota = yield* sendOne(item, ctx, results);
    if (quota) deferRest = true;
    const written = journal.current;
    if (written) journal.write(recordOutcome(written, at, state.current.get(row)?.state === SENT));
  }
  return { stoppedForTime };
}

/** One mail, with its in-run retries; true when the daily quota ran out on it. */
function* sendOne(
  { row, before, mail }: BatchItem,
  ctx: SendContext,
  results: Map<number, OutboxEntry>,
): Generator<Effect, boolean, Outcome | undefined> {
  const { o, state } = ctx;
  const { counts, set } = state;
  let tries = 0;
  for (;;) {
    tries++;
    const outcome = (yield { type: 'send', mail }) ?? { ok: false, message: 'no outcome' };
    const at = ctx.wallNow();
    const attempts = before.attempts + tries;
    if (outcome.ok) {
      ctx.spent(mail.to.length);
      set(
        row,
        { ...before, state: SENT, attempts, doneAt: at, nextAttempt: undefined, lastError: undefined },
        results,
      );
      counts.sent++;
      return false;
    }
    // What happened, not what the words say: no quota left for this mail is the quota.
    const kind = classifyFailure(
      outcome.message,
      outcome.responseCode,
      ctx.quotaAfterFailure(),
      mail.to.length,
    );
    const lastError = describeMailError(kind, outcome.message, attempts, o.maxAttempts, o.language);
    if (kind === 'quota') {
      set(row, { ...deferredEntry(before, ctx.quotaBack(), o.language), attempts, lastError }, results);
      counts.deferred++;
      return true;
    }
    if (kind === 'transient') {
      const wait = o.backoffMs[tries - 1];
      if (wait !== undefined && wait < ctx.remainingMs()) {
        yield { type: 'sleep', ms: wait };
        continue;
      }
      const nextAttempt = retryAfterTransient(at, attempts);
      set(row, { ...before, state: TRANSIENT, attempts, lastError, nextAttempt }, results);
      counts.retrying++;
      return false;
    }
    // Not recognised (a wording in another language, a new error): tried again in later runs,
    // 20 then 40 minutes apart, so that a passing fault is outlived; given up after maxAttempts,
    // at least an hour after the first failure.
    const otherAttempts = before.attempts + 1;
    if (otherAttempts >= o.maxAttempts) {
      const message = describeMailError(kind, outcome.message, otherAttempts, o.maxAttempts, o.language);
      const failed = { state: FAILED, doneAt: at, nextAttempt: undefined };
      set(row, { ...before, ...failed, attempts: otherAttempts, lastError: message }, results);
      counts.failed++;
    } else {
      const nextAttempt = addMinutes(at, UNKNOWN_RETRY_MINUTES * 2 ** (otherAttempts - 1));
      const message = unknownRetry(o.language, otherAttempts, o.maxAttempts, nextAttempt, outcome.message);
      set(
        row,
        { ...before, state: TRANSIENT, nextAttempt, attempts: otherAttempts, lastError: message },
        results,
      );
      counts.retrying++;
    }
    return false;
  }
}
