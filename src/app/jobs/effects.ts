import type { FamilyForm } from '../../core/privacy';
import type { Submission } from '../forms/handle-form-submit';
import type { DrainResult } from '../outbox/drain-outbox';
import type { ReportJobOptions, ReportJobResult } from '../report/report-job';

/**
 * What a job asks its runtime to do, where the runtimes differ in how (not in whether or when):
 * Apps Script sends with MailApp and writes Calendar events, the local runtime writes .eml and
 * .ics files asynchronously. Jobs (jobs.ts) are generators that yield these and receive the
 * outcome, so the order of the week lives once and each runtime only carries effects out —
 * synchronously in Apps Script (runJob), awaited locally (runJobAsync).
 */
export type Effect =
  /** `reportQuota`: read the quota at the end even when nothing was due (DrainResult.quotaLeft). */
  | { readonly kind: 'drain'; readonly reportQuota?: boolean }
  /** Recipients the mail quota has left now (MailApp.getRemainingDailyQuota(), the local counter). */
  | { readonly kind: 'mailQuota' }
  | { readonly kind: 'calendar'; readonly manual: boolean }
  | { readonly kind: 'report'; readonly options: ReportJobOptions }
  /** The forms from the plan and the triggers they need (Setup, the forms menu). */
  | { readonly kind: 'formsAndTriggers' }
  /** The week's calendar exists and its zone is checked (Setup). */
  | { readonly kind: 'prepareCalendar' }
  /** What a calendar sync would do, written nowhere (the preview menu). */
  | { readonly kind: 'calendarPreview' }
  /** Responses the forms hold that no submit run recorded (the daily sweep). */
  | { readonly kind: 'missedResponses'; readonly now: Date }
  /**
   * After a purge: the forms' own copies of these recorded family responses go (Apps Script:
   * Form.deleteResponse, and a response tab an older version linked; locally there are none).
   */
  | { readonly kind: 'formResponses'; readonly responses: FamilyResponses };

/** Recorded family responses by form (core/privacy's purge plan). */
export type FamilyResponses = Readonly<Record<FamilyForm, readonly string[]>>;

/** What a runtime answers to a calendar sync: the counts the follow-up rules need. */
export interface CalendarApplied {
  /** False when nothing was planned (no settings, another run busy). */
  readonly ran: boolean;
  /** Another sync holds the claim: the calendar is marked as wanted instead of waiting for it. */
  readonly busy?: boolean;
  readonly applied: number;
  /** Writes left for a later run (rate limit, time budget). */
  readonly pending: number;
  readonly failed: number;
  readonly lines: readonly string[];
}

/** The sweep's responses, and the mark to move once they are recorded. */
export interface MissedResponses {
  readonly submissions: readonly Submission[];
  done(): void;
}

export interface EffectResults {
  drain: DrainResult;
  /** Undefined when the service could not tell. */
  mailQuota: number | undefined;
  calendar: CalendarApplied;
  report: ReportJobResult;
  /** The text of each: one section of the Setup dialog. */
  formsAndTriggers: string;
  prepareCalendar: string;
  calendarPreview: string;
  missedResponses: MissedResponses;
  /** One line for the purge's summary; empty when the forms held no copy. */
  formResponses: string;
}

export type EffectResult<E extends Effect> = EffectResults[E['kind']];

/** A job: yields effects, ends with its result. */
export type Job<T> = Generator<Effect, T, unknown>;

/** Asks the runtime for one effect; `yield* perform(e)` gives its typed result. */
export function* perform<E extends Effect>(effect: E): Generator<Effect, EffectResult<E>, unknown> {
  return (yield effect) as EffectResult<E>;
}

export type SyncEffects = {
  readonly [K in Effect['kind']]: (effect: Extract<Effect, { kind: K }>) => EffectResults[K];
};
export type AsyncEffects = {
  readonly [K in Effect['kind']]: (
    effect: Extract<Effect, { kind: K }>,
  ) => EffectResults[K] | Promise<EffectResults[K]>;
};

/** How an effect went: its result, or the error it threw. */
type Settled =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** Hands the outcome to the job: an error is thrown into it, which decides whether the rest of its run still makes sense. */
const resume = <T>(job: Job<T>, settled: Settled): IteratorResult<Effect, T> =>
  settled.ok ? job.next(settled.value) : job.throw(settled.error);

const handlerOf = (effects: SyncEffects | AsyncEffects, effect: Effect) =>
  effects[effect.kind] as (e: Effect) => unknown;

/** Plays a job, carrying out each effect at once (Apps Script: every service is synchronous). */
export function runJob<T>(job: Job<T>, effects: SyncEffects): T {
  let step = job.next();
  while (!step.done) {
    let settled: Settled;
    try {
      settled = { ok: true, value: handlerOf(effects, step.value)(step.value) };
    } catch (error) {
      settled = { ok: false, error };
    }
    step = resume(job, settled);
  }
  return step.value;
}

/** The same, awaiting each effect (the local runtime's files and mailer are asynchronous). */
export async function runJobAsync<T>(job: Job<T>, effects: AsyncEffects): Promise<T> {
  let step = job.next();
  while (!step.done) {
    const effect = step.value;
    const settled = await Promise.resolve()
      .then(() => handlerOf(effects, effect)(effect))
      .then(
        (value): Settled => ({ ok: true, value }),
        (error: unknown): Settled => ({ ok: false, error }),
      );
    step = resume(job, settled);
  }
  return step.value;
}
