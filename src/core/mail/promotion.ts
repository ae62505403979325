import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface PromotionData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  /** "[HD10] Nói chuyện kỹ năng sống – thứ Tư, 06/10/2021, 14:00–16:00" */
  readonly session: string;
  /** How to give the seat back: resubmit the form without the session (with its link when known). */
  readonly formUrl?: string;
  readonly senderName?: string;
}

/** "A seat freed up and it is yours": a waitlisted person moved to a seat. */
export function promotionMail(data: PromotionData): RenderedMail {
  const m = catalogue(data.language).mail;
  return simpleMail({
    language: data.language,
    subject: m.promotion.subject(data.school),
    greeting: m.greeting(data.recipientName),
    paragraphs: [m.promotion.seated, m.promotion.change],
    actions: data.formUrl ? [{ label: m.promotion.changeButton, url: data.formUrl }] : [],
    facts: [[m.promotion.session, data.session]],
    closing: m.closing,
    signature: data.senderName || data.school,
  });
}
