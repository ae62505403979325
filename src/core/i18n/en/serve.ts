import type { serve as vi } from '../vi/serve';

export const serve: typeof vi = {
  source: 'Form on this computer',
  page: {
    send: 'Send my answers',
    requiredNote: 'Questions marked * are required.',
    other: 'Other:',
    otherText: 'Your other choice',
    choose: '— Choose —',
    localNote: "The school's own form on this computer: answers go straight into the plan file.",
  },
  confirmation: {
    heading: 'Your answers are recorded',
    duplicate: 'These answers were already recorded; nothing was recorded twice.',
    flagged: 'Your answers are recorded, but the school needs to look at them:',
    yours: 'Your answers (shown only on this page):',
    blank: '(left blank)',
    again: 'Back to the forms',
  },
  index: {
    title: 'Forms of the week',
    intro: 'Choose a form to answer. Answers are written into the plan file on this computer.',
    dashboard: "The week's dashboard (opens on this computer only)",
  },
  problem: {
    dashboardLocalTitle: "The dashboard opens on the school's computer only",
    dashboardLocal:
      "The dashboard holds the whole school's figures, so it opens only on the computer running learning-week serve.",
    nothingRecorded: 'Nothing was recorded.',
    back: 'Open the form again',
    badTokenTitle: 'This form page is old or was changed',
    badToken:
      "The form page's code is not valid (the page was open too long, the server restarted, or it was changed). Open the form again and send it again.",
    tooLargeTitle: 'Too much was sent',
    tooLargeText: (kb: number) => `One submission may hold at most ${kb} KB.`,
    tooLongTitle: 'An answer is too long',
    tooLong: (question: string, limit: number) => `"${question}" takes at most ${limit} characters.`,
    missingTitle: 'An answer is missing',
    missing: (question: string) => `"${question}" is required.`,
    notAChoiceTitle: 'Not a choice of the form',
    notAChoice: (question: string, value: string) => `"${question}": "${value}" is not one of its choices.`,
    badEmailTitle: 'The email address is not right',
    badEmail: (value: string) => `"${value}" is not an email address.`,
    notFoundTitle: 'No such page',
    notFound: 'This address is not one of the week’s forms. Open the list of forms.',
    tooManyTitle: 'Too many submissions',
    tooMany: (seconds: number) =>
      `This computer sent many answers in a row. Wait ${seconds} seconds and send again.`,
    busyTitle: 'Your answers are not recorded yet',
    busy: 'The plan file is busy or cannot be written. Send again in a few minutes.',
    failedTitle: 'The server had a problem',
    failed: 'The server failed on this page. Try again in a few minutes.',
  },
  cli: {
    listening: (url: string) => `Serving the forms at ${url} (press Ctrl+C to stop).`,
    form: (title: string, url: string) => `  ${title}: ${url}`,
    network: (host: string) =>
      `Warning: the server listens on ${host}, so anyone on the same network can open the forms and send answers.`,
    addressDiffers: (address: string, url: string) =>
      `Note: invitations and QR codes point to ${address} (Settings "Local forms address"), but the server listens at ${url}.`,
    recorded: (count: number, file: string) => `Recorded ${count} answers in ${file}.`,
    stopped: (file: string) => `Stopped. Every confirmed answer is in ${file}.`,
    badPort: (value: string) => `--port needs a number from 0 to 65535, not "${value}".`,
    needsFile:
      'serve needs exactly one .xlsx file, for example: learning-week serve out/learning-week-2021.xlsx',
    portInUse: (port: number) => `Port ${port} is in use; choose another with --port.`,
  },
};
