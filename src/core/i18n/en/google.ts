import type { Catalogue } from '../vi';

export const google: Catalogue['google'] = {
  reasons: {
    unauthorised:
      'the Google sign-in has expired or was revoked; run "learning-week google login" and try again',
    forbidden:
      'the signed-in Google account may not view this spreadsheet; ask whoever manages it to share it with view access',
    notFound: 'there is no spreadsheet with this id; check the link',
    noTab: (tab: string) => `the spreadsheet has no “${tab}” tab`,
    quota:
      'Google says the access quota is spent; waited and tried again a few times; run again in a few minutes',
    server: (status: number) =>
      `Google's server failed (code ${status}), tried again a few times; run again later`,
    network: (code: string) => `cannot reach Google's servers (${code}); check the Internet connection`,
    other: (message: string) => `Google answered with an unexpected error (${message})`,
  },
  noToken: (path: string) =>
    `Not signed in to Google: there is no ${path}. Run "learning-week google login" and try again; nothing was written.`,
  tokenTooOpen: (path: string) =>
    `The Google sign-in file ${path} can be read by other users of this computer: run "chmod 600 ${path}" and try again; nothing was written.`,
  tokenUnreadable: (path: string) =>
    `Cannot read the Google sign-in file ${path}: run "learning-week google login" again; nothing was written.`,
  badSheet: (text: string) =>
    `“${text}” is not the link or id of a Google Sheet (like https://docs.google.com/spreadsheets/d/ID/edit).`,
  login: {
    openLink: (url: string) =>
      `Open this link in a browser, sign in to Google and allow viewing spreadsheets (read-only):\n${url}`,
    saved: (path: string) => `Signed in to Google; the token is saved in ${path} (readable by you only).`,
    timedOut:
      'Waited 5 minutes and the browser did not come back: run "learning-week google login" again; nothing was written.',
    denied:
      'You did not allow learning-week to view spreadsheets: nothing was written. Run "learning-week google login" again when ready.',
    badAnswer:
      'The browser brought back an answer that does not match this sign-in: run "learning-week google login" again; nothing was written.',
    tokenRefused: (message: string) =>
      `Google did not grant a token (${message}): run "learning-week google login" again; nothing was written.`,
    badClientFile: (file: string) =>
      `${file} is not an OAuth client file from Google Cloud (it needs "client_id"; type "Desktop app"): download client_secret_….json again.`,
    page: {
      done: 'Signed in. You can close this page and go back to the terminal.',
      failed: 'Not signed in. See the message in the terminal.',
    },
  },
  pull: {
    failed: (sheet: string, reason: string) =>
      `Cannot download spreadsheet ${sheet}: ${reason}. Nothing was written.`,
    tab: (tab: string, rows: number) => `  ${tab}: ${rows} rows`,
    written: (file: string, tabs: number) => `Wrote ${file}: ${tabs} tabs.`,
  },
  district: {
    listEmpty: (file: string) =>
      `The list ${file} names no spreadsheet: write one school's Google Sheet link or id per line.`,
    badLine: (line: number, text: string) =>
      `Line ${line} of the list: “${text}” is not the link or id of a Google Sheet.`,
    notASheet: 'not the link or id of a Google Sheet',
    duplicate: (first: number) => `same as line ${first}, read once`,
    schoolFailed: (line: number, school: string, reason: string) => `Line ${line} (${school}): ${reason}.`,
    emptyTab: (tab: string) =>
      `the “${tab}” tab has no figures yet (the school has not made its week report)`,
    nothingRead: (file: string) => `No school's figures could be read; ${file} was not written.`,
    written: (file: string, read: number, failed: number) =>
      `Wrote ${file}: ${read} schools with figures${failed > 0 ? `, ${failed} not read (see the “Not read” tab)` : ''}.`,
    summaryTab: 'Summary',
    failuresTab: 'Not read',
    school: 'School',
    sheetId: 'Spreadsheet id',
    total: (schools: number) => `Total (${schools} schools)`,
    failureHeader: ['Line in the list', 'School or spreadsheet', 'Reason'],
  },
};
