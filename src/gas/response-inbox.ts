import type { Submission } from '../app/forms/handle-form-submit';
import { formIdProperty } from '../app/forms/sync-forms';
import type { ProcessingRuns, ResponseInbox, WaitingResponse } from '../app/jobs/response-queue';
import { FORM_IDS, type FormId } from '../core/forms/types';
import type { PropertiesPort } from '../ports';
import { submissionFromResponse } from './form-event';
import { PROCESS_RESPONSES_HANDLER } from './handlers';

/**
 * The response queue on Apps Script's script properties: ONE property per waiting response
 * (`submit:<response id>` → its form and the time it came), so a submit run makes its response
 * durable in one call and two submit runs never write the same key (writes of distinct keys
 * do not race; a shared list would need the lock). The store holds 500 kB in all and refuses a
 * write past that ("You have exceeded the property storage quota…"; Quotas for Google Services,
 * developers.google.com/apps-script/guides/services/quotas): at about 130 bytes a response that
 * is some 3,800 responses waiting at once, and the processing run a minute later empties it.
 * A refused write fails the submit run; Google Forms keeps the response for the daily sweep.
 */
const WAITING_PREFIX = 'submit:';
/** A submit run without its response asked the next processing run to sweep the forms. */
const SWEEP_KEY = 'responses.sweepAsked';
/** When the pending processing run is due (ISO instant). */
const DUE_KEY = 'responses.processDue';

type Store = () => GoogleAppsScript.Properties.Properties;

/** The script properties, fetched on first use (every service call counts in a submit run). */
export function scriptStore(): Store {
  let cached: GoogleAppsScript.Properties.Properties | undefined;
  return () => (cached ??= PropertiesService.getScriptProperties());
}

/** The PropertiesPort over the same store (the submit run's language, on its error paths only). */
export function propertiesOf(store: Store): PropertiesPort {
  return {
    get: (key) => store().getProperty(key) ?? undefined,
    set: (key, value) => void store().setProperty(key, value),
    delete: (key) => void store().deleteProperty(key),
  };
}

export function propertyInbox(store: Store, timeZone: () => string): ResponseInbox {
  return {
    put: (response) =>
      void store().setProperty(
        WAITING_PREFIX + response.responseId,
        JSON.stringify({ form: response.formId, at: response.receivedAt }),
      ),
    askSweep: () => void store().setProperty(SWEEP_KEY, new Date().toISOString()),
    read: () => {
      const all = store().getProperties();
      const waiting: WaitingResponse[] = [];
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(WAITING_PREFIX)) continue;
        const parsed = parseWaiting(key.slice(WAITING_PREFIX.length), value);
        if (parsed) waiting.push(parsed);
      }
      waiting.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
      return { waiting, sweep: all[SWEEP_KEY] !== undefined };
    },
    fetch: (waiting) => {
      const forms = new Map<FormId, GoogleAppsScript.Forms.Form>();
      const open = (formId: FormId): GoogleAppsScript.Forms.Form => {
        const known = forms.get(formId);
        if (known) return known;
        const id = store().getProperty(formIdProperty(formId));
        if (!id) throw new Error(`no form ${formId}`);
        const form = FormApp.openById(id);
        forms.set(formId, form);
        return form;
      };
      const fetched: { response: WaitingResponse; submission: Submission }[] = [];
      const failed: { response: WaitingResponse; detail: string }[] = [];
      for (const response of waiting) {
        try {
          const found = open(response.formId).getResponse(response.responseId);
          fetched.push({ response, submission: submissionFromResponse(found, response.formId, timeZone()) });
        } catch (error) {
          failed.push({ response, detail: error instanceof Error ? error.message : String(error) });
        }
      }
      return { fetched, failed };
    },
    remove: (responseIds, sweep) => {
      // No batch delete that spares other keys: setProperties(…, true) would also delete the
      // key of a response stored since this run read the inbox.
      for (const id of responseIds) store().deleteProperty(WAITING_PREFIX + id);
      if (sweep) store().deleteProperty(SWEEP_KEY);
    },
  };
}

function parseWaiting(responseId: string, value: string): WaitingResponse | undefined {
  try {
    const data = JSON.parse(value) as { form?: unknown; at?: unknown };
    const formId = FORM_IDS.find((f) => f === data.form);
    if (!formId || responseId === '') return undefined;
    return { formId, responseId, receivedAt: typeof data.at === 'string' ? data.at : '' };
  } catch {
    return undefined;
  }
}

/**
 * The processing run's one-off trigger (ScriptApp.newTrigger(…).timeBased().after(ms)). A fired
 * one-off trigger stays in getProjectTriggers() until deleted and counts toward the 20 triggers
 * a script may have, so "pending" is the due time in a property and `clear` deletes every
 * trigger of the handler, fired or not, touching no other.
 */
export function processingRuns(store: Store, now: () => Date): ProcessingRuns {
  return {
    pendingDue: () => store().getProperty(DUE_KEY) ?? undefined,
    schedule(afterMs) {
      const delay = Math.max(1, Math.round(afterMs));
      ScriptApp.newTrigger(PROCESS_RESPONSES_HANDLER).timeBased().after(delay).create();
      store().setProperty(DUE_KEY, new Date(now().getTime() + delay).toISOString());
    },
    clear() {
      for (const trigger of ScriptApp.getProjectTriggers()) {
        if (trigger.getHandlerFunction() === PROCESS_RESPONSES_HANDLER) ScriptApp.deleteTrigger(trigger);
      }
      store().deleteProperty(DUE_KEY);
    },
  };
}
