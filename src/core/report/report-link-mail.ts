import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from '../mail/rendered-mail';
import { simpleMail } from '../mail/simple-mail';
import type { Headline } from './blocks';

export interface ReportLinkData {
  readonly language: Language;
  readonly school: string;
  readonly year?: number;
  /** The Doc leadership opens. */
  readonly url: string;
  /** Built before the week's report time: said in the subject and the body. */
  readonly preview: boolean;
  /** The report's headline figures: counts only, never a nominee's or a person's details. */
  readonly headline: readonly Headline[];
  readonly senderName?: string;
}

/**
 * The mail to leadership that the report is ready: the link and the headline figures. The
 * report itself (with the selected families) stays in the shared Doc, behind its sharing.
 */
export function reportLinkMail(data: ReportLinkData): RenderedMail {
  const t = catalogue(data.language).report.mail;
  const year = data.year === undefined ? '' : ` ${data.year}`;
  return simpleMail({
    language: data.language,
    subject: t.subject(year, data.preview ? t.preview : ''),
    greeting: t.greeting,
    paragraphs: [t.body(year, data.preview, data.url)],
    facts: data.headline.map((h) => [h.label, h.value] as const),
    closing: t.closing,
    signature: data.senderName || data.school,
  });
}
