import type { LocalDateTime } from '../cell';
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
  const vi = data.language === 'vi';
  const when = activityWhen(data.start, data.end, data.timeConfirmed ?? true, data.language);
  return simpleMail({
    language: data.language,
    subject: vi ? `Nhắc lịch: ${data.activity} – ${when}` : `Reminder: ${data.activity} – ${when}`,
    greeting: vi ? `Kính gửi ${data.recipientName},` : `Dear ${data.recipientName},`,
    paragraphs: [
      vi
        ? `${data.school} xin nhắc Quý vị hoạt động "${data.activity}" sắp diễn ra.`
        : `${data.school} reminds you that "${data.activity}" is coming up.`,
    ],
    facts: [
      [vi ? 'Thời gian' : 'When', when],
      [vi ? 'Địa điểm' : 'Where', data.location ?? ''],
      [vi ? 'Đường liên kết' : 'Link', data.link ?? ''],
    ],
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: data.senderName || data.school,
  });
}
