import { groupedInteger } from '../numbers';
import type { cli as vi } from '../vi/cli';

export const cli: typeof vi = {
  usage: `Usage: learning-week <command> [options]

Commands:
  init [options]           Create a new plan file (.xlsx) from the 2021 sample plan.
      --year YEAR          Year of the week (default 2021).
      --school "NAME"      The school's name.
      --theme "THEME"      The week's theme.
      --start YYYY-MM-DD   First day of the week (default 1 October of the year).
      --blank              Only Settings and empty tabs, no activities.
      --sample             Add a sample (fake) list of staff and families.
      --out FILE           File to create (default learning-week-YEAR.xlsx).
      --force              Overwrite an existing file (the old one is kept as FILE.bak).
      --language vi|en     Language of the new sheet (default vi).
  validate FILE            Check the plan, write the results into the file and print errors and warnings.
                           Exit code: 0 no errors, 1 errors, 2 the file cannot be opened.
  invite FILE [--families] Queue invitations in the Outbox for every active staff member
                           (--families: also families with an email). Running again queues nothing twice.
  drain FILE               Send the Outbox mail that is due, within the daily limit.
      --smtp URL           Really send through an SMTP server (or the SMTP_URL environment variable),
                           e.g. smtps://name:password@smtp.gmail.com:465.
                           Without it: each mail is written as an .eml file in out/mail/.
      --daily-limit N      Most recipients per day (default 100).
      --out FOLDER         Folder for the .eml files (default out/mail).
  outbox FILE              Print the Outbox's states and the number of mails in each state.
  respond FORM FILE        Import responses to the form attendance (opening), training
                           or nomination (studious families):
      --csv FILE.csv       a CSV file downloaded from Google Forms (Timestamp, Email Address, one column per question);
      --json FILE.json     one response or a list of responses as JSON (--json - : read standard input).
      --date-order dmy|mdy|ymd   the order of the submission times' dates when the file does not tell:
                           dmy 01/10/2021 (Vietnamese, UK spreadsheets), mdy 10/1/2021 (US).
  serve FILE               Serve the forms as web pages on this computer (no Google needed): answers
                           go straight into FILE, confirmations into the outbox. Ctrl+C stops it.
      --port PORT          Port to listen on (default: the port of "Local forms address", 8080).
      --host ADDRESS       Address to listen on (default 127.0.0.1: this computer only).
  forms FILE               Write previews of the three forms into out/forms/.
      --format html|markdown|json   json: print the three forms' structure (id, title, questions, choices).
      --out FOLDER         Folder for the previews (default out/forms).
  sync FILE                Write the week's calendar as .ics files in out/calendar/ (one per activity
                           with guests, plus the whole week in learning-week-YEAR.ics) and queue
                           invitations with the .ics for each guest in the Outbox. Running again creates
                           nothing twice; an edited activity alone is updated and reported.
      --dry-run            Only print the changes, write nothing.
      --out FOLDER         Folder for the .ics files (default out/calendar).
  reminders FILE           Queue calendar reminders for tomorrow's activities (after --now if given).
  report FILE              Write the week's report out/report/bao-cao-YEAR.docx and print its main figures.
      --at "DD/MM/YYYY HH:MM"  Build the report as at this time (default: now).
      --pdf                Add a PDF copy (needs LibreOffice).
      --out FOLDER         Folder for the report (default out/report).
  learning-week import PLAN [--out FILE] [--apply]
                           Read a plan document (.docx or .txt) into Settings and Activities and print
                           what was found (a wrong year, dates outside the week, undated activities…).
                           A new FILE is created (default learning-week-YEAR.xlsx); an existing one is
                           only shown what would change, and written with --apply.
  plan FILE [--out FOLDER] Write the school's plan document from Settings and Activities
                           (out/plan/ke-hoach-YEAR.docx, Decree 30/2020 layout).
  announce FILE [--out FOLDER]
                           Write a text to paste into the Zalo group of each class and staff group,
                           the school's Facebook post and website fragment, with each form's QR code
                           and A4 poster (out/announce/: .txt, .html, .svg, .png, .docx).
  commend FILE [--out FOLDER] [--pdf] [--mail] [--sent]
                           Write the commendation proposal into the Commendations tab; for the rows the
                           principal approved: the draft decision, the certificates from the templates
                           mau-giay-khen.docx, mau-giay-chung-nhan.docx beside FILE, and the letter to
                           the ward association (out/commendation/). --pdf: PDFs too (LibreOffice);
                           --mail: queue each certificate's mail; --sent: record the sent date.
  dashboard FILE [--out FILE.html]
                           Write the week's dashboard as one HTML page (default out/dashboard.html):
                           countdown, plan check, opening by group, training seats, families who
                           answered by class, nominations, results, outbox, log.
  google login [--client CLIENT.json] [--write] [--run]
                           Sign in to Google in the browser with the school's "Desktop app" OAuth
                           client (without --client: the client clasp stored). By default only view
                           scopes (spreadsheets.readonly, script.processes); --write adds editing
                           spreadsheets (for push --yes), --run the script's scopes (for run). Saves
                           the token in ~/.config/learning-week/google-token.json (0600).
  google logout            Delete the Google token saved on this computer.
  google pull SHEET [--out FILE.xlsx]
                           Download the whole live Google Sheet (link or id) into an .xlsx the commands
                           above open; one line per tab. Needs "google login" first (read-only scope
                           spreadsheets.readonly). Writes ID.xlsx by default.
  google push FILE SHEET [--yes]
                           Copy the plan tabs (Settings, People, Families, Activities, Outreach) of FILE
                           into the live Sheet: by default only print the cells that would change;
                           --yes writes them in one call (needs "google login --write").
  google logs [--failed] [--since 24h] [--script ID]
                           The script's recent executions (function, start, duration, status); the
                           script id comes from .clasp.json unless --script is given.
  google run FUNCTION [--script ID]
                           Run one of the script's functions ("API executable" deployment, "google login --run").
  district collect --sheets LIST [--out FILE.xlsx] [--report]
                           For the district office: read each school's report figures tab (LIST: a
                           text file, one Google Sheet link or id per line, # for comments) into FILE
                           (default district.xlsx): a row per school, a totals row and a "Not read" tab
                           with reasons. Exit 1 when some school was not read, 2 when none was
                           (nothing written). --report adds the office's .docx report (--authority,
                           --office, --place).
  purge FILE               Delete the families' personal data (Families, Nominations, Raw responses, families
                           signed up for training, mail to families) once the personal data retention period
                           (counted from the week's last day) is over; before that only print the date. Figures are kept.
      --dry-run            Only print what would be deleted, write nothing.
  week [--from DATE] [--to DATE] [--speed SECONDS] [--out FOLDER] [--daily-limit N] [--language vi|en]
                           Play the whole week on a simulated clock: setup, invitations, responses,
                           calendar, reminders, report; the summary goes to out/summary.json.
  demo                     What "npm start" does: "week" with the 2021 plan and the sample lists into out/.
  bench                    Measure performance: service calls per run at three school sizes, estimated
                           Apps Script time, local time and memory; writes out/bench.json, out/bench.md.
  help                     Print this help.

Common options:
  --now TIME               Use a fixed time instead of the machine's clock (e.g. 2021-10-05T08:00).
  --verbose                Print the run's log too.

Environment:
  LEARNING_WEEK_LANG=en    Print in English before a sheet is read (once read: the Settings' Language).`,
  weekUsage: `Usage: learning-week week [--from DATE] [--to DATE] [--speed SECONDS] [--out FOLDER] [--daily-limit N] [--language vi|en]
  Play the whole 2021 week (28/09 – 07/10) on the sample plan and sample lists, with a simulated clock.
  --from, --to     first/last day shown (dd/MM/yyyy); --to stops the week on that day
  --speed          real seconds per simulated day (0: fastest; default 0 when not a terminal or on CI)
  --out            output folder (default out)
  --daily-limit    recipients per day (default 100, the personal Gmail limit)
  --language       language of the sheet and the output: vi or en (default vi)`,
  cannotOpen: (file, reason) => `Cannot open the file ${file}: ${reason}`,
  cannotSave: (file, reason) => `Cannot save the file ${file}: ${reason}`,
  reasons: {
    missing: 'the file does not exist.',
    directory: 'this is a folder, not a file.',
    noPermission: 'no permission to read or write the file (or its folder).',
    busy: 'the file is open in another program (e.g. Excel). Close it and try again.',
    corrupt: 'the file is not a valid Excel workbook.',
    locked: (lockFile, owner) =>
      `another learning-week command is using the file (lock file ${lockFile}${owner ? `, held by process ${owner.pid} on ${owner.host} since ${owner.since}` : ''}). Wait until it is done and try again. If you are sure no learning-week command is running${owner ? ` on ${owner.host}` : ''} (the last one was killed), delete ${lockFile} and run again.`,
    other: (message) => `unexpected error (${message}).`,
    nameTooLong:
      'the file name or path is too long. Choose a shorter name (under 200 characters) or a folder nearer the top.',
    notAFolder: (path) =>
      `${path} is a file, not a folder. Choose a folder (or a name not yet used) for the output.`,
    diskFull: 'the disk is full (or over quota). Free some space and run again; the old file is intact.',
    readOnlyDisk: 'the disk is read-only. Copy the file to another disk and run again.',
    tooManyFiles: 'too many files are open. Close some programs and run again.',
    readOnlyFile:
      'the file is read-only (no permission to write). Remove the read-only mark (e.g. chmod u+w FILE) and run again; nothing was changed.',
    readOnlyFolder: (folder) =>
      `the folder ${folder} is read-only (no permission to write). Allow writing or choose another folder; nothing was changed.`,
    otherFile: (path, reason) => `${reason} (file ${path})`,
  },
  cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}`,
  cannotRead: (path, reason) => `Cannot read ${path}: ${reason}`,
  outNotAFolder: (path) =>
    `Cannot use --out ${path}: it is a file, not a folder. Choose a folder (or a name not yet used); nothing was changed.`,
  unexpectedFailure: (message) =>
    `Unexpected error: ${message}. Run again with --verbose for the technical details.`,
  smtp: {
    badUrl: (source, url) =>
      `The mail server address ${source} "${url}" is not valid: write it as smtps://name:password@smtp.gmail.com:465 or smtp://server:587. No mail was sent.`,
    noHost: (source, url) =>
      `The mail server address ${source} "${url}" has no server name: write it as smtps://name:password@smtp.gmail.com:465. No mail was sent.`,
    badPort: (source, url) =>
      `The port of the mail server ${source} "${url}" is not valid: use a number from 1 to 65535 (usually 465 or 587). No mail was sent.`,
    unreachable: (server, reason) =>
      `Cannot connect to the mail server ${server} (${reason}). The mails are still "waiting" and today's quota is untouched; check the --smtp address and the network, then run drain again.`,
    refused: 'the server refused the connection',
    timedOut: (seconds) => `no answer after ${seconds} seconds`,
    unknownHost: 'the server name was not found',
    badLogin: 'wrong user name or password',
    tls: 'secure connection (TLS) failed; check smtps:// versus smtp:// and the port',
  },
  alreadyExists: (file) =>
    `The file ${file} already exists. Use --force to overwrite it (the old one is kept as ${file}.bak).`,
  badAt: (text) =>
    `The time --at "${text}" is not valid: write it as "07/10/2021 17:00" (school time) or just the day "07/10/2021".`,
  badNow: (text) =>
    `The time --now "${text}" is not valid: write it as 2021-10-05T08:00 (school time) or with a time zone, e.g. 2021-10-05T08:00+07:00.`,
  args: {
    districtUsage:
      'Usage: learning-week district collect --sheets LIST.txt [--out FILE.xlsx] [--report --authority "UBND QUẬN 1" --office "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" --place "Quận 1"] (LIST: one school\'s Google Sheet link or id per line).',
    googleUsage:
      'Usage: learning-week google login --client CLIENT.json [--write] [--run] | logout | pull SHEET [--out FILE.xlsx] | push FILE.xlsx SHEET [--yes] | logs [--failed] [--since 24h] [--script ID] | run FUNCTION [--script ID] (SHEET: a Google Sheet link or id).',
    needsOneFile: (command) =>
      `The ${command} command needs exactly one .xlsx file, e.g.: learning-week ${command} plan.xlsx`,
    noCommand: (name) => `There is no command "${name}".`,
    badYear: (year) => `The year "${year}" is not valid: write four digits, e.g. --year 2024.`,
    badStart: (start) =>
      `The start date "${start}" is not valid: write it as YYYY-MM-DD, e.g. --start 2024-10-01.`,
    emptyOption: (option) => `The option --${option} must not be empty.`,
    badLimit: (limit, min, max) =>
      `The limit "${limit}" is not valid for --daily-limit: write the number of recipients per day, a whole number from ${groupedInteger(min, 'en')} to ${groupedInteger(max, 'en')}, e.g. --daily-limit 100.`,
    badFormat: (format) => `The format "${format}" is not valid: use --format markdown, html or json.`,
    badLanguage: (language) => `The language "${language}" is not valid: use --language vi or en.`,
    respondForm:
      'The respond command needs a form name (attendance, training, nomination or result) and one .xlsx file, e.g.: learning-week respond training plan.xlsx --csv responses.csv',
    respondSource:
      'The respond command needs exactly one source of responses: --csv FILE.csv or --json FILE.json (or --json - to read standard input).',
    badDateOrder: (value) =>
      `The option --date-order takes dmy (day/month/year), mdy (month/day/year) or ymd (year/month/day), not "${value}".`,
    unknownOption: (option) => `There is no option "${option}".`,
    needsValue: (option) => `The option "${option}" needs a value.`,
    needsValueLike: (option, example) => `The option "${option}" needs a value, e.g. ${option} ${example}.`,
    valueExamples: {
      out: 'results',
      initOut: 'plan.xlsx',
      year: '2024',
      school: '"Rose Kindergarten"',
      theme: '"Lifelong learning"',
      start: '2024-10-01',
      language: 'en',
      now: '2021-10-05T08:00',
      'daily-limit': '100',
      speed: '0.5',
      from: '28/09/2021',
      to: '07/10/2021',
      smtp: 'smtps://name:password@smtp.gmail.com:465',
      format: 'html',
      at: '"07/10/2021 17:00"',
      csv: 'responses.csv',
      json: 'responses.json',
    },
    unexpected: (text) => `"${text}" is not understood.`,
    unparsable: 'The command’s arguments are not understood.',
    badDay: (text) => `Not a valid date: ${text}`,
    badSpeed: (text) =>
      `The speed --speed "${text}" is not valid: write the real seconds per day, 0 or more (0: fastest), e.g. --speed 0.5.`,
  },
  init: {
    created: (file, tabs, activities, people, families) =>
      `Created ${file}: ${tabs} tabs, ${activities} activities, ${people} staff, ${families} families.`,
    next: (file) =>
      `Next: open the file, edit Settings and Activities, then run: learning-week validate ${file}`,
  },
  findings: {
    tab: (tab) => `Tab "${tab}":`,
    wholeTab: 'the whole tab',
  },
  week: {
    title: 'Lifelong Learning Week 2021 – a trial run of the whole week (simulated clock)',
    sent: (count) => `${count} mails sent`,
    deferred: (count) => `${count} mails waiting for the next day's limit`,
    failed: (count) => `${count} mails failed`,
    duplicates: (count) => `${count} duplicates`,
    flagged: (count) => `${count} to review`,
    responses: (count, extra) => `${count} responses${extra ? ` (${extra})` : ''}`,
    reminders: (count) => `${count} calendar reminders`,
    calendarChanges: (count) => `calendar: ${count} changes`,
    invitationsQueued: (count) => `${count} invitations queued`,
    reportWritten: 'report written',
    movedLater: (id, from, to, day) => `${id} moved an hour later (${from}–${to} on ${day})`,
    cancelled: (id) => `${id} cancelled`,
  },
  summary: {
    met: (met) => (met ? 'met' : 'not met'),
    activities: 'Activities in the plan',
    peopleFamilies: 'Staff / families',
    planCheck: 'Plan check',
    findings: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
    calendarEvents: 'Calendar events (.ics)',
    calendar: (events, cancelled, guests) => `${events} events, ${cancelled} cancelled, ${guests} guests`,
    queued: 'Mails queued in the Outbox',
    sent: '  sent',
    deferred: '  still waiting (limit, retry)',
    failed: '  failed / to check',
    sentLater: '  sent on a later day (limit reached)',
    sentLaterValue: (count, limit) => `${count} (limit ${limit} recipients/day)`,
    responses: 'Form responses',
    responsesValue: (received, duplicates, flagged) =>
      `${received} received, ${duplicates} duplicates, ${flagged} to review`,
    opening: (target) => `Opening (target ${target})`,
    openingValue: (registered, present, staff, met) =>
      `${registered}/${staff} signed up, ${present}/${staff} present – ${met}`,
    nominations: 'Nominations "Studious family"',
    nominationsValue: (total, withConsent, withoutConsent) =>
      `${total} (${withConsent} agree to share, ${withoutConsent} have not agreed)`,
    report: 'Report',
    noReport: 'not built',
    workbook: 'Plan file',
    unlimited: (seated) => `${seated} (no limit)`,
    heading: 'The week in figures',
    figureHeaders: ['Item', 'Figure'],
    sessionHeaders: ['Id', 'Training / talk', 'Seats', 'Waiting'],
    files: (outDir) =>
      `Mail (.eml): ${outDir}/mail · Calendar (.ics): ${outDir}/calendar · Figures: ${outDir}/summary.json`,
  },
  forms: {
    written: (count) => `Wrote ${count} form previews:`,
    linked: (file) => `The links to the previews are written in the Settings tab of ${file}.`,
  },
  reminders: {
    drainHint: 'Run "learning-week drain" to send the reminders.',
  },
  purge: {
    wouldDelete: 'Would delete:',
    runAgain: (command) => `Run again without --dry-run to delete: ${command}`,
    backupReplaced: (backup) =>
      `The backup ${backup} has also been replaced by the purged file. ` +
      'If there are other copies of the file (another computer, mail, USB stick…), delete them yourself.',
  },
  respond: {
    unusable: (source, reason) => `Cannot use ${source}: ${reason}`,
    file: (path) => `the file ${path}`,
    stdin: 'the standard input',
    fileIssue: (issue) => `Note on the file: ${issue}`,
    recorded: (count) => `Recorded: ${count}`,
    duplicates: (count) => `Duplicates (already there, skipped): ${count}`,
    flagged: (count) => `To review: ${count}`,
    keptForReview: (now, before) =>
      `CSV rows that could not become responses, kept in "Raw responses" for review: ${now}${before > 0 ? ` (and ${before} kept by an earlier import)` : ''}`,
  },
  sync: {
    preview: 'Preview of the calendar changes (nothing written yet):',
    events: (events, guests, cancelled) =>
      `Events: ${events}; guests: ${guests}${cancelled > 0 ? `; cancelled: ${cancelled}` : ''}.`,
    weekFeed: (file) => `The whole week's calendar: ${file}`,
    mailsQueued: (queued, already) =>
      `New calendar invitations queued in the Outbox: ${queued}` +
      (already > 0 ? ` (${already} mails were already there)` : '') +
      (queued > 0 ? '. Run "learning-week drain" to send them.' : '.'),
  },
  invite: {
    queued: (count) => `New invitations queued in the Outbox: ${count}`,
    alreadyQueued: (count) => `Invitations already there (not queued again): ${count}`,
  },
  drain: {
    sent: (count) => `Sent: ${count}`,
    deferred: (count) => `Deferred to tomorrow (today's limit reached): ${count}`,
    failed: (count) => `Failed: ${count}`,
    retrying: (count) => `Temporary errors, will retry: ${count}`,
    needsReview: (count) => `To check: ${count}`,
    recovered: (count) =>
      `The previous send was interrupted: ${count} mails were settled from the send journal`,
    remaining: (count) => `Still waiting in the Outbox: ${count}`,
    emlWritten: (dir) => `Mails written as .eml files in ${dir}`,
  },
  outbox: {
    headers: ['Row', 'Key', 'Recipients', 'Status', 'Attempts', 'Retry at', 'Done at', 'Last error'],
    stateHeaders: ['Status', 'Mails'],
    damagedRow: (row, code) =>
      `Row ${row} of the Outbox is damaged (${code}): skipped; fix or delete this row.`,
    total: (line) => `Total: ${line}.`,
  },
  report: {
    written: (path) => `Report written: ${path}`,
    pdf: (path) => `PDF copy: ${path}`,
    preview: 'Note: PREVIEW – the week is not over yet, the figures may still change.',
  },
};
