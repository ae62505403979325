import type { FormId } from '../../core/forms/types';
import { catalogue } from '../../core/i18n/catalogue';
import { LockUnavailableError, type ClockPort, type LogPort, type PropertiesPort } from '../../ports';
import { importResponses, type ImportSummary, type Submission } from '../forms/handle-form-submit';
import { perform, type Job, type MissedResponses } from './effects';
import type { JobOutcome, JobPorts } from './jobs';
import { uiLanguage } from './language';
import { PROCESS_AFTER_MS, PROCESS_LOCK_WAIT_MS, PROCESSING_STALE_MS } from './schedule';

/**
 * A response's path in two runs (docs/ARCHITECTURE.md, section 4). The submit run only makes
 * the response durable and makes sure ONE processing run is pending about a minute later: no
 * lock, no spreadsheet, a handful of calls whatever the school's size, so it never waits for a
 * drain and never fails for a busy lock. The processing run records everything waiting as one
 * batch of the pipeline (constant sheet calls), then sends the confirmations.
 */

/** A response its submit run made durable, waiting for the processing run. */
export interface WaitingResponse {
  readonly formId: FormId;
  readonly responseId: string;
  /** When the submit run received it (ISO instant). */
  readonly receivedAt: string;
  /** The response itself where the runtime has it in hand (locally); Apps Script reads it from its form. */
  readonly submission?: Submission;
}

/** Where submit runs leave responses and the processing run takes them. */
export interface ResponseInbox {
  /** One durable write; throws when the store refuses it (full). */
  put(response: WaitingResponse): void;
  /** Asks the next processing run to sweep the forms too (a submit run without its response). */
  askSweep(): void;
  /** Everything waiting, oldest first, and whether a sweep was asked for: one read. */
  read(): { readonly waiting: readonly WaitingResponse[]; readonly sweep: boolean };
  /** The responses themselves; one that cannot be read now stays waiting. */
  fetch(waiting: readonly WaitingResponse[]): {
    readonly fetched: readonly { readonly response: WaitingResponse; readonly submission: Submission }[];
    readonly failed: readonly { readonly response: WaitingResponse; readonly detail: string }[];
  };
  /** Forgets these once recorded (and the sweep request, when `sweep`). */
  remove(responseIds: readonly string[], sweep: boolean): void;
}

/** The processing run's one-off trigger, and the mark saying when the pending one is due. */
export interface ProcessingRuns {
  /** ISO instant the pending run is due at; undefined when none was asked for. */
  pendingDue(): string | undefined;
  /** A one-off run `afterMs` from now, and the mark; throws when it cannot (too many triggers). */
  schedule(afterMs: number): void;
  /** Every trigger of the processing run deleted (a fired one stays listed until then), and the mark. */
  clear(): void;
}

export interface QueuePorts {
  readonly inbox: ResponseInbox;
  readonly runs: ProcessingRuns;
  readonly clock: ClockPort;
  readonly log: LogPort;
  readonly properties: PropertiesPort;
}

/** The submit run: the response made durable first, then one processing run pending. */
export function acceptResponse(ports: QueuePorts, response: WaitingResponse): void {
  try {
    ports.inbox.put(response);
  } catch (error) {
    // Google Forms keeps the response: the daily sweep records it.
    ports.log.error(texts(ports).notKept(response.responseId, message(error)));
    throw error;
  }
  ensureProcessingRun(ports);
}

/** A submit run that came without its response (run from the editor, a bad delivery). */
export function acceptBlankSubmit(ports: QueuePorts, formId: FormId): void {
  ports.log.error(texts(ports).blankEvent(formId));
  ports.inbox.askSweep();
  ensureProcessingRun(ports);
}

