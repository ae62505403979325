import type { Submission } from '../app/forms/handle-form-submit';
import { formIdProperty } from '../app/forms/sync-forms';
import { uiLanguage } from '../app/jobs/language';
import type { ResponseInbox } from '../app/jobs/response-queue';
import { catalogue } from '../core/i18n/catalogue';
import { FORM_IDS } from '../core/forms/types';
import type { PropertiesPort } from '../ports';
import { submissionFromResponse } from './form-event';

/** Until when responses have been swept (ISO instant). */
const SWEPT_KEY = 'forms.sweptUntil';
/** Overlap with the previous sweep: a response submitted while it ran is not skipped. */
const OVERLAP_MS = 2 * 24 * 3600_000;

/**
 * The responses Google Forms holds since the last sweep (less an overlap), as submissions.
 * A submit trigger can fail (the lock busy for too long, a service error) and Apps Script does
 * not retry it; the form keeps the response, so the daily sweep hands these to the pipeline,
 * whose dedupe by response id ignores every one already recorded. `done()` moves the mark on
 * once the pipeline has recorded them, and forgets those of them still waiting in the response
 * queue (their processing run was lost), so the queue cannot grow with them.
 *
 * Only the id of a response already in "Phản hồi gốc" is read (`recorded`, one read of the tab
 * without the lock: one recorded meanwhile is read in full and the dedupe drops it). Reading
 * every answer of every response costs a call per question, and on the busiest day of a big
 * school that alone outlasts the 6-minute execution limit.
 */
export function responsesSinceLastSweep(
  properties: PropertiesPort,
  timeZone: string,
  now: Date,
  log: (message: string) => void,
  inbox?: ResponseInbox,
  recorded: () => ReadonlySet<string> = () => new Set(),
): { submissions: Submission[]; done: () => void } {
  const swept = properties.get(SWEPT_KEY);
  const since = swept ? new Date(Date.parse(swept) - OVERLAP_MS) : undefined;
  const submissions: Submission[] = [];
  let known: ReadonlySet<string> | undefined;
  for (const formId of FORM_IDS) {
    const id = properties.get(formIdProperty(formId));
    if (!id) continue;
    try {
      const form = FormApp.openById(id);
      const responses = since ? form.getResponses(since) : form.getResponses();
      for (const response of responses) {
        known ??= recorded();
        if (known.has(response.getId())) continue;
        submissions.push(submissionFromResponse(response, formId, timeZone));
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      log(catalogue(uiLanguage(properties)).forms.gas.readFailed(formId, detail));
    }
  }
  const done = (): void => {
    properties.set(SWEPT_KEY, now.toISOString());
    if (!inbox) return;
    const swept = new Set(submissions.map((s) => s.raw.responseId));
    const recorded = inbox.read().waiting.filter((w) => swept.has(w.responseId));
    if (recorded.length > 0)
      inbox.remove(
        recorded.map((w) => w.responseId),
        false,
      );
  };
  return { submissions, done };
}
