import {
  decodeJournals,
  closeJournal,
  SEND_JOURNAL_KEY,
  type SendJournal,
} from '../../core/outbox/send-journal';
import { SENT, type OutboxEntry } from '../../core/outbox/entry';
import { addMinutes } from '../../core/outbox/schedule';
import { windowFromLedger, windowReset, type QuotaWindow } from '../../core/outbox/quota-window';
import { sendForecast } from './send-forecast';
import { toInstant } from '../../core/time-zone';
import { sameKey } from '../../core/outbox/ledger-rows';
import type { LocalDateTime } from '../../core/cell';
import type { Finding } from '../../core/findings';
import { toWallClock } from '../../core/time-zone';
import { releaseClaim, takeClaim } from '../claim';
import type { Deadline } from '../deadline';
import { pickBatch } from './drain-batch';
import { flagCopies } from './drain-copies';
import { scheduleNext } from './drain-finish';
import { dropJournal, drainLogger, JournalWriter, openJournal } from './drain-journal';
import { catalogue } from '../../core/i18n/catalogue';
import { describeFinding, drainLog, summarise } from './drain-messages';
import { applyResults, type SentBatch } from './drain-record';
import { sendBatch } from './drain-send';
import { settleStranded } from './drain-settle';
import { drainState, noCounts, type BatchItem, type QuotaBack } from './drain-state';
import type { CommonPorts, DrainConfig, DrainOptions, DrainResult, Effect, Outcome } from './drain-types';
import { loadOutbox, writeLedgerRows } from './outbox-store';

/** The script property naming the one drain that may send now (src/app/claim.ts). */
export const DRAIN_CLAIM_KEY = 'outbox.drainClaim';

/**
 * The drain, runtime-neutral: it yields the lock, the mails to send and the waits, and is told
 * how each went. It never sends an entry twice, never loses one, and never holds the script lock
 * while the mailer works. Round after round:
 * 1. UNDER THE LOCK: the first round takes the drain's claim (another live drain's claim: it
 *    does nothing); ONE read of the ledger; the previous round's results are put on their rows
 *    by key (drain-record.ts); rows a killed run left 'đang gửi' whose lease has ended are
 *    settled from the send journal (drain-settle.ts); due entries in sheet order: the unusable
 *    fail, those beyond today's quota are deferred, the rest form the batch (drain-batch.ts).
 *    The batch's journal is written, then ONE write records the previous results and marks the
 *    batch 'đang gửi' with this execution's lease, and a checkpoint makes it durable.
 * 2. WITHOUT THE LOCK: the send loop (drain-send.ts), each outcome kept in the journal.
 * 3. Back to 1 for what came in meanwhile, until a round marks nothing: then the journal is
 *    deleted, at most one continuation stays pending (drain-finish.ts) and the claim is given up.
 */
