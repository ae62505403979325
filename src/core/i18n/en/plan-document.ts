import type { Catalogue } from '../vi';

/** The school's plan document both ways, in English. */
export const planDocument: Catalogue['planDocument'] = {
  fileName: (year) => `plan-${year}`,
  documentTitle: (year) => `Lifelong Learning Week plan ${year}`.trim(),
  notFilled: '…',
  title: 'PLAN',
  subtitle: (year) => `Organising the “Lifelong Learning Week ${year}”`,
  number: (number) => `No.: ${number}`,
  placeDate: (place, date) => `${place}, ${date}`,
  undatedLine: (year) => `…/…/${year}`,
  basis: (basis) => `Pursuant to ${basis};`,
  sectionI: 'Purpose and requirements',
  sectionII: 'Content',
  theme: (theme) => `Theme: “${theme}”`,
  time: 'Period',
  range: (from, to) => `From ${from} to ${to}.`,
  content: 'Activities',
  noActivities: 'The Activities tab has no activity yet.',
  sectionIII: 'Organisation',
  owner: (owner, ids) => `${owner}: in charge of ${ids}.`,
  reportTo: (body) => `Report the results to ${body} after the Week.`,
  nominationsTo: (ward) => `Send the chosen “Studious families” to ${ward}.`,
  notesTitle: 'Notes:',
  closing: (year, school) =>
    `This is the plan of ${school} for the “Lifelong Learning Week ${year}”; all staff are asked to carry it out.`,
  recipientsTitle: 'Recipients:',
  signerTitle: 'PRINCIPAL',
  unconfirmed: '(proposed time, to be confirmed)',
  targetText: (percent) => `${percent}% of staff attend`,
  sameDay: (day, from, to) => `${day}, ${from} – ${to}`,
  days: (from, to) => `from ${from} to ${to}`,
  dayTime: (time, day) => `${time} ${day}`,
  fields: {
    when: 'When',
    location: 'Location',
    platform: 'Platform',
    link: 'Link',
    audience: 'Audience',
    capacity: 'Seats',
    owner: 'In charge',
    invite: 'Send invitations',
    category: 'Category',
    id: 'Id',
    notes: 'Notes',
    target: 'Target',
  },
  cli: {
    findings: (count) => `Found while reading the document (${count}):`,
    created: (file, activities) => `Created ${file} from the plan document: ${activities} activities.`,
    preview: 'What would change:',
    applyHint: (command) => `Nothing was written. To write it, run again: ${command} --apply`,
    applied: (file) => `Written to ${file}.`,
    badFile: (file) => `Cannot read ${file}: only .docx or .txt files.`,
    written: (path) => `Plan written: ${path}`,
    noSettings:
      'Settings lack the year and the week\'s dates: the plan cannot be written. Run "validate" to see what to fix.',
  },
  findings: {
    yearOther: (line, year, planYear, text) =>
      `Line ${line}: says “${year}” in the ${planYear} plan (perhaps left over from last year's plan): “${text}”.`,
    dateOtherYear: (id, written, planYear, proposed) =>
      `${id}: the document says “${written}”, not the plan's year (${planYear}); ${proposed} is proposed, unconfirmed.`,
    outsideWeek: (id, date, start, end) => `${id}: ${date} is outside the week (${start} – ${end}).`,
    noDate: (id, start, end) =>
      `${id}: the document gives no date; the whole week (${start} – ${end}) is proposed, marked unconfirmed.`,
    targetUnreadable: (id, text) =>
      `${id}: cannot read the target “${text}”; write it as a percentage (e.g. 50%).`,
    lineKept: (line, where, text) => `Line ${line} fits no part of the plan; kept in ${where}: “${text}”.`,
    noWeek: (start, end) => `The document gives no period; ${start} – ${end} is proposed.`,
    noYear: (year) => `The document gives no year; ${year} is used.`,
    noActivities: 'The document has no activity (under “Nội dung thực hiện” or “Tổ chức thực hiện”).',
    bodyFromBasis: (body) =>
      `The governing body “${body}” was taken from the legal basis; check it in the Settings tab.`,
    settingsNote: 'the Settings tab, row “Plan notes”',
    activityNote: (id) => `the notes of ${id}`,
  },
  notes: {
    otherYear: (written, proposed) => `The original says “${written}” (wrong year); ${proposed} is proposed.`,
    target: (text) => `Target: ${text}.`,
    proposedTime: 'Proposed time, to be confirmed.',
  },
  diff: {
    nothing: 'The sheet already matches the document: nothing to change.',
    setting: (label, from, to) => `Setting “${label}”: ${from} → ${to}`,
    added: (id, title) => `Add ${id}: ${title}`,
    changed: (id, fields) => `Change ${id}: ${fields}`,
    kept: (id, title) => `Keep ${id} (not in the document): ${title}`,
    empty: '(empty)',
    summary: (settings, added, changed) =>
      `${settings} settings change, ${added} activities added, ${changed} activities changed.`,
  },
};
