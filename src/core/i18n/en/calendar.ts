import type { calendar as vi } from '../vi/calendar';

export const calendar: typeof vi = {
  op: {
    noTime: 'no time yet',
    guests: (n: number) => `${n} ${n === 1 ? 'guest' : 'guests'}`,
    create: (id: string, title: string, when: string, guests: string) =>
      `Create event ${id} ${title} ${when}, ${guests}`,
    update: (id: string, title: string, when: string) => `Change event ${id} ${title} to ${when}`,
    guestsRemoved: (guests: string, id: string, title: string) =>
      `Remove ${guests} from event ${id} ${title}`,
    guestsAdded: (guests: string, id: string, title: string) =>
      `Add ${guests} to event ${id} ${title} (with an invitation and an .ics file)`,
    cancel: (id: string, title: string, when: string, guests: string) =>
      `Cancel event ${id} ${title} ${when}, telling ${guests}`,
  },
  skip: {
    timeMissing: 'has no start and end time, so no calendar event yet.',
    endNotAfterStart: 'ends no later than it starts, so no calendar event yet.',
    outsideWeek: (from: string, to: string) =>
      `is outside the week (${from}–${to}), so no calendar event yet.`,
    audienceUnknown: (audience: string) =>
      `the audience "${audience}" is no group of the Staff tab, so no calendar event yet.`,
    guestEmailInvalid: (emails: string) =>
      `invalid email addresses (${emails}), so the calendar event is not created or changed.`,
    noSeated:
      'nobody has a seat yet (a session with limited seats invites only those seated), so no calendar event yet.',
    noGuests: 'nobody to invite (empty audience or "no invitation"), so no calendar event yet.',
  },
  mail: {
    guest: 'colleague',
    updatedSubject: (title: string) => `Updated: ${title}`,
    cancelledSubject: (title: string) => `Cancelled: ${title}`,
    updated: (title: string) =>
      `"${title}" has changed. The new details are below; the attached calendar file (.ics) updates your calendar.`,
    cancelled: (title: string) =>
      `"${title}" was cancelled or you are no longer invited. The attached calendar file (.ics) removes it from your calendar.`,
    inviteSubject: (title: string, when: string) => `Invitation: ${title} – ${when}`,
    invite: (school: string, title: string) =>
      `${school} invites you to "${title}". The attached calendar file (.ics) adds it to your calendar.`,
    when: 'When',
    where: 'Where',
    link: 'Link',
    addToCalendar: 'Add to Google Calendar',
    otherCalendars: 'Other calendars (phone, Outlook): open the attached .ics file.',
  },
  description: {
    week: (year: number, theme: string) =>
      `An activity of the Lifelong Learning Week ${year}, theme “${theme}”.`,
    category: 'Kind of activity',
    tentative: 'The time is proposed and will be confirmed.',
    online: (platform: string) => `Online, on ${platform}`,
    onlineNoPlatform: 'Online',
    link: 'Link to join',
    location: 'Place',
    owner: 'Person in charge',
    organiser: 'Organised by',
    form: {
      attendance: 'Register and check in for the opening ceremony',
      training: 'Sign up',
      nomination: 'Nominate a “studious family”',
    },
  },
  sync: {
    logPrefix: 'Calendar sync',
    busy: 'Another task is running; the calendar was not synced. Try again in a few minutes.',
    claimBusy:
      'Another calendar sync is running; this request is noted and the calendar is synced again right after it.',
    notRecorded:
      'the results could not be written to the Outbox yet (another task held the lock too long); the next sync redoes these changes (no event is made twice)',
    noSettings: 'Calendar not synced: the Settings tab lacks required values. Run "Check the plan".',
    noActivities:
      'Calendar not synced: the Activities tab could not be read (missing tab or required columns), so no event was created or cancelled.',
    keptUntilFixed: (id: string) => `${id}: the existing event is kept until the row is fixed.`,
    inSync: (events: number) => `The calendar matches the plan (${events} events); nothing to change.`,
    changes: (n: number, byType: string) => `${n} calendar changes: ${byType}.`,
    skipped: (n: number) => `${n} activities have no event yet (see the details).`,
    types: {
      create: 'new',
      update: 'changed',
      'guests-added': 'guests added',
      'guests-removed': 'guests removed',
      cancel: 'cancelled',
    },
    queued: (n: number) => `${n} changes queued in the Outbox`,
    byMail: (n: string) =>
      `${n} invitations, updates or cancellations (.ics) queued in the outbox for people who get the event by mail`,
    overCap: (id: string, guests: string, cap: string, mailed: string) =>
      `${id}: ${guests} guests, more than the ${cap} a Google Calendar event lists. ` +
      `The first ${cap} are on the event; the other ${mailed} get the invitation, changes and cancellation ` +
      "by mail (the event's own .ics, so no second copy), sent as the daily mail quota allows — see the outbox.",
    applied: (n: number) => `calendar updated ${n} times`,
    pending: (n: number) => `${n} changes to be retried later`,
    failed: (n: number) => `${n} changes failed (see the Outbox)`,
    quotaError: (detail: string) => `Today's calendar quota is used up; it continues tomorrow: ${detail}`,
    error: (detail: string) => `The calendar reported an error: ${detail}`,
    retryError: (detail: string) => `The calendar reported an error, to be retried: ${detail}`,
  },
  progress: {
    overCap: (id: string, guests: string, cap: string, mailed: string) =>
      `Calendar, ${id}: ${guests} guests, more than the ${cap} a Google Calendar event lists; ${mailed} people get the invitation (.ics file) by mail instead of on the guest list.`,
  },
  reminders: {
    logPrefix: 'Calendar reminders',
    busy: 'Another task is running; no reminder was queued. The next run will queue them.',
    noSettings: 'No reminder queued: the Settings tab lacks required values.',
    guest: 'colleague',
    nothing: (day: string) => `Nothing to remind of on ${day}.`,
    queued: (mails: number, events: number, day: string) =>
      `${mails} reminders queued for ${events} activities on ${day}`,
    alreadyQueued: (n: number) => ` (${n} already queued before)`,
  },
  files: {
    feedName: (year: number, school: string) => `Lifelong Learning Week ${year} – ${school}`,
    written: (files: number, events: number, guests: number) =>
      `${files} calendar files (.ics) written: ${events} events, ${guests} guests`,
    cancelled: (n: number) => `, ${n} cancelled events`,
  },
  apps: {
    noSettings: 'The Settings tab lacks required values (year, first and last day of the week).',
    defaultCalendar: (name: string) => `The week's events will be in the default calendar (${name}).`,
    created: (name: string) =>
      `Calendar "${name}" created for the week. Events are only created with "Sync the calendar".`,
    present: (name: string) => `Calendar "${name}" already exists; no new one created.`,
    notYet: (name: string) => `Calendar "${name}" does not exist yet; it will be created by the sync.`,
    calendarZone: (name: string, zone: string, school: string) =>
      `Time zone warning: calendar "${name}" uses ${zone}, not the school's zone (${school}). ` +
      'Event times are still right, but the calendar shows them in another zone. Fix it in Google Calendar → the calendar’s settings → Time zone.',
    sheetZone: (zone: string, school: string) =>
      `Time zone warning: the spreadsheet uses ${zone}, not the school's zone (${school}). Fix it in File → Settings → Time zone.`,
    scriptZone: (zone: string, school: string) =>
      `Time zone warning: Apps Script uses ${zone}, not the school's zone (${school}). Change "timeZone" in appsscript.json.`,
  },
};
