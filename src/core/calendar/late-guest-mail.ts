import { catalogue } from '../i18n/catalogue';
import { activityWhen } from '../mail/when';
import type { RenderedMail } from '../mail/rendered-mail';
import { simpleMail } from '../mail/simple-mail';
import type { Settings } from '../plan';
import { googleCalendarLink } from '../mail/add-to-calendar';
import type { DesiredEvent } from './types';

/**
 * The invitation for a guest added after the event was made: Apps Script's addGuest sends
 * none, so without this mail (and its .ics, see writeIcs) the guest would never hear of it.
 */
export function lateGuestMail(event: DesiredEvent, settings: Settings, recipientName?: string): RenderedMail {
  const t = catalogue(settings.language).calendar.mail;
  const m = catalogue(settings.language).mail;
  const when = activityWhen(event.start, event.end, true, settings.language);
  return simpleMail({
    language: settings.language,
    subject: t.inviteSubject(event.title, when),
    greeting: m.greeting(recipientName ?? t.guest),
    paragraphs: [t.invite(settings.school, event.title)],
    // Not on the event's own guest list: one tap adds it; the .ics serves every other calendar.
    actions: [{ label: t.addToCalendar, url: googleCalendarLink(event), note: t.otherCalendars }],
    facts: [
      [t.when, when],
      [t.where, event.location ?? ''],
      [t.link, event.url ?? ''],
    ],
    closing: m.closing,
    signature: settings.senderName || settings.school,
  });
}
