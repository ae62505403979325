import type { Submission } from '../app/forms/handle-form-submit';
import type { Answer, FormId } from '../core/forms/types';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import { toWallClock } from '../core/time-zone';

/** What a form-submit handler was given: undefined when someone runs it from the editor. */
export type FormSubmitEvent = Partial<GoogleAppsScript.Events.FormsOnFormSubmit> | undefined;

/** What the submit handler says when run from the editor, in the dialogs' language. */
export function noEventMessage(lang: Language = 'vi'): string {
  return catalogue(lang).forms.gas.noEvent;
}

export const NO_EVENT_MESSAGE = noEventMessage();

/**
 * A form response as the pipeline takes it (from a submit event or the daily sweep): the
 * response id (the dedupe key), the submission time as wall clock of the spreadsheet's zone,
 * the collected address, and each answer by question title (a checkbox question gives the list
 * of ticked choices).
 */
export function submissionFromResponse(
  response: GoogleAppsScript.Forms.FormResponse,
  formId: FormId,
  timeZone: string,
): Submission {
  const answers: Record<string, Answer> = {};
  for (const itemResponse of response.getItemResponses()) {
    const title = itemResponse.getItem().getTitle();
    const value: unknown = itemResponse.getResponse();
    answers[title] = Array.isArray(value) ? value.map((v) => String(v)) : value == null ? '' : String(value);
  }
  const email = response.getRespondentEmail();
  return {
    formId,
    raw: {
      responseId: response.getId(),
      timestamp: toWallClock(new Date(response.getTimestamp().getTime()), timeZone),
      ...(email ? { email } : {}),
      answers,
    },
  };
}
