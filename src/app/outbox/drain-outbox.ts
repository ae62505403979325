import { errorMessage, errorResponseCode } from '../../core/outbox/classify-error';
import { LockUnavailableError } from '../../ports';
import { executionDeadline } from '../deadline';
import { drainSteps } from './drain-steps';
import {
  DEFAULTS,
  type AsyncDrainPorts,
  type DrainOptions,
  type DrainPorts,
  type DrainResult,
  type Effect,
  type Outcome,
} from './drain-types';

export type { DrainOptions, DrainResult } from './drain-types';

type Steps = Generator<Effect, DrainResult, Outcome | undefined>;
const LOCK_REFUSED: Outcome = { ok: false, message: 'lock not acquired' };

/** A send or a wait under the script lock would make every other execution wait for the mailer. */
function refuseUnderLock(effect: Effect): void {
  if (effect.type === 'send' || effect.type === 'sleep')
    throw new Error(`drain: '${effect.type}' asked for while the script lock is held`);
}

/**
 * Works through the outbox (Apps Script: synchronous MailApp), taking the script lock only to
 * read and write the ledger, never while a mail is being sent. See `drainSteps`; it never
 * sends an entry twice and never loses one.
 */
export function drainOutbox(ports: DrainPorts, options: DrainOptions = {}): DrainResult {
  const o = { ...DEFAULTS, ...options };
  const deadline = ports.deadline ?? executionDeadline(ports.clock, o.timeBudgetMs);
  const steps: Steps = drainSteps(ports, o, deadline, () => ports.mail.remainingDailyQuota(), options);
  let step = steps.next();
  /** Plays the steps; returns at the end, or (locked) when the steps give the lock back. */
  const play = (locked: boolean): void => {
    while (!step.done) {
      const effect = step.value;
      if (locked) refuseUnderLock(effect);
      if (effect.type === 'unlock') {
        step = steps.next();
        if (locked) return;
      } else if (effect.type === 'lock') {
        let entered = false;
        try {
          ports.lock.withLock(effect.waitMs ?? o.lockTimeoutMs, () => {
            entered = true;
            step = steps.next({ ok: true });
            play(true);
          });
        } catch (error) {
          if (entered || !(error instanceof LockUnavailableError)) throw error;
          step = steps.next(LOCK_REFUSED);
        }
      } else if (effect.type === 'sleep') {
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
  };
  play(false);
  return (step as IteratorReturnResult<DrainResult>).value;
}

/** The same drain for the local runtime, whose mailer (nodemailer) is asynchronous. */
export async function drainOutboxAsync(
  ports: AsyncDrainPorts,
  options: DrainOptions = {},
): Promise<DrainResult> {
  const o = { ...DEFAULTS, ...options };
  const deadline = ports.deadline ?? executionDeadline(ports.clock, o.timeBudgetMs);
  const steps: Steps = drainSteps(ports, o, deadline, () => ports.mail.remainingDailyQuota(), options);
  let step = steps.next();
  const play = async (locked: boolean): Promise<void> => {
    while (!step.done) {
      const effect = step.value;
      if (locked) refuseUnderLock(effect);
      if (effect.type === 'unlock') {
        step = steps.next();
        if (locked) return;
      } else if (effect.type === 'lock') {
        let entered = false;
        try {
          await ports.lock.withLockAsync(effect.waitMs ?? o.lockTimeoutMs, async () => {
            entered = true;
            step = steps.next({ ok: true });
            await play(true);
          });
        } catch (error) {
          if (entered || !(error instanceof LockUnavailableError)) throw error;
          step = steps.next(LOCK_REFUSED);
        }
      } else if (effect.type === 'sleep') {
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
  };
  await play(false);
  return (step as IteratorReturnResult<DrainResult>).value;
}

function failure(error: unknown): Outcome {
  const responseCode = errorResponseCode(error);
  return { ok: false, message: errorMessage(error), ...(responseCode !== undefined ? { responseCode } : {}) };
}
