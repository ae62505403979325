import { decodeJournals, closeJournal, SEND_JOURNAL_KEY } from '../../core/outbox/send-journal';
import { SENT, type OutboxEntry } from '../../core/outbox/entry';
import { nextQuotaDay } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import { toWallClock } from '../../core/time-zone';
import { pickBatch } from './drain-batch';
import { scheduleNext } from './drain-finish';
import { dropJournal, drainLogger, JournalWriter, openJournal } from './drain-journal';
import { catalogue } from '../../core/i18n/catalogue';
import { describeFinding, drainLog, summarise } from './drain-messages';
import { sendBatch } from './drain-send';
import { settleStranded } from './drain-settle';
import { drainState } from './drain-state';
import type { CommonPorts, DrainConfig, DrainResult, Effect, Outcome } from './drain-types';
import { loadOutbox, writeLedgerRows } from './outbox-store';

/**
 * The drain, runtime-neutral: it yields the mails to send and the waits, and is told how each
 * send went. It never sends an entry twice and never loses one.
 * 1. ONE read of the ledger; the rows a killed run left 'đang gửi' are settled from the send
 *    journal (drain-settle.ts).
 * 2. Due entries in sheet order: the unusable fail, those beyond today's quota are deferred, the
 *    rest form the batch (drain-batch.ts).
 * 3. The journal of the batch is written (properties), then ONE write marks the batch 'đang
 *    gửi' and a checkpoint makes it durable (flush / save) BEFORE anything is sent.
 * 4. The send loop (drain-send.ts).
 * 5. The journal is closed (every outcome known), ONE write records the results (entries not
 *    reached go back to what they were), and the journal is deleted.
 * 6. At most one continuation trigger stays pending (drain-finish.ts).
 */
export function* drainSteps(
  ports: CommonPorts,
  o: DrainConfig,
  startedMs: number,
  remainingQuota: () => number,
): Generator<Effect, DrainResult, Outcome | undefined> {
  const { tables, clock, log, triggers, properties } = ports;
  const wallNow = (): LocalDateTime => toWallClock(clock.now(), o.timeZone);

  const store = loadOutbox(tables);
  const journalsFound = properties ? decodeJournals(properties.get(SEND_JOURNAL_KEY)) : [];
  const findings = store.ledger.findings;
  const t = catalogue(o.language).outbox.drain;
  for (const f of findings) log.error(t.findingAt(String(f.row ?? '?'), describeFinding(f, o.language)));
  const now = wallNow();
  const tomorrow = nextQuotaDay(now);
  const state = drainState(store.ledger.rows);

  const quota = remainingQuota();
  const settlement = settleStranded(store.ledger.rows, journalsFound, now, o.language);
  const firstWrite = new Map<number, OutboxEntry>();
  const batch = pickBatch(store.ledger.rows, settlement, state, firstWrite, {
    now,
    tomorrow,
    quota,
    language: o.language,
  });

  const opened = openJournal(
    properties,
    drainLogger(log, o.language),
    batch,
    startedMs,
    settlement.journal,
    journalsFound.length,
  );
  if (batch.length > 0) {
    // A watchdog: if this execution is killed mid-batch, the continuation resumes the rest.
    triggers.cancelContinuation();
    triggers.scheduleContinuation(o.watchdogMs);
  }
  writeLedgerRows(tables, store, rowsOf(firstWrite), state.current);
  if (properties && batch.length === 0 && journalsFound.length > 0) {
    // The recovery is written: the old journal has served.
    dropJournal(properties, drainLogger(log, o.language));
  }
  // The marks must be durable before the first mail leaves, or a crash could resend.
  if (batch.length > 0) yield { type: 'checkpoint' };

  // After the marks are written an exception would strand the batch as 'đang gửi': if the quota
  // service fails mid-run, trust what it said at the start less what has gone since.
  let estimate = quota;
  const journal = new JournalWriter(opened, properties, drainLogger(log, o.language));
  const results = new Map<number, OutboxEntry>();
  const { stoppedForTime } = yield* sendBatch(
    batch,
    {
      o,
      state,
      journal,
      elapsed: () => clock.now().getTime() - startedMs,
      wallNow,
      tomorrow,
      quotaNow: () => {
        try {
          return remainingQuota();
        } catch {
          return estimate;
        }
      },
      spent: (recipients) => {
        estimate -= recipients;
      },
    },
    results,
  );

  const closing = journal.current;
  if (closing)
    journal.write(
      closeJournal(
        closing,
        batch.map((b) => results.get(b.row)?.state === SENT),
      ),
    );
  writeLedgerRows(tables, store, rowsOf(results), state.current);
  if (journal.current && properties) dropJournal(properties, drainLogger(log, o.language));

  const next = scheduleNext(state.current, wallNow(), batch.length > 0, ports, o);
  const result: DrainResult = {
    ran: true,
    ...state.counts,
    remaining: next.waiting,
    stoppedForTime,
    ...(next.continuationAfterMs !== undefined ? { continuationAfterMs: next.continuationAfterMs } : {}),
    findings,
    message: '',
  };
  const message = summarise(result, o.language);
  log.info(drainLog(o.language, message));
  return { ...result, message };
}

function rowsOf(changes: ReadonlyMap<number, OutboxEntry>): { row: number; entry: OutboxEntry }[] {
  return [...changes].map(([row, entry]) => ({ row, entry }));
}
