import type { Finding } from '../../core/findings';
import { classifyMailError, errorMessage, errorResponseCode } from '../../core/outbox/classify-error';
import { readMailPayload } from '../../core/outbox/enqueue';
import {
  DEFERRED,
  FAILED,
  NEEDS_REVIEW,
  PENDING,
  SENDING,
  SENT,
  TRANSIENT,
  WAITING_STATES,
  type OutboxEntry,
} from '../../core/outbox/entry';
import { describeMailError, INTERRUPTED, QUOTA_DEFERRED } from '../../core/outbox/error-text';
import {
  closeJournal,
  decodeJournals,
  encodeJournals,
  journalsFit,
  recordOutcome,
  recordStart,
  recoverBatch,
  SEND_JOURNAL_KEY,
  startJournal,
  type Recovery,
  type SendJournal,
} from '../../core/outbox/send-journal';
import { checkRecipients, checkSubject, isValidAddress } from '../../core/outbox/recipients';
import {
  addMinutes,
  earliestWork,
  isDue,
  nextQuotaDay,
  retryAfterTransient,
} from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import {
  LockUnavailableError,
  type AsyncLockPort,
  type AsyncCheckpointPort,
  type AsyncMailPort,
  type CheckpointPort,
  type AsyncSleepPort,
  type ClockPort,
  type LockPort,
  type LogPort,
  type MailPort,
  type OutgoingMail,
  type PropertiesPort,
  type SleepPort,
  type TablesPort,
  type TriggersPort,
} from '../../ports';
import { loadOutbox, writeLedgerRows, type LoadedOutbox } from './outbox-store';

export interface DrainOptions {
  /** Stop starting new mails after this long (the execution limit is 6 minutes). Default 270 s. */
  timeBudgetMs?: number;
  /** How long to wait for the script lock. Default 10 s. */
  lockTimeoutMs?: number;
  /** An entry failing with an unclassified error is given up after this many attempts. Default 5. */
  maxAttempts?: number;
  /** Waits between in-run retries of a transient error. Default 1, 2, 4, 8 s. */
  backoffMs?: readonly number[];
  /** The school's zone, for the ledger's dates and "tomorrow". Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** Shortest delay of the continuation trigger. Default 60 s. */
  continuationMinDelayMs?: number;
  /**
   * Before sending, a continuation is scheduled this far ahead, so that an execution killed at
   * the 6-minute limit is resumed. Default 7 minutes.
   */
  watchdogMs?: number;
}

export interface DrainResult {
  /** False when the lock was not had: nothing was read, sent or written. */
  readonly ran: boolean;
  readonly sent: number;
  /** Set to 'hoãn do hạn mức' by this run (wait for tomorrow's quota). */
  readonly deferred: number;
  /** Set to 'thất bại' by this run. */
  readonly failed: number;
  /** Set to 'lỗi tạm thời' by this run (retried later). */
  readonly retrying: number;
  /** Set to 'cần kiểm tra' by this run: an earlier run was cut off while sending them. */
  readonly needsReview: number;
  /**
   * Rows an earlier, killed run left 'đang gửi' that this run settled from the send journal:
   * set to 'đã gửi' (the journal says they went) or back to 'chờ gửi' (they never started).
   */
  readonly recovered: number;
  /** Entries still waiting (chờ gửi, hoãn, lỗi tạm thời) after this run. */
  readonly remaining: number;
  /** True when the time budget stopped the run. */
  readonly stoppedForTime: boolean;
  /** Delay of the continuation trigger left pending, if any. */
  readonly continuationAfterMs?: number;
  /** Damaged ledger rows, left alone. */
  readonly findings: readonly Finding[];
  /** One Vietnamese sentence for a toast or the console. */
  readonly message: string;
}