/**
 * Makes sure a processing run is pending. The mark is written after the trigger is made, and
 * read after the response is stored: a processing run that clears it before its last look at
 * the inbox either sees this response or leaves no mark, and then this run schedules its own.
 * A mark older than PROCESSING_STALE_MS past its due time belongs to a run that was killed or
 * never fired: it no longer counts. Two runs made by a race are harmless (the second finds
 * nothing, or duplicates the dedupe ignores).
 */
export function ensureProcessingRun(ports: QueuePorts): void {
  const due = ports.runs.pendingDue();
  if (due !== undefined && Date.parse(due) + PROCESSING_STALE_MS > ports.clock.now().getTime()) return;
  scheduleRun(ports);
}

function scheduleRun(ports: QueuePorts): void {
  try {
    ports.runs.schedule(PROCESS_AFTER_MS);
  } catch {
    // "Too many triggers": fired one-off runs stay listed until deleted; none of ours is pending.
    try {
      ports.runs.clear();
      ports.runs.schedule(PROCESS_AFTER_MS);
    } catch (error) {
      // The response is durable: the next processing run or the 17:00 job records it.
      ports.log.error(texts(ports).notScheduled(message(error)));
    }
  }
}

/**
 * The processing run: everything waiting (and the forms' responses since the last sweep, when
 * a blank submit asked for it) recorded as ONE batch of the pipeline, the recorded ones
 * forgotten, another run scheduled if more arrived meanwhile, then the confirmations sent. A
 * busy lock reschedules the run a minute later: nothing is dropped.
 */
export function* processResponsesJob(
  ports: JobPorts & QueuePorts,
): Job<JobOutcome & { summary?: ImportSummary }> {
  const t = texts(ports);
  const { waiting, sweep } = ports.inbox.read();
  if (waiting.length === 0 && !sweep) {
    finishRun(ports, new Set(), false);
    return { text: t.nothing };
  }
  // The forms are read before the lock is taken: the lock is held for the sheet only.
  const fetched = ports.inbox.fetch(waiting);
  for (const { response, detail } of fetched.failed)
    ports.log.error(t.fetchFailed(response.responseId, response.formId, detail));
  let swept: MissedResponses | undefined;
  if (sweep) swept = yield* perform({ kind: 'missedResponses', now: ports.clock.now() });
  const submissions = [...fetched.fetched.map((f) => f.submission), ...(swept?.submissions ?? [])];
  let summary: ImportSummary;
  try {
    summary = importResponses(ports, submissions, { lockTimeoutMs: PROCESS_LOCK_WAIT_MS });
  } catch (error) {
    if (!(error instanceof LockUnavailableError)) throw error;
    ports.runs.clear();
    scheduleRun(ports);
    ports.log.info(t.busy(waiting.length));
    return { text: t.busy(waiting.length) };
  }
  swept?.done();
  ports.inbox.remove(
    fetched.fetched.map((f) => f.response.responseId),
    sweep,
  );
  finishRun(ports, new Set(waiting.map((w) => w.responseId)), sweep);
  const line = t.recorded(summary.recorded, summary.duplicates, summary.flagged);
  ports.log.info(line);
  const queued = summary.outcomes.some((o) => o.queued.length > 0);
  const drained = queued ? yield* perform({ kind: 'drain' }) : undefined;
  return { text: drained ? `${line}\n${drained.message}` : line, summary };
}

/**
 * The end of a processing run, before its drain (a drain may be cut off): its triggers and
 * mark cleared, THEN one more look at the inbox — a response stored before that look is seen
 * here and gets a run; one stored after it finds no mark and schedules its own.
 */
function finishRun(ports: QueuePorts, handled: ReadonlySet<string>, sweptNow: boolean): void {
  ports.runs.clear();
  const after = ports.inbox.read();
  const more = after.waiting.some((w) => !handled.has(w.responseId)) || (after.sweep && !sweptNow);
  if (more) scheduleRun(ports);
}

const texts = (ports: Pick<QueuePorts, 'properties'>) => catalogue(uiLanguage(ports.properties)).forms.queue;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
