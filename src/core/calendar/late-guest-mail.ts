import { activityWhen } from '../mail/when';
import type { RenderedMail } from '../mail/rendered-mail';
import { simpleMail } from '../mail/simple-mail';
import type { Settings } from '../plan';
import type { DesiredEvent } from './types';

/**
 * The invitation for a guest added after the event was made: Apps Script's addGuest sends
 * none, so without this mail (and its .ics, see writeIcs) the guest would never hear of it.
 */
export function lateGuestMail(event: DesiredEvent, settings: Settings, recipientName?: string): RenderedMail {
  const vi = settings.language === 'vi';
  const when = activityWhen(event.start, event.end, true, settings.language);
  return simpleMail({
    language: settings.language,
    subject: vi ? `Lời mời: ${event.title} – ${when}` : `Invitation: ${event.title} – ${when}`,
    greeting: vi ? `Kính gửi ${recipientName ?? 'Quý vị'},` : `Dear ${recipientName ?? 'colleague'},`,
    paragraphs: [
      vi
        ? `${settings.school} trân trọng kính mời Quý vị tham gia hoạt động "${event.title}". Tệp lịch (.ics) đính kèm giúp thêm hoạt động vào lịch của Quý vị.`
        : `${settings.school} invites you to "${event.title}". The attached calendar file (.ics) adds it to your calendar.`,
    ],
    facts: [
      [vi ? 'Thời gian' : 'When', when],
      [vi ? 'Địa điểm' : 'Where', event.location ?? ''],
      [vi ? 'Đường liên kết' : 'Link', event.url ?? ''],
    ],
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: settings.senderName || settings.school,
  });
}
