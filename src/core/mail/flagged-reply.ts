import { catalogue } from '../i18n/catalogue';
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
  const m = catalogue(data.language).mail;
  return simpleMail({
    language: data.language,
    subject: m.flagged.subject(data.form, data.school),
    greeting: m.greeting(data.recipientName),
    paragraphs: [
      m.flagged.received(data.school, data.form),
      data.reasons.map((r) => `- ${r}`).join('\n'),
      m.flagged.again,
    ],
    actions: data.formUrl ? [{ label: m.flagged.againButton, url: data.formUrl }] : [],
    facts: data.details,
    closing: m.closing,
    signature: data.senderName || data.school,
  });
}
