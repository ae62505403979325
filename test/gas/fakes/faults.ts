import { createPrng } from '../../../src/core/seed/prng';
import { SERVICE_ERRORS, transientErrors, type AccountLanguage } from './mail-errors';
/**
 * Fault injection for the recording fakes. Every fake method reports its call to the Recorder,
 * which hands it here first, so one place can make any service call fail the way Apps Script
 * does. Faults apply only inside an *execution* (a trigger firing, a menu click: see
 * `GasFakes.execute`); test code inspecting the fakes is never faulted.
 *
 * - transient: a seeded fraction of the calls to chosen methods throws "Service invoked too
 *   many times in a short time…" or "Service unavailable…", before the call has any effect.
 * - kill: the N-th service call of an execution throws Killed, and so does every call after it:
 *   the 6-minute limit. Simplification: sheet writes made before the kill survive (Apps Script
 *   may drop unflushed ones; the drain flushes its marks before sending, which is the case
 *   modelled). Killing at the call after a sendEmail models "sent, then killed before recording".
 *   Three ways to say where: `killAtCall` (the N-th call of any method), `killAfter` (the call
 *   after the nth call to a method), `killAt` (the nth call to a method itself, before it has
 *   any effect). Method names are the Recorder's "Service.method": the outbox's sheet writes
 *   are 'Range.setValues' (the drain makes two: the 'đang gửi' marks, then the results, so
 *   `killAt: { method: 'Range.setValues', nth: 2 }` kills the results write of a drainOutbox /
 *   continueOutboxDrain execution that had a batch; "Gửi thư mời" queues first, so there it is
 *   the last setValues of the execution: see setValuesOfSendInvitations in
 *   test/bundle/outbox-world.ts); a script property write is 'Properties.setProperty' (the
 *   drain's send journal: 1 before the marks, then 2 per mail, "started" and outcome, then 1 to
 *   close; the continuation trigger's due time is a property write too, made right after the
 *   first journal write), a delete 'Properties.deleteProperty', a mail 'MailApp.sendEmail', the
 *   flush of the marks 'SpreadsheetApp.flush'.
 * - interleave: when the n-th call to a method happens, another execution runs to completion
 *   right there, as if it had started concurrently (for lock exclusion and duplicate deliveries).
 */
export class Killed extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Killed';
  }
}

/** The English transient errors (rate limit, unavailable), as an English account sees them. */
export const TRANSIENT_ERRORS = [SERVICE_ERRORS.en.rate, SERVICE_ERRORS.en.unavailable] as const;
export const DAILY_QUOTA_ERROR = SERVICE_ERRORS.en.mailDaily;

/** A seeded generator (mulberry32), so a failing schedule replays exactly. */
export function seeded(seed: number): () => number {
  const prng = createPrng(seed);
  return () => prng.next();
}

interface Frame {
  readonly id: number;
  readonly name: string;
  calls: number;
  readonly killAtCall: number | undefined;
  readonly killAfter: { method: string; nth: number } | undefined;
  readonly killAt: { method: string; nth: number } | undefined;
  /** Calls so far to killAfter.method. */
  seen: number;
  /** Calls so far to killAt.method (this one included). */
  seenAt: number;
  /** The next call dies (the nth call to killAfter.method has been made). */
  armed: boolean;
  killed: boolean;
}

interface Interleave {
  readonly method: string;
  readonly nth: number;
  seen: number;
  readonly run: () => void;
}

export interface ExecutionOptions {
  /** The N-th service call (1-based) of this execution kills it. */
  killAtCall?: number;
  /** The call after the nth call to this method kills it ("sent, then killed before recording"). */
  killAfter?: { method: string; nth: number };
  /**
   * The nth call (1-based, this execution's) to this method kills it: that call throws Killed
   * before it has any effect, and so does every call after it. E.g. the outbox results write:
   * `{ method: 'Range.setValues', nth: 2 }`; the k-th property write: `{ method:
   * 'Properties.setProperty', nth: k }` (see the notes at the top of this file).
   */
  killAt?: { method: string; nth: number };
}

