import type { menu as vi } from '../vi/menu';

export const menu: typeof vi = {
  title: 'Learning Week',
  items: {
    setup: 'Set up',
    validatePlan: 'Check the plan',
    openDashboard: 'Dashboard',
    syncForms: 'Create/update the forms',
    sendInvitations: 'Send the invitations',
    drainOutbox: 'Send waiting mail',
    previewCalendarSync: 'Preview calendar changes',
    syncCalendar: 'Sync the calendar',
    buildReportNow: 'Build the report now',
    importPlan: 'Import the plan from Google Docs',
    exportPlan: 'Export the plan',
    makeAnnouncements: 'Announcements and QR codes',
    makeCommendation: 'Commendation and the ward letter',
    purgePersonalData: 'Delete expired personal data',
    takeOverAutomation: 'Take over the automation',
  },
  titles: {
    setup: 'Set up',
    validate: 'Plan check',
    dashboard: 'Dashboard',
    forms: 'Create/update the forms',
    invite: 'Send the invitations',
    drain: 'Send waiting mail',
    submit: 'Recording a form response',
    progress: 'Daily sign-up progress',
    calendarPreview: 'Preview calendar changes',
    calendarSync: 'Sync the calendar',
    reminders: 'Calendar reminders',
    report: 'Build the report',
    purge: 'Delete expired personal data',
    takeOver: 'Take over the automation',
  },
  forms: {
    attendance: 'Opening ceremony',
    training: 'Training / talk',
    nomination: 'Nominate a "Studious family"',
    result: 'Activity results',
  },
  lockBusy:
    'Another task (yours or someone else’s) is writing to the sheet. Please wait a few minutes and run it again.',
  dailyQuota: {
    properties:
      'The account that runs the automation has used up its script data reads/writes for 24 hours (personal Gmail account: 50,000 a day). ' +
      'The allowance comes back 24 hours after its first use. Nothing is lost: the answers stay in the forms ' +
      'and are recorded by the first 17:00 sweep after it is back; anything else can be run again then.',
    documents:
      'The account has created as many Google Docs as it may in 24 hours (personal Gmail account: 250 a day), so no document could be made. ' +
      'The allowance comes back 24 hours after the first one was created: the scheduled report tries again by itself, or click again then.',
  },
  failure: (detail) =>
    `Could not be done: ${detail}\nIt is safe to run again: nothing is written twice. If the error comes back, send this text to your technical support.`,
  noForms: 'No form could be created.',
  formMade: (created, title, url) =>
    `${created ? 'Created' : 'Updated'} the form "${title}" (accepting responses): ${url}`,
  formsFailed: (detail) => `The forms could not be created/updated yet: ${detail}`,
  triggersCreated: (count) => `Installed ${count} automatic triggers (daily mail, form responses…).`,
  triggersPresent: 'All automatic triggers are there; none installed.',
  triggersRemoved: (count) => `Deleted ${count} duplicate or old triggers.`,
  owner: {
    otherEditor: (owner, you) =>
      `This sheet's automation (mail, form responses, calendar sync) runs under the account ${owner}. Mail goes from that account, and Google shows each account only its own triggers, so this item installs no second set from ${you || 'your account'} and sends no mail.\nWhat to do: ask ${owner} to run this item; or, if you are taking charge from now on, choose “Learning Week → Take over the automation”.`,
    unknownUser:
      'The account running this could not be identified (Google gave no email), so this item installs no trigger and sends no mail. Sign in with the school’s Google account and run it again.',
    claimed: (owner) =>
      `The automation runs under the account ${owner}: mail goes from this account. Another editor running “Set up” will not install a second set.`,
    alreadyOwner: (owner) =>
      `You (${owner}) already run the automation; nothing to take over. To reinstall the triggers, run “Set up”.`,
    unclaimed:
      'Nobody runs the automation yet. Run “Set up”: the account that runs it will own the automation.',
    confirmTakeOver: (owner, you) =>
      `The automation runs under the account ${owner}. Move it to your account (${you})?\nAfterwards mail goes from your account and the triggers are installed for you. You cannot delete ${owner}’s triggers (Google does not allow it), so ${owner} should either open the sheet and choose “Learning Week → Take over the automation” (this item then deletes their triggers), or open Extensions → Apps Script → Triggers and delete their rows. If they do neither, each old trigger removes itself the next time it runs (within a day) without sending anything.`,
    tookOver: (previous, you) =>
      `From now on the automation runs under the account ${you}. Ask ${previous} to open the sheet and choose “Learning Week → Take over the automation” to delete their old triggers (or delete them in Extensions → Apps Script → Triggers). Until then, any old trigger that runs removes itself without sending mail.`,
    declined: 'Not moved; nothing changed.',
    removedOwn: (count, owner) =>
      `Deleted ${count} triggers of your account. The automation still runs under the account ${owner}.`,
    retired: (owner, count) =>
      `This trigger belongs to an account that no longer runs the automation (it now runs under ${owner}); removed ${count} triggers of this account and did nothing else.`,
  },
  locale: {
    set: (previous) =>
      `Set the spreadsheet locale to Vietnam (vi_VN, was ${previous}), so a typed date such as 05/10/2021 reads as 5 October.`,
    failed: (current, detail) =>
      `Warning: the spreadsheet locale could not be changed (it is ${current}): ${detail}\nOpen File → Settings → Locale and choose Vietnam. Until then a typed date such as 05/10/2021 may be read as 10 May; “Check the plan” points out such cells.`,
  },
};
