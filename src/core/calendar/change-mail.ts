import { activityWhen } from '../mail/when';
import type { RenderedMail } from '../mail/rendered-mail';
import { simpleMail } from '../mail/simple-mail';
import type { Settings } from '../plan';
import type { DesiredEvent } from './types';

/** What the guest is told: the event changed, or it is withdrawn for them. */
export type EventChange = 'updated' | 'cancelled';

/** The part of an event a change mail names (a cancelled event may no longer be desired). */
export interface ChangedEvent {
  readonly title: string;
  readonly start?: DesiredEvent['start'];
  readonly end?: DesiredEvent['end'];
  readonly location?: string;
  readonly url?: string;
}

/**
 * The mail carrying an updated (.ics METHOD:REQUEST, higher SEQUENCE) or cancelled
 * (METHOD:CANCEL) invitation: the calendar program applies the attachment, the text says why.
 * The first invitation is `lateGuestMail`.
 */
export function eventChangeMail(
  change: EventChange,
  event: ChangedEvent,
  settings: Settings,
  recipientName?: string,
): RenderedMail {
  const vi = settings.language === 'vi';
  const when = event.start ? activityWhen(event.start, event.end, true, settings.language) : '';
  const subjects = vi
    ? { updated: `Thay đổi lịch: ${event.title}`, cancelled: `Hủy lịch: ${event.title}` }
    : { updated: `Updated: ${event.title}`, cancelled: `Cancelled: ${event.title}` };
  const texts = vi
    ? {
        updated: `Hoạt động "${event.title}" có thay đổi. Thông tin mới ở dưới; tệp lịch (.ics) đính kèm cập nhật sự kiện trong lịch của Quý vị.`,
        cancelled: `Quý vị không còn trong danh sách mời của hoạt động "${event.title}", hoặc hoạt động đã hủy. Tệp lịch (.ics) đính kèm gỡ sự kiện khỏi lịch của Quý vị.`,
      }
    : {
        updated: `"${event.title}" has changed. The new details are below; the attached calendar file (.ics) updates your calendar.`,
        cancelled: `"${event.title}" was cancelled or you are no longer invited. The attached calendar file (.ics) removes it from your calendar.`,
      };
  return simpleMail({
    language: settings.language,
    subject: when ? `${subjects[change]} – ${when}` : subjects[change],
    greeting: vi ? `Kính gửi ${recipientName ?? 'Quý vị'},` : `Dear ${recipientName ?? 'colleague'},`,
    paragraphs: [texts[change]],
    facts:
      change === 'updated'
        ? [
            [vi ? 'Thời gian' : 'When', when],
            [vi ? 'Địa điểm' : 'Where', event.location ?? ''],
            [vi ? 'Đường liên kết' : 'Link', event.url ?? ''],
          ]
        : [[vi ? 'Thời gian' : 'When', when]],
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: settings.senderName || settings.school,
  });
}
