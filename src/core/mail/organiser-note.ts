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
  const vi = data.language === 'vi';
  return simpleMail({
    language: data.language,
    subject: vi ? `[Tuần lễ học tập suốt đời] ${data.topic}` : `[Lifelong Learning Week] ${data.topic}`,
    greeting: vi ? 'Kính gửi người tổ chức,' : 'Dear organiser,',
    paragraphs: [data.lines.join('\n')],
    closing: vi ? 'Thư tự động từ bảng kế hoạch.' : 'Sent automatically by the plan sheet.',
    signature: data.senderName || data.school,
  });
}