export interface ExecutionRecord {
  readonly id: number;
  readonly name: string;
  readonly ok: boolean;
  readonly killed: boolean;
  readonly error?: unknown;
  /** Service calls this execution made. */
  readonly calls: number;
}

/**
 * How the fakes make a service error. Apps Script's errors are Errors of the script's own realm;
 * the bundle loader makes them in the vm's realm so `instanceof Error` in the bundle holds, as
 * it does in Apps Script.
 */
export interface ErrorFactory {
  make(message: string): Error;
}

export class Faults {
  readonly errors: ErrorFactory = { make: (message) => new Error(message) };
  private readonly frames: Frame[] = [];
  private nextId = 1;
  private readonly interleaves: Interleave[] = [];
  private transient: { methods: ReadonlySet<string>; rate: number; random: () => number } | undefined;
  /** Every execution that ended, in the order they ended. */
  readonly executions: ExecutionRecord[] = [];
  /** Transient errors thrown so far. */
  transientThrown = 0;
  /**
   * The language of the account the script runs as: Apps Script words its errors in it, so
   * the mail quota error, the transient errors, the daily quotas' errors and the calendar's come
   * in it (mail-errors.ts, daily-quotas.ts).
   */
  accountLanguage: AccountLanguage = 'en';

  /** The running execution's id; 0 outside any (test code). */
  current(): number {
    return this.frames.at(-1)?.id ?? 0;
  }

  injectTransient(methods: readonly string[], rate: number, seed: number): void {
    this.transient = { methods: new Set(methods), rate, random: seeded(seed) };
  }

  clearTransient(): void {
    this.transient = undefined;
  }

  /** Runs `run` (typically another execution) at the nth call to `method`, from now on. */
  interleaveAt(method: string, nth: number, run: () => void): void {
    this.interleaves.push({ method, nth, seen: 0, run });
  }

  /** Called by the Recorder before each faked service call has any effect. */
  beforeCall(method: string): void {
    const frame = this.frames.at(-1);
    if (!frame) return;
    if (frame.killed) throw new Killed();
    frame.calls++;
    if (frame.killAt?.method === method && ++frame.seenAt >= frame.killAt.nth) frame.armed = true;
    if (frame.armed || (frame.killAtCall !== undefined && frame.calls >= frame.killAtCall)) {
      frame.killed = true;
      throw new Killed();
    }
    if (frame.killAfter?.method === method && ++frame.seen === frame.killAfter.nth) frame.armed = true;
    for (const hook of this.interleaves) {
      if (hook.method === method && ++hook.seen === hook.nth) hook.run();
    }
    const transient = this.transient;
    if (transient?.methods.has(method) && transient.random() < transient.rate) {
      this.transientThrown++;
      const texts = this.accountLanguage === 'en' ? TRANSIENT_ERRORS : transientErrors(this.accountLanguage);
      throw this.errors.make(texts[Math.floor(transient.random() * texts.length)]!);
    }
  }

  /**
   * Runs fn as one execution. Like Apps Script, the end of an execution (normal, failed or
   * killed) releases what it held (`onEnd` gets its id).
   */
  execute<T>(
    name: string,
    fn: () => T,
    options: ExecutionOptions,
    onEnd: (id: number) => void,
  ): {
    record: ExecutionRecord;
    value?: T;
  } {
    const frame: Frame = {
      id: this.nextId++,
      name,
      calls: 0,
      killAtCall: options.killAtCall,
      killAfter: options.killAfter,
      killAt: options.killAt,
      seen: 0,
      seenAt: 0,
      armed: false,
      killed: false,
    };
    this.frames.push(frame);
    let value: T | undefined;
    let error: unknown;
    let ok = true;
    try {
      value = fn();
    } catch (e) {
      ok = false;
      error = e;
    } finally {
      this.frames.pop();
      onEnd(frame.id);
    }
    const record: ExecutionRecord = {
      id: frame.id,
      name,
      ok,
      killed: frame.killed,
      calls: frame.calls,
      ...(ok ? {} : { error }),
    };
    this.executions.push(record);
    return ok ? { record, value: value as T } : { record };
  }
}
