import { runPipeline, type PipelineOptions, type Submission, type SubmitOutcome } from './forms-pipeline';
import type { AppPorts } from '../ports-bundle';

// Defined in the pipeline, which this file only wraps; the runtimes import them from here.
export type { Submission, SubmitOutcome } from './forms-pipeline';

export interface ImportSummary {
  readonly outcomes: readonly SubmitOutcome[];
  readonly recorded: number;
  readonly duplicates: number;
  readonly flagged: number;
}

export type SubmitOptions = PipelineOptions;

/**
 * The response pipeline (docs/ARCHITECTURE.md, section 4), one use case for both runtimes: under the lock,
 * record the raw response first (deduped by response id: a trigger delivered twice changes
 * nothing), normalise, upsert the person's row (latest wins; leadership's review columns kept),
 * reallocate seats, queue the confirmation (`confirm-mail:<id>`), or a reply saying what to
 * fix (`flagged-mail:<id>`), and promotion notices through the outbox.
 * A busy lock throws LockUnavailableError. Apps Script does not retry a failed trigger: the
 * daily sweep of form responses (src/gas/missed-responses.ts) records what such a run missed.
 */
export function handleFormSubmit(
  ports: Pick<AppPorts, 'tables' | 'clock' | 'lock' | 'log'>,
  submission: Submission,
  options: SubmitOptions = {},
): SubmitOutcome {
  return runPipeline(ports, [submission], options)[0]!;
}

/** The same pipeline for a batch (a CSV import): constant sheet calls for the whole batch. */
export function importResponses(
  ports: Pick<AppPorts, 'tables' | 'clock' | 'lock' | 'log'>,
  submissions: readonly Submission[],
  options: SubmitOptions = {},
): ImportSummary {
  const outcomes = submissions.length === 0 ? [] : runPipeline(ports, submissions, options);
  return {
    outcomes,
    recorded: outcomes.filter((o) => o.status === 'recorded').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    flagged: outcomes.filter((o) => o.status === 'flagged').length,
  };
}
