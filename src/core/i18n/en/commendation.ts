import type { Catalogue } from '../vi';

/** Commendation in English. */
export const commendation: Catalogue['commendation'] = {
  notFilled: '…',
  reason: {
    person: 'Present at the opening and seated in a training',
    group: (percent) => `Group with the highest attendance at the opening (${percent})`,
  },
  template: {
    unknown: (tag, suggestion) =>
      `The template has a placeholder {{${tag}}} the program does not know` +
      (suggestion ? `; did you mean {{${suggestion}}}?` : '.'),
    missing: (field) => `The template lacks the placeholder {{${field}}}.`,
    unclosed: (near) => `The template has a "{{" not closed by "}}": "${near}".`,
    known: (fields) => `Placeholders that can be used: ${fields}.`,
    inTemplate: (award, problem) => `Template for ${award}: ${problem}`,
    none: (award) => `No template for ${award}: no ${award} is made.`,
    usedDefault: (path) => `Used the default template ${path} (the school can edit it in Word).`,
    created: (path) => `Wrote the default template ${path}; look at it, edit it if needed, then run again.`,
  },
  rows: {
    tooLong: (row, max) => `Row ${row}: the name is longer than ${max} characters; correct it first.`,
    empty: (row) => `Row ${row}: no name yet.`,
    duplicate: (row, first, award) =>
      `Row ${row}: this person was already approved a ${award} in row ${first}; row ${row} is not made.`,
    badDecision: (row, value) =>
      `Row ${row}: decision "${value}" is not in the list (proposed / approved / no).`,
    badAward: (row, value) =>
      `Row ${row}: award "${value}" is not in the list (certificate of merit / certificate).`,
  },
  state: {
    made: (award, file) => `Made ${award}: ${file}`,
    refused: (why) => `Not made: ${why}`,
    proposed: "Proposed by the report's rule",
  },
  decision: {
    fileName: (year) => `commendation-decision-${year}`,
    documentTitle: (year) => `Commendation decision, Lifelong Learning Week ${year}`.trim(),
    number: (number) => `No.: ${number}/QĐ-MN`,
    title: 'DECISION',
    subtitle: (year) =>
      `On commending the groups and people who took part well in the Lifelong Learning Week ${year}`,
    authority: (school) => `THE PRINCIPAL OF ${school.toUpperCase()}`,
    basisLaw: 'Pursuant to the Law on Emulation and Commendation of 26 November 2003 and its guidance;',
    basis: (basis) => `Pursuant to ${basis};`,
    planBasis: (plan, school) => `Pursuant to Plan No. ${plan} of ${school};`,
    result: (year) =>
      `Considering the results of the Lifelong Learning Week ${year} and the organisers' proposal,`,
    decides: 'DECIDES:',
    article1Label: 'Article 1.',
    article1: (people, groups) =>
      `To commend ${groups} group(s) and ${people} person(s) who took part well in the Lifelong Learning Week (list attached).`,
    article2Label: 'Article 2.',
    article2: 'This decision takes effect from the date of signing.',
    article3Label: 'Article 3.',
    article3: 'The groups and the people named in Article 1 are responsible for carrying out this decision.',
    recipientsTitle: 'Recipients:',
    recipientsLine: '- As in Article 3;',
    archive: '- Archive: Office.',
    signerTitle: 'PRINCIPAL',
    annexTitle: 'LIST OF THE GROUPS AND PEOPLE COMMENDED',
    annexSubtitle: (number, date) => `(Attached to Decision No. ${number}/QĐ-MN of ${date})`,
    header: ['No.', 'Name / group', 'Group', 'Award', 'Reason'],
    nobody: 'The principal has approved no commendation yet (column "Decision" of the Commendations tab).',
  },
  certificate: {
    fileName: (award, year) => `${award === 'giấy khen' ? 'giay-khen' : 'giay-chung-nhan'}-${year}`,
    templateFile: (award) => `mau-${award === 'giấy khen' ? 'giay-khen' : 'giay-chung-nhan'}.docx`,
    heading: (award) => award.toUpperCase(),
    grantedTo: 'Awarded to',
    forReason: 'For',
    inWeek: (year) => `in the Lifelong Learning Week ${year}.`,
    placeDate: (place, date) => `${place}, ${date}`,
    mailSubject: (award, year) => `Your ${award}, Lifelong Learning Week ${year}`,
    mailGreeting: (name) => `Dear ${name},`,
    mailBody: (award) => `The school sends you your ${award} of the Lifelong Learning Week, attached.`,
    mailClosing: 'With thanks.',
  },
  ward: {
    fileName: (year) => `studious-families-${year}`,
    documentTitle: (year) => `Studious families nominated ${year}`.trim(),
    number: (number) => `No.: ${number}/MN`,
    subject: 'Re: nominating “Studious families”',
    to: (ward) => `To: ${ward}`,
    body: (school, year, count) =>
      `Following the plan of the Lifelong Learning Week ${year}, ${school} sends the list of ${count} “Studious families” for the commendation meeting. The families below agreed to share their details with the association.`,
    none: (school) => `${school} has no family both selected and agreeing to share their details yet.`,
    closing: 'We kindly ask the association to consider them.',
    header: ['No.', 'Family', 'Child', 'Class', 'Achievements', 'Evidence'],
    sheetName: 'Nominations',
    recipientsTitle: 'Recipients:',
    recipientsWard: '- As above;',
    archive: '- Archive: Office.',
    signerTitle: 'PRINCIPAL',
    noWard: 'Settings "Ward association" has no name: the letter has no addressee.',
    refusedNoConsent: (row) =>
      `Row ${row} of Nominations: selected, but the family did not agree to share; left out of the list.`,
  },
  gas: {
    proposal: (tab, added) => `Tab “${tab}”: ${added} proposals added.`,
    decision: (url, people, groups) =>
      `Draft commendation decision (${people} people, ${groups} groups): ${url}`,
    ward: (url, count) => `Letter to the ward association (${count} families): ${url}`,
    certificates:
      'Certificates cannot be made in the Google Sheet yet: use learning-week commend on a computer.',
    problems: 'To look at:',
  },
  cli: {
    decision: (file, people, groups) =>
      `Commendation decision (draft): ${file} — ${people} people, ${groups} groups`,
    certificates: (file, count) => `Certificates: ${file} — ${count} pages`,
    pdfs: (count, dir) => `${count} PDF files in ${dir}`,
    noPdf: (why) => `No PDF made: ${why}`,
    ward: (file, count) => `Nominations letter to the ward association: ${file} — ${count} families`,
    problem: (text) => `  ! ${text}`,
    proposal: (added) => `Commendations tab: ${added} proposals added`,
    queued: (count) => `${count} certificate mails queued in the Outbox`,
  },
};