interface CommonPorts {
  tables: TablesPort;
  clock: ClockPort;
  log: LogPort;
  triggers: TriggersPort;
  /**
   * Script properties, for the send journal (src/core/outbox/send-journal.ts): with it, a run
   * killed mid-batch costs the principal at most one 'cần kiểm tra' row instead of the batch.
   * Without it the drain works as before.
   */
  properties?: PropertiesPort;
}

export interface DrainPorts extends CommonPorts {
  lock: LockPort;
  mail: MailPort;
  sleep: SleepPort;
  /** Flushes the 'đang gửi' marks before sending (SpreadsheetApp.flush()). */
  checkpoint?: CheckpointPort;
}

export interface AsyncDrainPorts extends CommonPorts {
  lock: AsyncLockPort;
  mail: AsyncMailPort;
  sleep: AsyncSleepPort;
  /** Saves the workbook with the 'đang gửi' marks before sending. */
  checkpoint?: AsyncCheckpointPort;
}

type Effect = { type: 'send'; mail: OutgoingMail } | { type: 'sleep'; ms: number } | { type: 'checkpoint' };
type Outcome = { ok: true } | { ok: false; message: string; responseCode?: number };

const DEFAULTS = {
  timeBudgetMs: 270_000,
  lockTimeoutMs: 10_000,
  maxAttempts: 5,
  backoffMs: [1000, 2000, 4000, 8000] as readonly number[],
  timeZone: SCHOOL_TIME_ZONE,
  continuationMinDelayMs: 60_000,
  watchdogMs: 420_000,
};

const LOCK_BUSY = 'Một lần gửi thư khác đang chạy; lần này không làm gì (thư sẽ không bị gửi hai lần).';

/**
 * Works through the outbox under the script lock (Apps Script: synchronous MailApp). See
 * `drainSteps` for what it does; it never sends an entry twice and never loses one.
 */
export function drainOutbox(ports: DrainPorts, options: DrainOptions = {}): DrainResult {
  const o = { ...DEFAULTS, ...options };
  const startedMs = ports.clock.now().getTime();
  try {
    return ports.lock.withLock(o.lockTimeoutMs, () => {
      const steps = drainSteps(ports, o, startedMs, () => ports.mail.remainingDailyQuota());
      let step = steps.next();
      while (!step.done) {
        const effect = step.value;
        if (effect.type === 'sleep') {
          ports.sleep.sleep(effect.ms);
          step = steps.next();
        } else if (effect.type === 'checkpoint') {
          ports.checkpoint?.checkpoint();
          step = steps.next();
        } else {
          let outcome: Outcome;
          try {
            ports.mail.send(effect.mail);
            outcome = { ok: true };
          } catch (error) {
            outcome = failure(error);
          }
          step = steps.next(outcome);
        }
      }
      return step.value;
    });
  } catch (error) {
    if (error instanceof LockUnavailableError) return notRun(ports.log);
    throw error;
  }
}

/** The same drain for the local runtime, whose mailer (nodemailer) is asynchronous. */
export async function drainOutboxAsync(
  ports: AsyncDrainPorts,
  options: DrainOptions = {},
): Promise<DrainResult> {
  const o = { ...DEFAULTS, ...options };
  const startedMs = ports.clock.now().getTime();
  try {
    return await ports.lock.withLockAsync(o.lockTimeoutMs, async () => {
      const steps = drainSteps(ports, o, startedMs, () => ports.mail.remainingDailyQuota());
      let step = steps.next();
      while (!step.done) {
        const effect = step.value;
        if (effect.type === 'sleep') {
          await ports.sleep.sleep(effect.ms);
          step = steps.next();
        } else if (effect.type === 'checkpoint') {
          await ports.checkpoint?.checkpoint();
          step = steps.next();
        } else {
          let outcome: Outcome;
          try {
            await ports.mail.send(effect.mail);
            outcome = { ok: true };
          } catch (error) {
            outcome = failure(error);
          }
          step = steps.next(outcome);
        }
      }
      return step.value;
    });
  } catch (error) {
    if (error instanceof LockUnavailableError) return notRun(ports.log);
    throw error;
  }
}

