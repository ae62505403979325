import type { Finding } from '../../core/findings';
import type { Language } from '../../core/plan';
import { SCHOOL_TIME_ZONE } from '../../core/time-zone';
import type { Deadline } from '../deadline';
import type {
  AsyncCheckpointPort,
  AsyncLockPort,
  AsyncMailPort,
  AsyncSleepPort,
  CheckpointPort,
  ClockPort,
  LockPort,
  LogPort,
  MailPort,
  OutgoingMail,
  PropertiesPort,
  SleepPort,
  TablesPort,
  TriggersPort,
} from '../../ports';

export interface DrainOptions {
  /**
   * Without the execution's deadline (ports.deadline), new mails start only this long after the
   * drain began. Default 270 s, the work budget of src/app/deadline.ts.
   */
  timeBudgetMs?: number;
  /** How long to wait for the script lock. Default 10 s. */
  lockTimeoutMs?: number;
  /**
   * An entry failing with an error nothing recognises is tried again in later runs (after 20,
   * then 40 minutes…) and given up after this many attempts: at least an hour. Default 3.
   */
  maxAttempts?: number;
  /** Waits between in-run retries of a transient error. Default 1, 2, 4, 8 s. */
  backoffMs?: readonly number[];
  /** The school's zone, for the ledger's dates and "tomorrow". Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** Shortest delay of the continuation trigger. Default 60 s. */
  continuationMinDelayMs?: number;
  /**
   * Before sending, a continuation is scheduled this far ahead (at least until the batch's lease
   * has ended), so that an execution killed at the 6-minute limit is resumed. Default 7 minutes.
   */
  watchdogMs?: number;
  /** The language of the ledger's texts, the summary and the logs: the Settings' "Ngôn ngữ". Default vi. */
  language?: Language;
  /**
   * Recipients the time-sensitive mail is known to need before `untilMs` (the quota window's
   * reset) and has not queued yet: bulk mail leaves them room (src/app/jobs/mail-reserve.ts).
   * Without it bulk mail only goes after everything more urgent.
   */
  reserve?: (untilMs: number) => number;
  /**
   * A time at which a job wants a run (a reminder run planned before the window's reset,
   * src/app/jobs/reminder-timing.ts): the continuation left pending is due no later.
   */
  wakeAt?: () => number | undefined;
  /** Read the quota at the end even when no mail was due, for `quotaLeft`. */
  reportQuota?: boolean;
}

export interface DrainCounts {
  readonly sent: number;
  /** Set to 'hoãn do hạn mức' by this run (wait for tomorrow's quota). */
  readonly deferred: number;
  /** Set to 'thất bại' by this run. */
  readonly failed: number;
  /** Reminders this run did not send because their activity's day had begun ('thất bại', with why). */
  readonly tooLate: number;
  /** Set to 'lỗi tạm thời' by this run (retried later). */
  readonly retrying: number;
  /** Set to 'cần kiểm tra' by this run: an earlier run was cut off while sending them. */
  readonly needsReview: number;
  /**
   * Rows an earlier, killed run left 'đang gửi' that this run settled from the send journal:
   * set to 'đã gửi' (the journal says they went) or back to 'chờ gửi' (they never started).
   */
  readonly recovered: number;
}

export interface DrainResult extends DrainCounts {
  /**
   * False when nothing was read, sent or written: the lock was not had, or another drain holds
   * the claim to send.
   */
  readonly ran: boolean;
  /** Entries still waiting (chờ gửi, hoãn, lỗi tạm thời) after this run. */
  readonly remaining: number;
  /** True when the time budget stopped the run. */
  readonly stoppedForTime: boolean;
  /** Delay of the continuation trigger left pending, if any. */
  readonly continuationAfterMs?: number;
  /** When the last waiting mail should go, as the quota's window lets it (unknown: undefined). */
  readonly lastMailAt?: Date;
  /** Recipients the quota had left at the end, when it was read. */
  readonly quotaLeft?: number;
  /** Damaged ledger rows, left alone. */
  readonly findings: readonly Finding[];
  /** One sentence for a toast or the console. */
  readonly message: string;
}

export interface CommonPorts {
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
  /**
   * The execution's deadline, shared with whatever it did before the drain (src/app/deadline.ts).
   * Without it the drain starts its own.
   */
  deadline?: Deadline;
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

/**
 * What the runtime-neutral drain asks its driver to do, and what it is told back. 'lock' takes
 * the script lock (told back whether it was had) and holds it until 'unlock' or the end; the
 * drivers refuse a 'send' or a 'sleep' while it is held.
 */
export type Effect =
  | { type: 'send'; mail: OutgoingMail }
  | { type: 'sleep'; ms: number }
  | { type: 'checkpoint' }
  /** `waitMs`: how long to wait for the lock; the configured wait when absent. */
  | { type: 'lock'; waitMs?: number }
  | { type: 'unlock' };
export type Outcome = { ok: true } | { ok: false; message: string; responseCode?: number };

export const DEFAULTS = {
  timeBudgetMs: 270_000,
  lockTimeoutMs: 10_000,
  maxAttempts: 3,
  backoffMs: [1000, 2000, 4000, 8000] as readonly number[],
  timeZone: SCHOOL_TIME_ZONE,
  continuationMinDelayMs: 60_000,
  watchdogMs: 420_000,
  language: 'vi' as Language,
};

export type DrainConfig = typeof DEFAULTS;
