import type { results as vi } from '../vi/results';

export const results: typeof vi = {
  questions: {
    email: 'Email',
    activity: 'Activity',
    outcome: 'Outcome',
    staff: 'Staff taking part',
    children: 'Children taking part',
    parents: 'Parents taking part',
    others: 'Others taking part',
    achieved: 'What was achieved',
    evidenceLinks: 'Evidence links (photo album, post, video)',
    posts: 'Outreach posts made',
  },
  outcomes: { done: 'Done', postponed: 'Postponed', cancelled: 'Cancelled' },
  title: (week: string) => `Activity results – ${week}`,
  description:
    'For the owner of each activity: once it is over, tell the school how it went. ' +
    'The answers go into the Activities tab and the week’s report. Submit again to correct; the latest answer counts.',
  help: {
    activity: 'The link in your mail has your activity chosen already.',
    counts: 'A number only (e.g. 30). Leave empty if none.',
    achieved: 'A few sentences: what the activity achieved.',
    evidenceLinks: 'One link a line, starting with http:// or https://.',
    posts: 'One post a line: the channel, a colon, then the link. E.g. Facebook: https://facebook.com/…',
  },
  confirmation:
    'Thank you! The school has recorded the activity’s result. Submit the form again to correct it.',
  reasons: {
    unknownActivity: (value: string) =>
      `There is no activity "${value}" in the Activities tab: the result is kept but written to no activity.`,
    badCount: (question: string, value: string) =>
      `"${question}": "${value}" is not a number of people (write a number, e.g. 30); not counted in the report.`,
    badLink: (value: string) =>
      `"${value}" is not an http:// or https:// link: kept, but not written as evidence.`,
    badPost: (value: string) =>
      `The post "${value}" has no http:// or https:// link: kept, but not written to the Outreach tab.`,
    conflict: (field: string, typed: string, reported: string) =>
      `The Activities tab's "${field}" was typed by hand as "${typed}"; the reported "${reported}" was not written over it — please review and decide.`,
  },
  fields: { status: 'Status', resultNotes: 'Notes', evidence: 'Evidence' },
  notesAdded: (text: string) => `Result: ${text}`,
  postNote: (id: string) => `From the result of ${id}`,
  ask: {
    subject: (ids: readonly string[]) =>
      ids.length === 1
        ? `Please report the result of activity ${ids[0]}`
        : `Please report the results of ${ids.length} activities: ${ids.join(', ')}`,
    greeting: (name: string) => `Dear ${name},`,
    intro:
      'An activity you are responsible for is over. Please take a few minutes to tell the school how it went:',
    line: (id: string, title: string, url: string) => `${id} – ${title}: ${url}`,
    button: (id: string, title: string) => `Report ${id} – ${title}`,
    noLink: 'choose this activity id in the “Activity results” form',
    reminderSubject: 'Reminder: activity results are due before the report',
    reminderIntro: (when: string) =>
      `The school writes the week’s report at ${when}. These activities of yours have no result yet:`,
    closing: 'Thank you.',
  },
  progress: {
    missingHeading: (count: number) => `Activities over without a reported result: ${count}`,
    missingLine: (id: string, title: string, owner: string) => `${id} ${title} – ${owner}`,
    noOwner: '(no owner)',
    flaggedHeading: (count: number) =>
      `Activity results to review (differing from hand-typed cells, bad counts or links): ${count}`,
  },
};