function failure(error: unknown): Outcome {
  const responseCode = errorResponseCode(error);
  return { ok: false, message: errorMessage(error), ...(responseCode !== undefined ? { responseCode } : {}) };
}

function notRun(log: LogPort): DrainResult {
  log.info(`Hộp thư đi: ${LOCK_BUSY}`);
  return {
    ran: false,
    sent: 0,
    deferred: 0,
    failed: 0,
    retrying: 0,
    needsReview: 0,
    recovered: 0,
    remaining: 0,
    stoppedForTime: false,
    findings: [],
    message: LOCK_BUSY,
  };
}

/**
 * The drain, runtime-neutral: it yields the mails to send and the waits, and is told how each
 * send went.
 * 1. ONE read of the ledger. Entries still 'đang gửi' were marked by an execution that died.
 *    When the send journal (script properties) describes exactly those rows, each is settled
 *    from it: sent → 'đã gửi'; never started or not sent → waiting again; the one whose send
 *    had started → 'cần kiểm tra'. Without a matching journal all of them become 'cần kiểm
 *    tra' for the principal. Nothing that may have gone is ever re-sent blindly.
 * 2. Due entries in sheet order: unusable ones (bad address, header injection, broken payload)
 *    fail without reaching the mailer; those beyond today's quota are deferred to 00:05
 *    tomorrow; the rest form the batch.
 * 3. The journal of the batch is written (properties), then ONE write marks the batch 'đang
 *    gửi' (with the attempt counted) and a checkpoint makes it durable (flush / save) BEFORE
 *    anything is sent.
 * 4. Each mail: stop when the time budget is spent; check the quota again; journal "started";
 *    send, retrying a transient error after 1, 2, 4, 8 s; a daily-quota error defers it and
 *    the rest; journal the outcome. Two property writes a mail, no sheet call.
 * 5. The journal is closed (every outcome known), ONE write records the results (entries not
 *    reached go back to what they were), and the journal is deleted.
 * 6. At most one continuation trigger stays pending: at the earliest time anything can be tried.
 */
