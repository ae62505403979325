import { groupedInteger } from '../numbers';
import type { forms as vi } from '../vi/forms';

type StampProblem = Parameters<typeof vi.imports.csvBadTimestamp>[1];
type StampOrder = NonNullable<Parameters<typeof vi.imports.csvBadTimestamp>[3]>;

const ORDER_NAMES: Record<StampOrder, string> = {
  dmy: 'day/month/year',
  mdy: 'month/day/year',
  ymd: 'year/month/day',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const separatorName = (separator: string): string => (separator === '\t' ? 'tab' : `"${separator}"`);

function timestampProblem(problem: StampProblem, value: string, order: StampOrder | undefined): string {
  switch (problem) {
    case 'empty':
      return 'the submission time is empty';
    case 'format':
      return `the submission time "${value}" cannot be read`;
    case 'date':
      return `"${value}" is not a real date${order ? ` (as ${ORDER_NAMES[order]})` : ''}`;
    case 'time':
      return `the time in "${value}" is not valid`;
    case 'zone':
      return `the time zone "${value}" is unknown (GMT+7 is expected)`;
    case 'order':
      return order
        ? `"${value}" is not written as ${ORDER_NAMES[order]}`
        : `"${value}" reads both as day/month and as month/day (--date-order dmy or mdy is needed)`;
  }
}

export const forms: typeof vi = {
  defaults: {
    governingBody: "the District People's Committee",
    wardAssociation: 'the ward study promotion association',
  },
  weekTitle: (year) => `Lifelong Learning Week${year ? ` ${year}` : ''}`,
  questions: {
    email: 'Email',
    name: 'Full name',
    group: 'Group',
    childClass: "Your child's class (parents)",
    intent: 'I want to',
    mode: 'How I attend',
    who: 'I am',
    sessions: 'Training sessions / talks I want to attend',
    pledges: 'Longer courses I sign up for this year',
    nominator: 'Your full name (nominator)',
    relation: 'Your relation to the nominated family',
    family: "Full name of the family's representative",
    child: "Child's full name",
    className: 'Class',
    address: 'Address (in the ward)',
    achievements: "The family's achievements and example in learning",
    evidence: 'Link to evidence (photos, certificates…)',
    consent: 'Consent to share with the ward study promotion association',
  },
  choices: {
    intents: { register: 'Sign up to attend', present: 'Check in (I am here)' },
    who: { staff: 'School staff', parent: 'Parent', resident: 'Local resident' },
    pledges: {
      it: 'Computer skills',
      languages: 'Foreign languages',
      masters: "Master's degree",
      management: 'School management training',
      headOfDepartment: 'Head of department training',
    },
    relations: {
      classParent: 'Parent in the same class',
      teacher: 'Teacher',
      neighbour: 'Neighbour / local resident',
      ownFamily: 'My own family',
    },
    modes: {
      hall: (governingBody) => `In the hall of ${governingBody}`,
      school: "At the school's video link",
      home: 'Online from home',
    },
    consentYes: (ward) => `I agree to share this nomination with ${ward}`,
    consentNo: 'No, I do not agree',
  },
  attendance: {
    title: (week) => `Opening ceremony of the “${week}”`,
    when: (day, time) => ` on ${day} at ${time}`,
    description: (governingBody, when) =>
      `The opening ceremony is held online by ${governingBody}${when}, ` +
      `in the hall of ${governingBody} and at linked venues. ` +
      'Sign up beforehand so the school can prepare its video link; during the ceremony, send this form again to check in.',
    target: (target) => ` Target: at least ${target} % of staff attend.`,
    emailHelp: "Use your school email address to be counted among the school's staff.",
    confirmation:
      'Thank you! The school has recorded your answer. A confirmation will be sent to your email; to change it, send the form again — the last one counts.',
  },
  training: {
    title: (week) => `Training sessions and talks – ${week}`,
    description:
      'Free training sessions and talks during the week, for school staff, parents and local residents. ' +
      'Each session has limited seats, given in the order answers arrive; a confirmed seat is never taken back. Send the form again to change your choice.',
    emailHelp: 'Your seat or your place on the waiting list will be confirmed at this address.',
    sessionsHelp:
      'You can still choose a full session: you join the waiting list and get an email when a seat frees up.',
    noSessions: 'No sessions are scheduled yet.',
    confirmation:
      'Thank you! Your seat (or your place on the waiting list) will be sent by email. To change sessions, send the form again.',
  },
  nomination: {
    title: (year) => `“Studious family” nominations ${year}`.trim(),
    description: (ward) =>
      `Put forward an exemplary family of the ward for the school to review and recommend to ${ward} for recognition. ` +
      'Only the school leadership sees this information, and it is deleted after the retention period.',
    emailHelp: "The nominator's email, so the school can get in touch if needed.",
    evidenceHelp: 'Paste a Google Drive or web link, if you have one.',
    consentHelp: 'Only nominations with consent are sent to the study promotion association.',
    confirmation: 'Thank you for your nomination! The school leadership will review it and reply by email.',
  },
  seats: {
    full: 'full – join the waiting list',
    left: (count) => (count === 1 ? '1 seat left' : `${count} seats left`),
    seated: (id) => `${id}: seat`,
    waiting: (id, position) => `${id}: waiting no. ${position}`,
    detailLabel: (id) => `Seat ${id}`,
    detailSeated: 'you have a seat',
    detailWaiting: (position) =>
      `waiting list, place no. ${position} – we will tell you when a seat frees up`,
  },
  childClassHelp: "Parents: choose your child's class (or type it). Staff: leave it empty.",
  /** The raw copy's source of the demo week's responses. */
  sampleSource: 'Sample',
  noGroup: '(no group)',
  csvColumn: (index) => `(column ${index})`,
  reasons: {
    'required.missing': (question) => `Required answer missing: "${question}".`,
    'email.missing': 'Email address missing.',
    'email.invalid': (value) => `Invalid email address: "${value}".`,
    'choice.unknown': (question, value) => `"${value}" is not a choice of "${question}".`,
    'session.unknown': (value) => `Session "${value}" is no longer in the activities (renamed or deleted?).`,
    'session.cancelled': (id, title) => `Session ${id} "${title}" was cancelled.`,
    'form.closed': (closedAt) => `The form closed at ${closedAt}; this response came later.`,
    'nomination.noConsent': 'No consent to share with the ward association: kept, never sent.',
    'response.noAnswers': 'The response has no answers.',
    'text.formulaNeutralised': (question) =>
      `"${question}" started with a formula character: kept as text with a '.`,
    'text.truncated': (question, max) =>
      `"${question}" is longer than ${max} characters: the cell keeps the start.`,
    'text.invisibleRemoved': (question) => `"${question}" had invisible characters: removed.`,
    'answer.unknownQuestion': (question) =>
      `"${question}" is not a question of the form: kept in the raw copy only.`,
    'class.fromFamilies': (className) =>
      `Class left empty: taken as "${className}", the class of the family with the same email in the Families tab.`,
  },
  progress: {
    attendance: (count, total, registered, percent, met, target, needed) =>
      `${count}/${total} staff ${registered ? 'registered for the opening' : 'attended the opening'} (${percent}) – ${
        met ? `target ${target} met` : `${needed} more needed to reach ${target}`
      }`,
  },
  preview: {
    types: {
      text: 'short answer',
      email: 'email address',
      paragraph: 'paragraph',
      multipleChoice: 'multiple choice',
      checkbox: 'checkboxes',
      list: 'drop-down list',
    },
    type: (type) => `Type: ${type}`,
    required: ' (required)',
    emailNote: "The form records the respondent's email address itself.",
    other: 'Other: …',
    after: (confirmation) => `After sending: ${confirmation}`,
  },
  gas: {
    openFailed: (id, detail) => `The form ${id} could not be opened (${detail}); making a new one.`,
    verifiedFailed: (title, detail) =>
      `Form "${title}": verified emails could not be turned on (${detail}); respondents type their email.`,
    readFailed: (formId, detail) => `The responses of the form ${formId} could not be read: ${detail}`,
    noEvent:
      'This function runs by itself whenever someone sends a form, so run from the editor it has no response to record. ' +
      'Nothing changed. To create or update the forms, use the menu "Lifelong Learning Week" → "Create/update forms".',
  },
  imports: {
    row: (row) => `Row ${row}: `,
    csvEmpty: 'The CSV file is empty: it has no header row.',
    csvNoTimestamp: (separator) =>
      `The CSV file has no "Timestamp" column${separator === undefined ? '' : `, not even when read with the ${separatorName(separator)} its header line uses between columns`}: it is not a Google Forms export; no response was recorded.`,
    csvSeparator: (separator) =>
      `The file separates its columns with ${separatorName(separator)} (not a comma): read that way.`,
    csvExtraColumn: (column) =>
      `The extra column "${column}" is not a question of the form: kept in the raw copy only.`,
    csvMissingRequired: (column) =>
      `The column "${column}" is missing (a required question): the responses will be flagged for review.`,
    csvMissingOptional: (column) => `The column "${column}" is missing (an optional question): left empty.`,
    csvDuplicateColumn: (column) => `The column "${column}" appears twice: only the first one is used.`,
    csvRaggedRow: (at) =>
      `${at}the number of cells differs from the header row; missing cells are left empty.`,
    csvBadTimestamp: (at, problem, value, order) =>
      `${at}${timestampProblem(problem, value, order)}; the row is kept in "Raw responses" for review.`,
    csvTruncatedRow: (at) =>
      `${at}the last row is cut off (did the download finish?); the row is kept in "Raw responses" for review.`,
    csvDateOrderFromFile: (column, order, at, value) =>
      `The column "${column}" writes dates as ${ORDER_NAMES[order]}: ${at}"${value}" reads only that way.`,
    csvDateOrderUnknown: (column, at, value, dayFirst, monthFirst) =>
      `Cannot tell in which order the column "${column}" writes dates: ${at}"${value}" may be ${dayFirst} or ${monthFirst}. Run again with --date-order dmy (day/month/year: Vietnamese, UK spreadsheets) or --date-order mdy (month/day/year: US spreadsheets); no response was recorded.`,
    csvDateOrderConflict: (column, at, value, otherAt, other) =>
      `The column "${column}" writes dates in two orders: ${at}"${value}" and ${otherAt}"${other}" cannot share one. Fix the file or run again with --date-order dmy|mdy; no response was recorded.`,
    dayOfMonth: (day, month) => `${MONTHS[month - 1] ?? month} ${day}`,
    unreadableSource: (origin) => `${origin} – to review`,
    jsonInvalid: 'The JSON data is not valid: check the brackets, commas and quotes.',
    jsonEmpty: 'The JSON data holds no response.',
    jsonWhere: (index) => (index === undefined ? 'Response' : `Response no. ${index}`),
    jsonNotObject: 'must be an object {"timestamp", "email", "answers"}.',
    jsonNoTimestamp: '"timestamp" is missing (for example "2021-10-05T08:03").',
    jsonBadTimestamp: (value, problem, order) =>
      `${timestampProblem(problem, value, order)}: write it as 2021-10-05T08:03 (or 05/10/2021 08:03 with --date-order dmy).`,
    jsonDateOrderUnknown: (value, dayFirst, monthFirst) =>
      `Cannot tell in which order the dates are written: "${value}" may be ${dayFirst} or ${monthFirst}. Write 2021-10-05T08:03 or run again with --date-order dmy|mdy; no response was recorded.`,
    jsonDateOrderConflict: (value, other) =>
      `The dates are written in two orders: "${value}" and "${other}" cannot share one. Fix the data or run again with --date-order dmy|mdy; no response was recorded.`,
    jsonEmail: '"email" must be a string.',
    jsonResponseId: '"responseId" must be a non-empty string.',
    jsonNoAnswers: '"answers" is missing (an object: question title → answer).',
    jsonBadAnswer: (title) => `the answer to "${title}" must be a string or a list of strings.`,
  },
  app: {
    rawTooLong: (id, kept, cellLimit) =>
      `Response ${id}: too long, the raw copy keeps only the first ${groupedInteger(kept, 'en')} characters (four cells of at most ${groupedInteger(cellLimit, 'en')} each).`,
    outboxBroken: 'The Outbox has a broken row: no confirmation could be queued. Run "Check the plan".',
    settingsIncomplete: 'No confirmation sent: the Settings tab lacks required information.',
    familiesNotMailed: (n: number) =>
      `${n} mail to families not queued: "Mail families" in Settings is "no" (families hear through Zalo and the QR posters).`,
    formsMade: (list) => `Forms: ${list}.`,
    formMade: (formId, created) => `${formId} ${created ? 'created' : 'updated'}`,
    noSettingsTab: 'No Settings tab found: the form links could not be written. Run "Setup".',
    what: {
      present: 'Check-in at the opening ceremony',
      register: 'Registration for the opening ceremony',
      training: 'Training / talk registration',
      nomination: '“Studious family” nomination',
      result: 'Activity result',
    },
    change: (formUrl) => `Submit the form again${formUrl ? ` (${formUrl})` : ''}; the latest answer counts.`,
    changeLabel: 'To change it',
    sharedLabel: 'Shared with the ward association',
    notShared: 'no (no consent given): kept, never sent',
    progressTopic: (date) => `Registrations on ${date}`,
    noOrganiser: 'Daily progress: no "Organiser email" in Settings, nothing sent.',
    sessionLine: (id, title, seats, waiting) =>
      `${id} ${title}: ${seats} seats${waiting > 0 ? `, ${waiting} waiting` : ''}`,
    nominations: (total, withoutConsent) =>
      `“Studious family” nominations: ${total}${withoutConsent > 0 ? ` (${withoutConsent} without consent)` : ''}`,
  },
  queue: {
    blankEvent: (formId) =>
      `The run of the form ${formId} came without a response (run from the editor, or an incomplete delivery by Google): ` +
      'the next processing run sweeps the forms so that no response is missed.',
    notKept: (responseId, detail) =>
      `The response ${responseId} could not be queued (${detail}). The form still holds it; the 17:00 sweep records it.`,
    notScheduled: (detail) =>
      `The processing run could not be scheduled (${detail}). The response is queued and is recorded by a later run, at 17:00 at the latest.`,
    busy: (waiting) =>
      `The spreadsheet is busy: ${waiting} waiting responses are recorded in about a minute.`,
    fetchFailed: (responseId, formId, detail) =>
      `The response ${responseId} could not be read from the form ${formId} (${detail}); it stays queued for another try.`,
    recorded: (recorded, duplicates, flagged) =>
      `Recorded ${recorded} waiting responses` +
      (flagged > 0 ? ` (${flagged} to review)` : '') +
      (duplicates > 0 ? `; ${duplicates} were recorded before` : '') +
      '.',
    nothing: 'No response is waiting.',
  },
};
