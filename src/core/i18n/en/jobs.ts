import type { jobs as vi } from '../vi/jobs';

export const jobs: typeof vi = {
  setup: {
    createdTabs: (count, names) => `Created ${count} tabs: ${names}.`,
    tabsPresent: 'All tabs are there; none created.',
    repairedHeaders: (tab, headers) => `Added the missing columns of "${tab}": ${headers}.`,
    addedSettings: (count, labels) => `Added ${count} settings: ${labels}.`,
    filledPlan: (activities, people, families) =>
      `Filled in the default plan: ${activities} activities, ${people} staff, ${families} families. ` +
      'Times the plan does not state are suggested and marked as not confirmed.',
    keptData: 'The sheet already holds data, so it was kept as it is; nothing was overwritten.',
    calendarBusy:
      "Another calendar sync is opening the week's calendar; it prepares the calendar, there is no need to run Setup again.",
    calendarFailed: (detail) => `The week's calendar could not be prepared yet: ${detail}`,
    checkFailed: (detail) => `The plan could not be checked yet: ${detail}`,
  },
  invitations: {
    deferredNote:
      'Mail deferred by Google\'s sending quota (counted over 24 hours from the first mail, not from midnight) goes by itself when the quota comes back; invitations go after confirmations and reminders. See each mail\'s status in the "Outbox" tab.',
  },
  calendar: {
    syncFailed: (detail) => `Calendar sync: ${detail}`,
    remindersPlanned: (mails, at) =>
      `Reminders: the sending quota cannot take tomorrow's ${mails} reminders now; they will be queued at ${at}, half an hour before the quota comes back, so that all of them go today.`,
  },
  progress: {
    missedRecorded: (count) => `Recorded ${count} missed responses.`,
    sweepSource: 'Daily sweep',
  },
  submit: {
    logged: (formId, responseId, status) => `Form ${formId}: response ${responseId} – ${status}.`,
    drainNotScheduled: (detail) => `The confirmation mail's run could not be scheduled: ${detail}`,
  },
  purge: {
    removed: 'Removed:',
    whatChanged:
      'On these rows, names, e-mail addresses, addresses, children, achievements, evidence and notes were replaced by ' +
      '"removed after the retention period" (e-mail addresses by an anonymous code). Kept: the counts, review states, ' +
      'consent to share, the training sessions signed up for, the mail states; the Staff tab was not touched.',
  },
  report: {
    alreadyDone: "This year's final report is already made; this scheduled run does nothing more.",
    made: (created, preview, url) =>
      `${created ? 'Created' : 'Updated'} ${preview ? 'the preview of the report (the week is not over)' : 'the final report'}: ${url}`,
    sharedWith: (emails) => `Shared (view only) with leadership: ${emails}.`,
    notShared: 'No "Leadership emails" in Settings: the report is not shared yet.',
    mailQueued: 'The link mail to leadership is queued in the "Outbox".',
  },
};
