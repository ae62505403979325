import { catalogue } from '../i18n/catalogue';
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
  const t = catalogue(settings.language).calendar.mail;
  const m = catalogue(settings.language).mail;
  const when = event.start ? activityWhen(event.start, event.end, true, settings.language) : '';
  const subject = change === 'updated' ? t.updatedSubject(event.title) : t.cancelledSubject(event.title);
  return simpleMail({
    language: settings.language,
    subject: when ? `${subject} – ${when}` : subject,
    greeting: m.greeting(recipientName ?? t.guest),
    paragraphs: [change === 'updated' ? t.updated(event.title) : t.cancelled(event.title)],
    facts:
      change === 'updated'
        ? [
            [t.when, when],
            [t.where, event.location ?? ''],
            [t.link, event.url ?? ''],
          ]
        : [[t.when, when]],
    closing: m.closing,
    signature: settings.senderName || settings.school,
  });
}