function* drainSteps(
  ports: CommonPorts,
  o: typeof DEFAULTS,
  startedMs: number,
  remainingQuota: () => number,
): Generator<Effect, DrainResult, Outcome | undefined> {
  const { tables, clock, log, triggers, properties } = ports;
  const elapsed = (): number => clock.now().getTime() - startedMs;
  const wallNow = (): LocalDateTime => toWallClock(clock.now(), o.timeZone);

  const store: LoadedOutbox = loadOutbox(tables);
  const journalsFound = properties ? decodeJournals(properties.get(SEND_JOURNAL_KEY)) : [];
  const findings = store.ledger.findings;
  for (const f of findings) log.error(`Hộp thư đi, dòng ${f.row ?? '?'}: ${describeFinding(f)}`);
  const now = wallNow();
  const tomorrow = nextQuotaDay(now);

  const current = new Map<number, OutboxEntry>(store.ledger.rows.map((r) => [r.row, r.entry]));
  const firstWrite = new Map<number, OutboxEntry>();
  const counts = { sent: 0, deferred: 0, failed: 0, retrying: 0, needsReview: 0, recovered: 0 };
  const set = (row: number, entry: OutboxEntry, into: Map<number, OutboxEntry>): void => {
    current.set(row, entry);
    into.set(row, entry);
  };

  const batch: { row: number; before: OutboxEntry; mail: OutgoingMail }[] = [];
  let quota = remainingQuota();
  // After the marks are written an exception would strand the batch as 'đang gửi': if the quota
  // service fails mid-run, trust what it said at the start less what has gone since.
  let estimate = quota;
  const quotaNow = (): number => {
    try {
      return remainingQuota();
    } catch {
      return estimate;
    }
  };
  let quotaGone = false;
  // The rows a killed run left 'đang gửi', settled from its journal when one matches them.
  const stranded = store.ledger.rows.filter((r) => r.entry.kind === 'mail' && r.entry.state === SENDING);
  const recovery = recoverBatch(
    journalsFound,
    stranded.map((r) => r.entry.key),
  );
  const recoveryOf = new Map<number, Recovery>(
    stranded.map((r, at) => [r.row, recovery?.rows[at] ?? 'review']),
  );
  for (const ledgerRow of store.ledger.rows) {
    const { row } = ledgerRow;
    let entry = ledgerRow.entry;
    if (entry.kind !== 'mail') continue;
    if (entry.state === SENDING) {
      const settled = recoveryOf.get(row) ?? 'review';
      if (settled === 'review') {
        set(row, { ...entry, state: NEEDS_REVIEW, lastError: INTERRUPTED }, firstWrite);
        counts.needsReview++;
        continue;
      }
      counts.recovered++;
      if (settled === 'sent') {
        set(
          row,
          { ...entry, state: SENT, doneAt: now, nextAttempt: undefined, lastError: undefined },
          firstWrite,
        );
        continue;
      }
      // Never handed to the mailer (or not accepted by it): waiting again, the mark's attempt undone.
      entry = { ...entry, state: PENDING, attempts: Math.max(0, entry.attempts - 1) };
      set(row, entry, firstWrite);
    }
    if (!isDue(entry, now)) continue;
    const mail = toOutgoing(entry);
    if (typeof mail === 'string') {
      set(row, { ...entry, state: FAILED, lastError: mail, doneAt: now, nextAttempt: undefined }, firstWrite);
      counts.failed++;
      continue;
    }
    if (quotaGone || mail.to.length > quota) {
      quotaGone = true;
      set(row, deferredEntry(entry, tomorrow), firstWrite);
      counts.deferred++;
      continue;
    }
    quota -= mail.to.length;
    batch.push({ row, before: entry, mail });
    set(row, { ...entry, state: SENDING, attempts: entry.attempts + 1 }, firstWrite);
  }

  // The journal of this batch exists before its marks do. A journal being recovered now is
  // kept beside it until the recovery is written (the first write of the loop drops it).
  let journal: SendJournal | undefined;
  if (properties && batch.length > 0) {
    const fresh = startJournal(
      new Date(startedMs).toISOString(),
      batch.map((b) => b.mail.key),
    );
    const kept = recovery ? [recovery.journal, fresh] : [fresh];
    if (journalsFit(kept)) {
      try {
        properties.set(SEND_JOURNAL_KEY, encodeJournals(kept));
        journal = fresh;
      } catch (error) {
        log.error(`Hộp thư đi: không ghi được nhật ký gửi (${errorMessage(error)}); gửi như cũ.`);
      }
    }
    // No journal for this batch: none may be left that could be taken for it later. If even
    // the delete fails, stop here, before anything is marked or sent.
    if (!journal && journalsFound.length > 0) properties.delete(SEND_JOURNAL_KEY);
  }

  if (batch.length > 0) {
    // A watchdog: if this execution is killed mid-batch, the continuation resumes the rest.
    triggers.cancelContinuation();
    triggers.scheduleContinuation(o.watchdogMs);
  }
  writeLedgerRows(
    tables,
    store,
    [...firstWrite].map(([row, entry]) => ({ row, entry })),
    current,
  );
  if (properties && batch.length === 0 && journalsFound.length > 0) {
    // The recovery is written: the old journal has served.
    dropJournal(properties, log);
  }
  // The marks must be durable before the first mail leaves, or a crash could resend.
  if (batch.length > 0) yield { type: 'checkpoint' };

  // Writes the journal; false when it could not be (then nothing more may be sent).
  const journalWrite = (next: SendJournal): boolean => {
    // What is known is kept even when a write fails: the next write carries it.
    journal = next;
    if (!properties) return true;
    try {
      properties.set(SEND_JOURNAL_KEY, encodeJournals([next]));
      return true;
    } catch (error) {
      log.error(`Hộp thư đi: không ghi được nhật ký gửi (${errorMessage(error)}).`);
      return false;
    }
  };
  let journalBroken = false;

  const results = new Map<number, OutboxEntry>();
  let stoppedForTime = false;
  let deferRest = false;
  for (const [at, item] of batch.entries()) {
    const { row, before, mail } = item;
    if (deferRest) {
      set(row, deferredEntry(before, tomorrow), results);
      counts.deferred++;
      continue;
    }
    if (stoppedForTime || elapsed() >= o.timeBudgetMs) {
      stoppedForTime = true;
      set(row, before, results);
      continue;
    }
    if (quotaNow() < mail.to.length) {
      deferRest = true;
      set(row, deferredEntry(before, tomorrow), results);
      counts.deferred++;
      continue;
    }
    // "Started" must be on record before the mailer is called: a kill after this point makes
    // this one mail (and only it) 'cần kiểm tra'. Without the record, nothing more is sent.
    if (journalBroken || (journal && !journalWrite(recordStart(journal, at)))) {
      journalBroken = true;
      set(row, before, results);
      continue;
    }
    let tries = 0;
    for (;;) {
      tries++;
      const outcome = (yield { type: 'send', mail }) ?? { ok: false, message: 'no outcome' };
      const at = wallNow();
      const attempts = before.attempts + tries;
      if (outcome.ok) {
        estimate -= mail.to.length;
        set(
          row,
          { ...before, state: SENT, attempts, doneAt: at, nextAttempt: undefined, lastError: undefined },
          results,
        );
        counts.sent++;
        break;
      }
      const kind = classifyMailError(outcome.message, outcome.responseCode);
      const lastError = describeMailError(kind, outcome.message, attempts, o.maxAttempts);
      if (kind === 'quota') {
        deferRest = true;
        set(row, { ...deferredEntry(before, nextQuotaDay(at)), attempts, lastError }, results);
        counts.deferred++;
        break;
      }
      if (kind === 'transient') {
        const wait = o.backoffMs[tries - 1];
        if (wait !== undefined && elapsed() + wait < o.timeBudgetMs) {
          yield { type: 'sleep', ms: wait };
          continue;
        }
        set(
          row,
          {
            ...before,
            state: TRANSIENT,
            attempts,
            lastError,
            nextAttempt: retryAfterTransient(at, attempts),
          },
          results,
        );
        counts.retrying++;
        break;
      }
      // Unclassified: counted against maxAttempts, tried again in a later run.
      const otherAttempts = before.attempts + 1;
      const message = describeMailError(kind, outcome.message, otherAttempts, o.maxAttempts);
      if (otherAttempts >= o.maxAttempts) {
        set(
          row,
          {
            ...before,
            state: FAILED,
            attempts: otherAttempts,
            lastError: message,
            doneAt: at,
            nextAttempt: undefined,
          },
          results,
        );
        counts.failed++;
      } else {
        set(
          row,
          {
            ...before,
            state: TRANSIENT,
            attempts: otherAttempts,
            lastError: message,
            nextAttempt: addMinutes(at, 10),
          },
          results,
        );
        counts.retrying++;
      }
      break;
    }
    if (journal) journalWrite(recordOutcome(journal, at, current.get(row)?.state === SENT));
  }
  if (journal)
    journalWrite(
      closeJournal(
        journal,
        batch.map((b) => results.get(b.row)?.state === SENT),
      ),
    );
  writeLedgerRows(
    tables,
    store,
    [...results].map(([row, entry]) => ({ row, entry })),
    current,
  );
  if (journal && properties) dropJournal(properties, log);

  const endWall = wallNow();
  const waiting = [...current.values()].filter((e) => e.kind === 'mail' && WAITING_STATES.includes(e.state));
  const next = earliestWork(waiting, endWall);
  let continuationAfterMs: number | undefined;
  if (next !== undefined) {
    const dueMs = toInstant(next, o.timeZone).getTime() - clock.now().getTime();
    continuationAfterMs = Math.max(o.continuationMinDelayMs, dueMs);
  }
  if (batch.length > 0 || triggers.hasPendingContinuation()) triggers.cancelContinuation();
  if (continuationAfterMs !== undefined) triggers.scheduleContinuation(continuationAfterMs);

  const result: DrainResult = {
    ran: true,
    ...counts,
    remaining: waiting.length,
    stoppedForTime,
    ...(continuationAfterMs !== undefined ? { continuationAfterMs } : {}),
    findings,
    message: '',
  };
  const message = summarise(result);
  log.info(`Hộp thư đi: ${message}`);
  return { ...result, message };
}