export function* drainSteps(
  ports: CommonPorts,
  o: DrainConfig,
  deadline: Deadline,
  remainingQuota: () => number,
  extra: Pick<DrainOptions, 'reserve' | 'wakeAt' | 'reportQuota'> = {},
): Generator<Effect, DrainResult, Outcome | undefined> {
  const { reserve } = extra;
  const { tables, clock, log, properties } = ports;
  const wallNow = (): LocalDateTime => toWallClock(clock.now(), o.timeZone);
  const logger = drainLogger(log, o.language);
  const t = catalogue(o.language).outbox.drain;
  const counts = noCounts();
  const tried = new Set<string>();
  let previous: SentBatch | undefined;
  let quotaLeft: number | undefined;
  const quotaOr = (estimate: number): number => {
    try {
      return remainingQuota();
    } catch {
      return estimate;
    }
  };
  let stoppedForTime = false;
  let findings: readonly Finding[] = [];
  /** The quota's window as the ledger showed it this round, and the sends since. */
  let window: QuotaWindow | undefined;
  /** `opening`: this round sends the first mail of a new window, which resets 24 hours on. */
  const quotaBack = (opening = false): QuotaBack => {
    const at = windowReset(window ?? (opening ? { start: wallNow(), used: 0 } : undefined));
    // Unknown reset: every drain reads the quota again; a continuation looks within the hour.
    return { at, retry: at ? addMinutes(at, 1) : addMinutes(wallNow(), UNKNOWN_RESET_RETRY_MINUTES) };
  };
  /** A send with no window open opens one: 24 hours from now. */
  const noteSend = (recipients: number): void => {
    window = { start: window?.start ?? wallNow(), used: (window?.used ?? 0) + recipients };
  };
  const wakeAt = (): number | undefined => {
    try {
      return extra.wakeAt?.();
    } catch {
      return undefined;
    }
  };
  const reserveUntilReset = (): number => {
    if (!reserve) return 0;
    try {
      const reset = windowReset(window);
      return reserve(reset ? toInstant(reset, o.timeZone).getTime() : clock.now().getTime() + DAY_MS);
    } catch (error) {
      log.error(drainLog(o.language, error instanceof Error ? error.message : String(error)));
      return 0;
    }
  };
  const leaseWall = toWallClock(new Date(deadline.leaseEndMs), o.timeZone);

  for (let round = 0; ; round++) {
    // After a batch the lock is waited for as long as the work budget allows: a drain that gives
    // up here leaves its results in the journal and its claim held until its lease ends, so mail
    // queued meanwhile (a confirmation) would wait those minutes for the watchdog.
    const lock = yield round === 0
      ? { type: 'lock' }
      : { type: 'lock', waitMs: Math.max(o.lockTimeoutMs, deadline.remainingMs()) };
    if (!lock?.ok) {
      if (round === 0) {
        // Whoever holds the lock (a form rebuild, a sweep) is no drain and will not send what
        // is waiting: a continuation tries again, or mail queued just now waits for tomorrow.
        retryLater(ports, o);
        return notRun(ports, o, t.lockBusy);
      }
      // The closed journal holds every outcome: the run after this lease writes them.
      log.error(drainLog(o.language, t.notRecorded));
      return finish({ waiting: 0 }, true);
    }
    if (round === 0 && properties && !claimed(ports, deadline)) return notRun(ports, o, t.claimBusy);

    const store = loadOutbox(tables);
    if (round === 0) {
      findings = store.ledger.findings;
      for (const f of findings) log.error(t.findingAt(String(f.row ?? '?'), describeFinding(f, o.language)));
      flagCopies(tables, store, o.language);
    }
    const now = wallNow();
    const write = new Map<number, OutboxEntry>();
    const rows = applyResults(store.ledger.rows, previous, write);
    const state = drainState(rows, counts);
    const journalsFound = properties ? decodeJournals(properties.get(SEND_JOURNAL_KEY)) : [];
    const settlement = settleStranded(rows, journalsFound, now, o.language);
    window = windowFromLedger(
      rows.map((r) => r.entry),
      now,
    );
    const send = !stoppedForTime && deadline.remainingMs() > 0;
    let quota = 0;
    const batch = pickBatch(rows, settlement, state, write, {
      now,
      quotaBack,
      window,
      recheckDeferred: round === 0,
      reserve: reserveUntilReset,
      // Before anything is marked the quota service may fail the run; after a batch it may not
      // strand the next round: then what it said last, less what has gone since, is trusted.
      quota: () =>
        (quota = quotaLeft = round === 0 || quotaLeft === undefined ? remainingQuota() : quotaOr(quotaLeft)),
      language: o.language,
      lease: leaseWall,
      send,
      tried,
    });
    const opened = openJournal(
      properties,
      logger,
      batch,
      deadline.id,
      previous?.journal ?? settlement.journal,
      journalsFound.length,
    );
    if (batch.length > 0) {
      // A watchdog: if this execution is killed mid-batch, the continuation settles and resumes
      // the rest once the lease has ended.
      ports.triggers.cancelContinuation();
      ports.triggers.scheduleContinuation(
        Math.max(o.watchdogMs, deadline.leaseEndMs - clock.now().getTime() + o.continuationMinDelayMs),
      );
    }
    writeLedgerRows(tables, store, rowsOf(write), state.current);

    if (batch.length === 0) {
      // Every fact of the journals is in the sheet now.
      if (properties && journalsFound.length > 0) dropJournal(properties, logger);
      const next = scheduleNext(state.current, wallNow(), round > 0, ports, o, wakeAt());
      if (properties) releaseClaim(properties, DRAIN_CLAIM_KEY, deadline);
      if (extra.reportQuota && quotaLeft === undefined) quotaLeft = quotaOr(0);
      return finish({ ...next, ...lastMail(state.current, quota) }, false);
    }
    // The marks must be durable before the first mail leaves, or a crash could resend.
    yield { type: 'checkpoint' };
    yield { type: 'unlock' };

    previous = yield* sendRound(batch, state, opened, quota);
    for (const item of batch) tried.add(sameKey(item.mail.key));
  }

  function* sendRound(
    batch: readonly BatchItem[],
    state: ReturnType<typeof drainState>,
    opened: SendJournal | undefined,
    quota: number,
  ): Generator<Effect, SentBatch, Outcome | undefined> {
    // After the marks are written an exception would strand the batch as 'đang gửi': if the
    // quota service fails mid-run, trust what it said at the start less what has gone since.
    let estimate = quota;
    const spend = (recipients: number): void => {
      noteSend(recipients);
      estimate -= recipients;
      quotaLeft = estimate;
    };
    quotaLeft = estimate;
    const journal = new JournalWriter(opened, properties, logger);
    const results = new Map<number, OutboxEntry>();
    const sent = yield* sendBatch(
      batch,
      {
        o,
        state,
        journal,
        remainingMs: () => deadline.remainingMs(),
        wallNow,
        quotaBack,
        quotaNow: () => quotaOr(estimate),
        quotaAfterFailure: () => {
          try {
            return (estimate = remainingQuota());
          } catch {
            return undefined;
          }
        },
        spent: spend,
      },
      results,
    );
    if (sent.stoppedForTime) stoppedForTime = true;
    const closing = journal.current;
    if (closing)
      journal.write(
        closeJournal(
          closing,
          batch.map((b) => results.get(b.row)?.state === SENT),
        ),
      );
    return { batch, results, journal: journal.current };
  }

  /** When the last waiting mail should go (send-forecast.ts), with what the quota has left. */
  function lastMail(current: ReadonlyMap<number, OutboxEntry>, quotaRead: number): { lastMailAt?: Date } {
    const rows = [...current].map(([row, entry]) => ({ row, entry }));
    const forecast = sendForecast(rows, wallNow(), Math.max(0, quotaLeft ?? quotaRead));
    return forecast.mails > 0 && forecast.lastAt
      ? { lastMailAt: toInstant(forecast.lastAt, o.timeZone) }
      : {};
  }

  function finish(
    next: { waiting: number; continuationAfterMs?: number; lastMailAt?: Date },
    unrecorded: boolean,
  ): DrainResult {
    const result: DrainResult = {
      ran: true,
      ...counts,
      remaining: next.waiting,
      stoppedForTime,
      ...(next.continuationAfterMs !== undefined ? { continuationAfterMs: next.continuationAfterMs } : {}),
      ...(next.lastMailAt ? { lastMailAt: next.lastMailAt } : {}),
      ...(quotaLeft !== undefined ? { quotaLeft: Math.max(0, quotaLeft) } : {}),
      findings,
      message: '',
    };
    const summary = summarise(result, o.language, o.timeZone);
    const message = unrecorded ? `${summary.slice(0, -1)}; ${t.notRecorded}.` : summary;
    log.info(drainLog(o.language, message));
    return { ...result, message };
  }
}

