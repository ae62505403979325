import type { FormId, RawResponse } from '../core/forms/types';
import type { AppPorts } from './ports-bundle';

/** One response as a runtime received it (Apps Script form-submit event, CSV row, JSON). */
export interface Submission {
  readonly formId: FormId;
  readonly raw: RawResponse;
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

/**
 * The response pipeline (DESIGN.md section 5), one use case for both runtimes: under the lock,
 * record the raw response first, dedupe by response id, normalise, upsert the person's row,
 * reallocate seats, queue confirmations through the outbox. Implemented in the forms work.
 */
export function handleFormSubmit(
  _ports: Pick<AppPorts, 'tables' | 'clock' | 'lock' | 'log'>,
  _submission: Submission,
): SubmitOutcome {
  throw new Error('handleFormSubmit: not implemented yet');
}

/** The same pipeline for a batch (a CSV import): constant sheet calls for the whole batch. */
export function importResponses(
  _ports: Pick<AppPorts, 'tables' | 'clock' | 'lock' | 'log'>,
  _submissions: readonly Submission[],
): ImportSummary {
  throw new Error('importResponses: not implemented yet');
}
