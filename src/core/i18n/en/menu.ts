import type { menu as vi } from '../vi/menu';

export const menu: typeof vi = {
  title: 'Learning Week',
  items: {
    setup: 'Set up',
    validatePlan: 'Check the plan',
    syncForms: 'Create/update the forms',
    sendInvitations: 'Send the invitations',
    drainOutbox: 'Send waiting mail',
    previewCalendarSync: 'Preview calendar changes',
    syncCalendar: 'Sync the calendar',
    buildReportNow: 'Build the report now',
    importPlan: 'Import the plan from Google Docs',
    exportPlan: 'Export the plan',
    purgePersonalData: 'Delete expired personal data',
  },
  titles: {
    setup: 'Set up',
    validate: 'Plan check',
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
  },
  forms: {
    attendance: 'Opening ceremony',
    training: 'Training / talk',
    nomination: 'Nominate a "Studious family"',
  },
  lockBusy:
    'Another task (yours or someone else’s) is writing to the sheet. Please wait a few minutes and run it again.',
  failure: (detail) =>
    `Could not be done: ${detail}\nIt is safe to run again: nothing is written twice. If the error comes back, send this text to your technical support.`,
  noForms: 'No form could be created.',
  formMade: (created, title, url) =>
    `${created ? 'Created' : 'Updated'} the form "${title}" (accepting responses): ${url}`,
  formsFailed: (detail) => `The forms could not be created/updated yet: ${detail}`,
  triggersCreated: (count) => `Installed ${count} automatic triggers (daily mail, form responses…).`,
  triggersPresent: 'All automatic triggers are there; none installed.',
  triggersRemoved: (count) => `Deleted ${count} duplicate or old triggers.`,
};
