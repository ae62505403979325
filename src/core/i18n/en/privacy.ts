import type { privacy as vi } from '../vi/privacy';

export const privacy: typeof vi = {
  marker: 'deleted after the retention period',
  tables: {
    families: { tab: 'Families', unit: 'families' },
    nominations: { tab: 'Nominations', unit: 'nominations' },
    trainingSignups: { tab: 'Training signups', unit: "parents' signups" },
    attendance: { tab: 'Opening attendance', unit: "parents' answers" },
    rawResponses: { tab: 'Raw responses', unit: 'responses' },
    outbox: { tab: 'Outbox', unit: 'mails' },
  },
  summaryLine: (tab, count, unit) => `${tab}: ${count} ${unit}`,
  noSettings:
    'Personal data not deleted: the Settings tab has no dates of the week yet, so the end of the retention period is unknown.',
  notDue: (days, dueAt) =>
    `The families' personal data is not due for deletion yet: it is kept ${days} days ` +
    `after the week and will be deleted automatically from ${dueAt}.`,
  nothing: (year) => `No personal data of the families is left to delete (${year}).`,
  preview: (dueAt, tabs) =>
    `Preview (nothing deleted yet): the retention period ended on ${dueAt}; ` +
    `the families' names, addresses, children's details, emails… would be deleted in ${tabs} tabs.`,
  headline: (year, days, dueAt) =>
    `The families' personal data (${year}) was deleted after the ${days}-day retention period ` +
    `(ended on ${dueAt}).`,
  purged: (headline, lines) => `${headline.slice(0, -1)}: ${lines}. All the figures are kept.`,
  formCopies: (responses: number, tabs: number) =>
    [
      ...(responses > 0 ? [`deleted ${responses} family responses from the forms`] : []),
      ...(tabs > 0 ? [`deleted ${tabs} response sheets made by Google Forms`] : []),
    ]
      .join('; ')
      .replace(/^./, (c) => c.toUpperCase()) + '.',
  formCopiesFailed: (formId: string, detail: string) =>
    `The families' responses could not be deleted from the form ${formId} yet (tried again next night): ${detail}`,
};
