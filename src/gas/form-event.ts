import type { Submission } from '../app/forms/handle-form-submit';
import type { Answer, FormId } from '../core/forms/types';
import { toWallClock } from '../core/time-zone';

/** What a form-submit handler was given: undefined when someone runs it from the editor. */
export type FormSubmitEvent = Partial<GoogleAppsScript.Events.FormsOnFormSubmit> | undefined;

export const NO_EVENT_MESSAGE =
  'Hàm này chạy tự động mỗi khi có người gửi biểu mẫu, nên khi chạy từ trình soạn thảo thì không có câu trả lời nào để ghi. ' +
  'Không có gì thay đổi. Để tạo hoặc cập nhật biểu mẫu, hãy dùng menu "Tuần lễ HTSĐ" → "Tạo/cập nhật biểu mẫu".';

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
