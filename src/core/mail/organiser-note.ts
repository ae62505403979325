import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface OrganiserNoteData {
  readonly language: Language;
  readonly school: string;
  /** Short topic, e.g. "Thư chờ gửi ngày mai". */
  readonly topic: string;
  /** The lines of the note (one fact each). */
  readonly lines: readonly string[];
  readonly senderName?: string;
}

/** A note to the organiser: progress, things waiting for tomorrow, things that need a look. */
export function organiserNoteMail(data: OrganiserNoteData): RenderedMail {
  const m = catalogue(data.language).mail.organiserNote;
  return simpleMail({
    language: data.language,
    subject: m.subject(data.topic),
    greeting: m.greeting,
    paragraphs: [data.lines.join('\n')],
    closing: m.closing,
    signature: data.senderName || data.school,
  });
}
