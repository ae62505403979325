import {
  LockUnavailableError,
  type ClockPort,
  type LockPort,
  type LogPort,
  type MailPort,
  type OutgoingMail,
  type SleepPort,
  type TriggersPort,
} from '../../src/ports';
import { MemoryTables } from './memory-tables';
import { createPrng } from '../../src/core/seed/prng';

/**
 * A small world of recording fakes for the outbox drain, able to inject the faults Apps Script
 * users meet: transient service errors, a daily quota running out (also earlier than
 * getRemainingDailyQuota promised), an execution killed at any call (the 6-minute limit), and
 * a second execution arriving while the first holds the lock.
 */

/** Thrown by every port once the current execution has been killed. */
export class Killed extends Error {
  constructor() {
    super('execution killed');
    this.name = 'Killed';
  }
}

export const TRANSIENT_MESSAGES = [
  'Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.',
  'Service unavailable: Gmail',
  'Timed out waiting for the mail service',
];
export const DAILY_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

/** A seeded generator, so a fast-check counterexample replays exactly. */
export function seededRandom(seed: number): () => number {
  const prng = createPrng(seed);
  return () => prng.next();
}

export interface FaultPlan {
  /** Probability that one send fails with a transient error. */
  transientRate: number;
  /** Probability that one send hits the daily quota although the counter said otherwise. */
  quotaErrorRate: number;
  /** Milliseconds one send takes (min, max). */
  sendMs: [number, number];
  /** Recipients a day. */
  dailyQuota: number;
}

export class FaultWorld {
  nowMs: number;
  readonly tables = new MemoryTables();
  /** Every mail actually delivered, in order. */
  readonly delivered: OutgoingMail[] = [];
  readonly deliveries = new Map<string, number>();
  readonly slept: number[] = [];
  readonly log: string[] = [];
  quotaLeft: number;
  /** The kill switch of the current execution: the k-th port call (1-based) kills it. */
  killAtCall: number | undefined;
  calls = 0;
  killed = false;
  lockHeld = false;
  pendingContinuations = 0;
  maxPendingContinuations = 0;
  /** Called inside send, while the lock is held (a second execution arriving). */
  onSend: (() => void) | undefined;
  mailCalls = 0;

  constructor(
    startMs: number,
    readonly plan: FaultPlan,
    readonly random: () => number,
  ) {
    this.nowMs = startMs;
    this.quotaLeft = plan.dailyQuota;
  }

  /** Counts a port call; throws Killed when this one (or an earlier one) is the kill point. */
  private tick(): void {
    if (this.killed) throw new Killed();
    this.calls++;
    if (this.killAtCall !== undefined && this.calls >= this.killAtCall) {
      this.killed = true;
      throw new Killed();
    }
  }

  /** Starts a new execution (a trigger firing, a menu click). */
  beginExecution(killAtCall?: number): void {
    this.calls = 0;
    this.killed = false;
    this.killAtCall = killAtCall;
  }

  readonly clock: ClockPort = {
    now: () => {
      if (this.killed) throw new Killed();
      return new Date(this.nowMs);
    },
  };

  readonly sleep: SleepPort = {
    sleep: (ms) => {
      this.tick();
      this.slept.push(ms);
      this.nowMs += ms;
    },
  };

  readonly lock: LockPort = {
    withLock: <T>(_timeoutMs: number, fn: () => T): T => {
      if (this.lockHeld) throw new LockUnavailableError();
      this.lockHeld = true;
      try {
        return fn();
      } finally {
        // Apps Script releases the lock when an execution ends, killed or not.
        this.lockHeld = false;
      }
    },
  };

  readonly logPort: LogPort = {
    info: (m) => void this.log.push(m),
    error: (m) => void this.log.push(`ERROR ${m}`),
  };

  readonly triggers: TriggersPort = {
    scheduleContinuation: () => {
      this.tick();
      this.pendingContinuations = 1;
      this.maxPendingContinuations = Math.max(this.maxPendingContinuations, this.pendingContinuations);
    },
    cancelContinuation: () => {
      this.tick();
      this.pendingContinuations = 0;
    },
    hasPendingContinuation: () => {
      this.tick();
      return this.pendingContinuations > 0;
    },
  };

  readonly mail: MailPort = {
    remainingDailyQuota: () => {
      this.tick();
      return this.quotaLeft;
    },
    send: (mail) => {
      this.mailCalls++;
      if (this.killed) throw new Killed();
      this.calls++;
      // Killed at a send: the worst moment, the mail goes out and the execution dies before
      // anything is recorded.
      const killNow = this.killAtCall !== undefined && this.calls >= this.killAtCall;
      const [min, max] = this.plan.sendMs;
      this.nowMs += Math.round(min + this.random() * (max - min));
      if (!killNow) this.onSend?.();
      let fault: string | undefined;
      if (mail.to.length > this.quotaLeft) fault = DAILY_QUOTA_MESSAGE;
      else if (this.random() < this.plan.quotaErrorRate) {
        this.quotaLeft = 0;
        fault = DAILY_QUOTA_MESSAGE;
      } else if (this.random() < this.plan.transientRate) {
        fault = TRANSIENT_MESSAGES[Math.floor(this.random() * TRANSIENT_MESSAGES.length)]!;
      }
      if (fault === undefined) {
        this.quotaLeft -= mail.to.length;
        this.delivered.push(mail);
        this.deliveries.set(mail.key, (this.deliveries.get(mail.key) ?? 0) + 1);
      }
      if (killNow) {
        this.killed = true;
        throw new Killed();
      }
      if (fault !== undefined) throw new Error(fault);
    },
  };

  /** Every port the drain takes, wired to this world. */
  ports(): {
    tables: MemoryTables;
    clock: ClockPort;
    lock: LockPort;
    log: LogPort;
    mail: MailPort;
    sleep: SleepPort;
    triggers: TriggersPort;
  } {
    const tables = this.tables;
    const tick = (): void => this.tick();
    // Sheet calls count towards the kill point too: a write may be the call that never happens.
    const guarded = Object.create(tables) as MemoryTables;
    guarded.read = (name) => (tick(), tables.read(name));
    guarded.write = (name, row, col, block) => (tick(), tables.write(name, row, col, block));
    guarded.append = (name, rows) => (tick(), tables.append(name, rows));
    guarded.create = (name) => (tick(), tables.create(name));
    guarded.tableNames = () => (tick(), tables.tableNames());
    return {
      tables: guarded,
      clock: this.clock,
      lock: this.lock,
      log: this.logPort,
      mail: this.mail,
      sleep: this.sleep,
      triggers: this.triggers,
    };
  }
}
