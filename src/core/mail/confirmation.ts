import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface ConfirmationData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  /** What was registered, e.g. "Đăng ký tập huấn: An toàn trên Internet". */
  readonly what: string;
  /** Details to confirm, label → value. */
  readonly details?: readonly (readonly [string, string])[];
  readonly senderName?: string;
}

/** "We received your registration": after a form response is recorded. */
export function confirmationMail(data: ConfirmationData): RenderedMail {
  const m = catalogue(data.language).mail;
  return simpleMail({
    language: data.language,
    subject: m.confirmation.subject(data.what, data.school),
    greeting: m.greeting(data.recipientName),
    paragraphs: [m.confirmation.received(data.school, data.what), m.confirmation.fixIt],
    facts: data.details,
    closing: m.closing,
    signature: data.senderName || data.school,
  });
}
