import type { FormId, RawResponse } from '../core/forms/types';
import { runPipeline, type PipelineOptions } from './forms-pipeline';
import type { AppPorts } from './ports-bundle';

/** One response as a runtime received it (Apps Script form-submit event, CSV row, JSON). */
export interface Submission {
  readonly formId: FormId;
  readonly raw: RawResponse;
  /** The raw log's "Nguồn": 'Google Forms' (default), 'CSV', 'JSON', 'Mẫu'… */
  readonly source?: string;
}

export interface SubmitOutcome {
  /** 'duplicate': this response id was recorded before (a trigger delivered twice). */
  readonly status: 'recorded' | 'duplicate' | 'flagged';
  readonly responseId: string;
  /** Vietnamese reasons when flagged. */
  readonly reasons: readonly string[];
  /** Outbox keys queued by this response (confirmation, promotion notices). */
  readonly queued: readonly string[];
}

export interface ImportSummary {
  readonly outcomes: readonly SubmitOutcome[];
  readonly recorded: number;
  readonly duplicates: number;
  readonly flagged: number;
}

export type SubmitOptions = PipelineOptions;

/**
 * The response pipeline (DESIGN.md section 5), one use case for both runtimes: under the lock,
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