/** Without a known reset, a deferred mail is due again this many minutes later. */
const UNKNOWN_RESET_RETRY_MINUTES = 60;

const DAY_MS = 24 * 3_600_000;

/** Under the lock: this execution may send, unless another live drain holds the claim. */
function claimed(ports: CommonPorts, deadline: Deadline): boolean {
  try {
    return takeClaim(ports.properties!, DRAIN_CLAIM_KEY, deadline, ports.clock.now().getTime());
  } catch {
    // Without a claim the leases still keep each row to one sender.
    return true;
  }
}

/**
 * Without the lock: one continuation pending, a minute from now, unless one already is. Two runs
 * racing here leave one or two triggers, never none (each schedules after it cancels); a second
 * continuation finds nothing to send. A drain refused for another's claim needs none: the claim's
 * holder reads the ledger again under the lock before it finishes and schedules what waits.
 */
function retryLater(ports: CommonPorts, o: DrainConfig): void {
  try {
    if (!ports.triggers.hasPendingContinuation())
      ports.triggers.scheduleContinuation(o.continuationMinDelayMs);
  } catch (error) {
    // Too many triggers: the daily drain still sends what waits.
    ports.log.error(drainLog(o.language, error instanceof Error ? error.message : String(error)));
  }
}

function notRun(ports: CommonPorts, o: DrainConfig, message: string): DrainResult {
  ports.log.info(drainLog(o.language, message));
  return {
    ran: false,
    ...noCounts(),
    remaining: 0,
    stoppedForTime: false,
    findings: [],
    message,
  };
}

function rowsOf(changes: ReadonlyMap<number, OutboxEntry>): { row: number; entry: OutboxEntry }[] {
  return [...changes].map(([row, entry]) => ({ row, entry }));
}
