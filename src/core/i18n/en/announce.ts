import type { announce as vi } from '../vi/announce';

export const announce: typeof vi = {
  asks: {
    attendance: 'Please confirm whether you will attend the opening ceremony',
    training: 'Sign up for the training sessions and talks',
    nomination: 'Nominate a "Studious family" of the class',
  },
  classGreeting: (className) => `Dear parents of class ${className},`,
  groupGreeting: (group) => `Dear colleagues of ${group},`,
  everyoneGreeting: 'Dear parents and colleagues,',
  intro: (school, theme, from, to) =>
    `${school} holds the Lifelong Learning Week (${from} – ${to})${theme ? `, on "${theme}"` : ''}.`,
  link: (url) => `👉 Tap here: ${url}`,
  noLink:
    '(The form has no link yet: make the Google form (Setup) or paste its link into Settings, then make the announcements again.)',
  deadline: (when) => `By ${when}.`,
  thanks: (school) => `Thank you! — ${school}`,
  poster: {
    week: (year) => `LIFELONG LEARNING WEEK ${year}`,
    theme: (theme) => `Theme: “${theme}”`,
    scan: "Scan the QR code with Zalo or your phone's camera",
    slogan: '“Learn at school, from books, from each other and from the people”',
  },
  doc: {
    title: (year, school) => `Announcements and QR codes – Lifelong Learning Week ${year} – ${school}`,
    zaloHeading: 'Messages for the Zalo groups',
    postsHeading: "The school's Facebook and website posts",
    textHeading: (form, audience) => `${form} – ${audience}`,
    made: (url, posters, texts) =>
      `Announcements made: ${posters} posters with QR codes (one a page, print on A4) and ${texts} Zalo messages.\nOpen the document: ${url}`,
  },
  posts: {
    headline: (year) => `📣 Lifelong Learning Week ${year}`,
    hashtags: (year) => `#LifelongLearning #LifelongLearningWeek${year}`,
  },
  written: (count, dir) => `Wrote ${count} announcement and QR code files in ${dir}.`,
  missingLink: (form) =>
    `The form “${form}” has no link a phone can open: its announcements are made, without a QR code. ` +
    'The preview on this computer ("forms") will not do; make the Google form (Setup) or paste its link into Settings.',
  tooLong: (form) =>
    `The link of the form “${form}” is too long for a QR code: use a short link in Settings.`,
  noClass: (count) =>
    `${count} families have no class: they are in the general announcement "Parents (no class)".`,
  unclassed: 'Parents (no class)',
  answers: {
    heading: 'Parents who have answered (opening, training), by class:',
    line: (name, answered, total) => `${name}: ${answered}/${total} families have answered`,
    unlisted: 'not in the Families list',
    unlistedLine: (name, answered) =>
      `${name}: ${answered} families have answered (not in the Families list)`,
    unclassed: (count) =>
      `${count} parents answered without a class (their email is not in the Families tab)`,
    zalo: (answered, total) => `So far ${answered}/${total} families of the class have answered.`,
    zaloUnclassed: (answered, total) => `So far ${answered}/${total} families without a class have answered.`,
  },
};