/** Deletes the send journal once what it describes is written; a failure only leaves it stale. */
function dropJournal(properties: PropertiesPort, log: LogPort): void {
  try {
    properties.delete(SEND_JOURNAL_KEY);
  } catch (error) {
    log.error(`Hộp thư đi: không xóa được nhật ký gửi (${errorMessage(error)}).`);
  }
}

function deferredEntry(entry: OutboxEntry, tomorrow: LocalDateTime): OutboxEntry {
  return { ...entry, state: DEFERRED, nextAttempt: tomorrow, lastError: QUOTA_DEFERRED };
}

/** The mail to hand to the mailer, or why this entry can never be sent. */
function toOutgoing(entry: OutboxEntry): OutgoingMail | string {
  const recipients = checkRecipients(entry.recipients);
  if (!recipients.ok) return recipients.error;
  const subjectError = checkSubject(entry.subject);
  if (subjectError) return subjectError;
  const payload = readMailPayload(entry.payload);
  if (typeof payload === 'string') return payload;
  const senderName = payload.senderName?.replace(/[\r\n"]+/g, ' ').trim();
  const replyTo = payload.replyTo?.trim();
  return {
    key: entry.key,
    to: recipients.addresses,
    subject: entry.subject,
    text: payload.text,
    html: payload.html,
    ...(senderName ? { senderName } : {}),
    ...(replyTo && isValidAddress(replyTo) ? { replyTo } : {}),
    ...(payload.attachments?.length ? { attachments: payload.attachments } : {}),
  };
}

function describeFinding(f: Finding): string {
  switch (f.code) {
    case 'outbox.key-missing':
      return 'dòng không có Khóa nên không được gửi (khóa là thứ ngăn gửi trùng). Hãy xóa dòng này.';
    case 'outbox.key-duplicate':
      return `Khóa "${f.params.key}" bị lặp; chỉ dòng đầu tiên được dùng.`;
    case 'outbox.state-unknown':
      return `Trạng thái "${f.params.state}" không hợp lệ; dòng này không được gửi cho đến khi sửa lại.`;
    case 'header.missing':
      return `thiếu cột "${f.params.header}".`;
    default:
      return f.code;
  }
}

function summarise(r: Omit<DrainResult, 'message'>): string {
  const parts = [`đã gửi ${r.sent} thư`];
  if (r.deferred > 0) parts.push(`${r.deferred} thư chờ hạn mức ngày mai`);
  if (r.retrying > 0) parts.push(`${r.retrying} thư lỗi tạm thời, sẽ thử lại`);
  if (r.failed > 0) parts.push(`${r.failed} thư thất bại`);
  if (r.needsReview > 0) parts.push(`${r.needsReview} thư cần kiểm tra`);
  if (r.recovered > 0) parts.push(`${r.recovered} thư của lần gửi bị ngắt đã được xác định lại`);
  parts.push(`còn ${r.remaining} thư chờ`);
  if (r.stoppedForTime) parts.push('dừng trước giới hạn thời gian, sẽ tự chạy tiếp');
  return `${parts.join('; ')}.`;
}
