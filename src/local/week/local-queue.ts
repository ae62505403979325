import type { ProcessingRuns, ResponseInbox, WaitingResponse } from '../../app/jobs/response-queue';
import type { PropertiesPort } from '../../ports';

/**
 * The response queue of the local week, on the workbook's properties. One process at a time
 * holds the workbook (its file lock), so the queue can be one list; Apps Script keeps one
 * property per response instead (src/gas/response-inbox.ts), because its submit runs overlap.
 * The local week has each response in hand, so it is kept with its entry.
 */
const QUEUE_KEY = 'responses.waiting';
const SWEEP_KEY = 'responses.sweepAsked';
const DUE_KEY = 'responses.processDue';

export class LocalInbox implements ResponseInbox {
  constructor(private readonly properties: PropertiesPort) {}

  put(response: WaitingResponse): void {
    const rest = this.list().filter((w) => w.responseId !== response.responseId);
    this.properties.set(QUEUE_KEY, JSON.stringify([...rest, response]));
  }

  askSweep(): void {
    this.properties.set(SWEEP_KEY, 'true');
  }

  read(): { waiting: WaitingResponse[]; sweep: boolean } {
    return { waiting: this.list(), sweep: this.properties.get(SWEEP_KEY) !== undefined };
  }

  fetch(waiting: readonly WaitingResponse[]): ReturnType<ResponseInbox['fetch']> {
    const fetched = waiting.flatMap((response) =>
      response.submission ? [{ response, submission: response.submission }] : [],
    );
    const failed = waiting
      .filter((w) => !w.submission)
      .map((response) => ({ response, detail: 'no response kept with it' }));
    return { fetched, failed };
  }

  remove(responseIds: readonly string[], sweep: boolean): void {
    const gone = new Set(responseIds);
    const rest = this.list().filter((w) => !gone.has(w.responseId));
    if (rest.length > 0) this.properties.set(QUEUE_KEY, JSON.stringify(rest));
    else this.properties.delete(QUEUE_KEY);
    if (sweep) this.properties.delete(SWEEP_KEY);
  }

  private list(): WaitingResponse[] {
    const text = this.properties.get(QUEUE_KEY);
    return text ? (JSON.parse(text) as WaitingResponse[]) : [];
  }
}

/** The processing run remembered as its due time; the week's runner plays it then. */
export class LocalProcessingRuns implements ProcessingRuns {
  constructor(
    private readonly properties: PropertiesPort,
    private readonly now: () => Date,
  ) {}

  pendingDue(): string | undefined {
    return this.properties.get(DUE_KEY);
  }

  schedule(afterMs: number): void {
    this.properties.set(DUE_KEY, new Date(this.now().getTime() + afterMs).toISOString());
  }

  clear(): void {
    this.properties.delete(DUE_KEY);
  }

  /** When the pending run is due, if one is. */
  dueAt(): Date | undefined {
    const due = this.pendingDue();
    return due ? new Date(due) : undefined;
  }
}
