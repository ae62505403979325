import { errorMessage, errorResponseCode } from '../../core/outbox/classify-error';
import type { LogPort } from '../../ports';
import { underLockOrBusy, underLockOrBusyAsync } from '../lock';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { drainLog } from './drain-messages';
import { drainSteps } from './drain-steps';
import {
  DEFAULTS,
  type AsyncDrainPorts,
  type DrainOptions,
  type DrainPorts,
  type DrainResult,
  type Outcome,
} from './drain-types';

export type { DrainOptions, DrainResult } from './drain-types';

/**
 * Works through the outbox under the script lock (Apps Script: synchronous MailApp). See
 * `drainSteps` for what it does; it never sends an entry twice and never loses one.
 */
export function drainOutbox(ports: DrainPorts, options: DrainOptions = {}): DrainResult {
  const o = { ...DEFAULTS, ...options };
  const startedMs = ports.clock.now().getTime();
  return underLockOrBusy(
    ports.lock,
    o.lockTimeoutMs,
    () => {
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
    },
    () => notRun(ports.log, o.language),
  );
}

/** The same drain for the local runtime, whose mailer (nodemailer) is asynchronous. */
export async function drainOutboxAsync(
  ports: AsyncDrainPorts,
  options: DrainOptions = {},
): Promise<DrainResult> {
  const o = { ...DEFAULTS, ...options };
  const startedMs = ports.clock.now().getTime();
  return underLockOrBusyAsync(
    ports.lock,
    o.lockTimeoutMs,
    async () => {
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
    },
    () => notRun(ports.log, o.language),
  );
}

function failure(error: unknown): Outcome {
  const responseCode = errorResponseCode(error);
  return { ok: false, message: errorMessage(error), ...(responseCode !== undefined ? { responseCode } : {}) };
}

function notRun(log: LogPort, language: Language): DrainResult {
  const message = catalogue(language).outbox.drain.lockBusy;
  log.info(drainLog(language, message));
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
    message,
  };
}
