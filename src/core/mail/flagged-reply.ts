import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface FlaggedReplyData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  /** The form's title. */
  readonly form: string;
  /** The reasons, one sentence each, in the recipient's language. */
  readonly reasons: readonly string[];
  /** What was received, label → value (as in the confirmation). */
  readonly details?: readonly (readonly [string, string])[];
  readonly formUrl?: string;
  readonly senderName?: string;
}

/** "We received your answer but something needs fixing": a flagged response with a valid email. */
export function flaggedReplyMail(data: FlaggedReplyData): RenderedMail {
  const vi = data.language === 'vi';
  const again = vi
    ? `Xin vui lòng gửi lại biểu mẫu với thông tin đầy đủ; lần gửi sau cùng sẽ được tính${data.formUrl ? `: ${data.formUrl}` : '.'}`
    : `Please submit the form again with the missing information; the latest answer counts${data.formUrl ? `: ${data.formUrl}` : '.'}`;
  return simpleMail({
    language: data.language,
    subject: vi
      ? `Cần bổ sung: ${data.form} – ${data.school}`
      : `Please check your answer: ${data.form} – ${data.school}`,
    greeting: vi ? `Kính gửi ${data.recipientName},` : `Dear ${data.recipientName},`,
    paragraphs: [
      vi
        ? `${data.school} đã nhận được phản hồi của Quý vị cho biểu mẫu “${data.form}”, nhưng phản hồi cần được sửa lại vì:`
        : `${data.school} received your answer to “${data.form}”, but it needs a correction:`,
      data.reasons.map((r) => `- ${r}`).join('\n'),
      again,
    ],
    facts: data.details,
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: data.senderName || data.school,
  });
}
