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
      `Open this link in a browser, sign in to Google and allow viewing spreadsheets and the Apps Script run history (read-only):\n${url}`,
    openLinkToEdit: (url: string) =>
      `Open this link in a browser, sign in to Google and allow the permissions listed (including editing):\n${url}`,
    saved: (path: string) => `Signed in to Google; the token is saved in ${path} (readable by you only).`,
    timedOut:
      'Waited 5 minutes and the browser did not come back: run "learning-week google login" again; nothing was written.',
    denied:
      'You did not allow learning-week to view spreadsheets: nothing was written. Run "learning-week google login" again when ready.',
    badAnswer:
      'The browser brought back an answer that does not match this sign-in: run "learning-week google login" again; nothing was written.',
    tokenRefused: (message: string) =>
      `Google did not grant a token (${message}): run "learning-week google login" again; nothing was written.`,
    noClient: (claspRc: string) =>
      `An OAuth client file is needed: run "learning-week google login --client client_secret_….json" (from Google Cloud, type "Desktop app"); no client stored by clasp was found in ${claspRc} either.`,
    badClientFile: (file: string) =>
      `${file} is not an OAuth client file from Google Cloud (it needs "client_id"; type "Desktop app"): download client_secret_….json again.`,
    page: {
      done: 'Signed in. You can close this page and go back to the terminal.',
      failed: 'Not signed in. See the message in the terminal.',
    },
  },
  logout: {
    done: (path: string) =>
      `Signed out: ${path} is deleted. To revoke the access granted, go to myaccount.google.com/permissions.`,
    none: (path: string) => `Not signed in to Google (there is no ${path}): nothing to delete.`,
    failed: (path: string, reason: string) => `Cannot delete ${path}: ${reason}.`,
  },
  push: {
    noPlanTabs: (file: string) =>
      `${file} has no plan tab (Settings, People, Families, Activities, Outreach): nothing to push.`,
    needsWrite:
      'The Google sign-in may only view spreadsheets: run "learning-week google login --client CLIENT.json --write" to allow editing, then run again; nothing was written.',
    forbiddenWrite:
      'the signed-in Google account may view this spreadsheet but not edit it; ask whoever manages it to share it with edit access',
    failed: (sheet: string, reason: string) =>
      `Cannot push to the spreadsheet ${sheet}: ${reason}. Nothing was written.`,
    tab: (tab: string, cells: number) => `  ${tab}: ${cells} cells change`,
    cell: (at: string, before: string, after: string) => `    ${at}: “${before}” → “${after}”`,
    more: (count: number) => `    … and ${count} more cells`,
    empty: '(empty)',
    same: 'The plan tabs of the Google Sheet are the same as the file: nothing to write.',
    preview: (cells: number, tabs: number) =>
      `Preview: ${cells} cells in ${tabs} tabs would change; nothing was written. Run again with --yes to write.`,
    written: (cells: number, tabs: number, sheet: string) =>
      `Wrote ${cells} changed cells into ${tabs} tabs of the spreadsheet ${sheet}.`,
  },
  script: {
    forbidden:
      'Google refused: the signed-in account has no access to this script, or the Apps Script API is not turned on at script.google.com/home/usersettings',
    noScript:
      'The school\'s Apps Script id is unknown: run the command in the folder holding .clasp.json (made by "npm run create"), or give --script SCRIPT-ID; nothing was written.',
    badScript: (text: string) =>
      `“${text}” is not the id or link of an Apps Script project (like https://script.google.com/home/projects/ID/edit).`,
  },
  logs: {
    badSince: (text: string) =>
      `--since “${text}” is not valid: give hours or days (24h, 3d), a day (2021-10-01) or a time (2021-10-01T07:30).`,
    failed: (script: string, reason: string) =>
      `Cannot read the executions of the script ${script}: ${reason}.`,
    header: 'Started (Vietnam time) | Function | Duration | Status',
    row: (start: string, fn: string, seconds: string, status: string) =>
      `${start} | ${fn} | ${seconds} | ${status}`,
    seconds: (n: number) => `${n.toFixed(1)} s`,
    count: (n: number, since: string) => `${n} executions since ${since}.`,
    none: (since: string) => `The script has not run since ${since}.`,
    noFailures: (since: string) => `No execution failed since ${since}.`,
    statuses: {
      COMPLETED: 'completed',
      FAILED: 'failed',
      TIMED_OUT: 'timed out',
      CANCELED: 'canceled',
      RUNNING: 'running',
      PAUSED: 'paused',
      DELAYED: 'delayed',
      EXECUTION_DISABLED: 'execution disabled',
      UNKNOWN: 'unknown',
    },
  },
  run: {
    needsRunScopes:
      'The Google sign-in lacks the permissions the script uses: run "learning-week google login --client CLIENT.json --run" and try again; nothing was run.',
    notExecutable:
      'Google finds no script to run: the script must be deployed as an "API executable" and the OAuth client must belong to the script\'s Google Cloud project (see the README)',
    scriptError: (type: string, message: string) => `the script failed with ${type}: ${message}`,
    failed: (fn: string, reason: string) => `Cannot run ${fn}: ${reason}.`,
    done: (fn: string) => `Ran ${fn}.`,
    returned: (fn: string, result: string) => `Ran ${fn}; result: ${result}`,
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
    noFiguresTab: (tab: string, english: string) =>
      `the spreadsheet has no “${english}” tab (in Vietnamese: “${tab}”); the school has not made its report of the week yet`,
    emptyTab: (tab: string) =>
      `the “${tab}” tab has no figures yet (the school has not made its week report)`,
    nothingRead: (file: string) => `No school's figures could be read; ${file} was not written.`,
    written: (file: string, read: number, failed: number) =>
      `Wrote ${file}: ${read} schools with figures${failed > 0 ? `, ${failed} not read (see the “Not read” tab)` : ''}.`,
    report: {
      office: 'EDUCATION AND TRAINING OFFICE',
      number: '……/BC-PGDĐT',
      subtitle: (year: string) => `The schools' Lifelong Learning Week ${year}: district summary`,
      documentTitle: (year: string) => `District report, Lifelong Learning Week ${year}`,
      intro: (read: number, notRead: number) =>
        `The Education and Training Office adds up the “Report figures” tab of ${read} schools${notRead > 0 ? `; ${notRead} schools have no figures yet (see III)` : ''}.`,
      totalsTitle: 'District totals',
      totalsHeader: ['Figure', 'Total'],
      source: (schools: number) => `Source: the “Report figures” tab of ${schools} schools.`,
      schoolsTitle: 'School by school',
      school: 'School',
      chartCaption: 'Chart: activities planned and done, school by school',
      chart: {
        title: 'Activities by school',
        category: 'School',
        value: 'Activities',
        planned: 'Planned',
        done: 'Done',
      },
      notReadTitle: 'Schools without figures',
      recipients: ['- The schools of the district;', '- Archive.'],
      signerTitle: 'HEAD OF OFFICE',
      written: (file: string) => `Wrote the district report ${file}.`,
    },
    summaryTab: 'Summary',
    failuresTab: 'Not read',
    school: 'School',
    sheetId: 'Spreadsheet id',
    total: (schools: number) => `Total (${schools} schools)`,
    failureHeader: ['Line in the list', 'School or spreadsheet', 'Reason'],
  },
};
