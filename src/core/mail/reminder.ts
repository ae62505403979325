import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';
import { activityWhen } from './when';

export interface ReminderData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  readonly activity: string;
  readonly start?: LocalDateTime;
  readonly end?: LocalDateTime;
  readonly timeConfirmed?: boolean;
  readonly location?: string;
  readonly link?: string;
  readonly senderName?: string;
}

/** A reminder before an activity the recipient signed up for. */
export function reminderMail(data: ReminderData): RenderedMail {
  const m = catalogue(data.language).mail;
  const when = activityWhen(data.start, data.end, data.timeConfirmed ?? true, data.language);
  return simpleMail({
    language: data.language,
    subject: m.reminder.subject(data.activity, when),
    greeting: m.greeting(data.recipientName),
    paragraphs: [m.reminder.comingUp(data.school, data.activity)],
    facts: [
      [m.reminder.when, when],
      [m.reminder.where, data.location ?? ''],
      [m.reminder.link, data.link ?? ''],
    ],
    closing: m.closing,
    signature: data.senderName || data.school,
  });
}
