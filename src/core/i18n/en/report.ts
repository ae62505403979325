import type { report as vi } from '../vi/report';

const NO_DATA = 'no data yet';

/** A count with its noun: "1 person", "3 people". */
const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const report: typeof vi = {
  noData: NO_DATA,
  notFilled: '(not filled in)',
  previewMark: 'PREVIEW – the week is not over',
  rows: {
    none: 'no rows',
    many: (count, first, last) => `${count} rows (from row ${first} to ${last})`,
    list: (parts) => `${parts.length === 1 && !parts[0]!.includes('–') ? 'row' : 'rows'} ${parts.join(', ')}`,
    source: (tab, rows) => `Source: tab “${tab}”, ${rows}.`,
  },
  documentTitle: (year, preview) =>
    `Report on the Lifelong Learning Week ${year}`.trim() + (preview ? ' (preview)' : ''),
  headline: {
    present: 'Present at the opening',
    presentValue: (count, total, percent, target) => `${count}/${total} (${percent}, target ${target})`,
    done: 'Activities carried out',
    posts: 'Outreach posts',
    seated: 'Training sign-ups with a seat',
    families: 'Learning families selected',
  },
  header: {
    number: (number) => `No.: ${number}`,
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence – Freedom – Happiness',
    title: 'REPORT',
    subtitle: (year) => `Results of the Lifelong Learning Week ${year}`,
    due: (when) => `; the final report is made at ${when}`,
    preview: (mark, at, due) => `${mark} (figures up to ${at}${due})`,
    basis: (basis) => `Pursuant to ${basis};`,
    planBasis: (number, school) => `Pursuant to Plan No. ${number} of ${school};`,
    intro: (school, year) =>
      `${school} reports the results of the Lifelong Learning Week ${year} as follows:`,
    sectionI: 'THEME AND PURPOSE',
    themeLabel: 'Theme: ',
    theme: (theme) => `“${theme}”.`,
    periodLabel: 'Dates: ',
    period: (from, to) => `from ${from} to ${to}.`,
    purposeLabel: 'Purpose: ',
    purpose:
      'to keep promoting lifelong learning among staff, teachers and parents; to raise awareness of the role ' +
      'of digital transformation in lifelong learning; to keep every activity practical and effective.',
  },
  results: {
    sectionII: 'RESULTS',
    wholeSchool: 'Whole school',
    outreach: {
      title: 'Outreach',
      none: 'No outreach post recorded yet (the “Outreach” tab has no rows).',
      summary: (total, channels, per) =>
        `The school published ${n(total, 'post', 'posts')} on ${n(channels, 'channel', 'channels')} (${per}).`,
      banners: (count) => `The school put up ${n(count, 'banner', 'banners')} for the week.`,
      header: ['Channel', 'Date', 'Link', 'Posted by', 'Notes'],
      invitations: (sent, waiting, failed, tab) =>
        `Invitations to staff: ${sent} sent; ${waiting} waiting to be sent; ${failed} failed (tab “${tab}”).`,
      noInvitations: 'Invitations to staff: none sent through the system.',
    },
    activities: {
      title: 'Activities of the week',
      none: `Activities: ${NO_DATA}.`,
      done: (done, total) =>
        done === 0
          ? `As reported by those in charge, none of the plan's ${n(total, 'activity', 'activities')} has been recorded as carried out yet.`
          : `The school carried out ${done}/${total} activities of the plan.`,
      postponed: (count, list) => `${n(count, 'activity', 'activities')} postponed: ${list}.`,
      cancelled: (count, list) => `${n(count, 'activity', 'activities')} cancelled: ${list}.`,
      notReported: (count, list) =>
        `${n(count, 'activity', 'activities')} past their time without a report from whoever is in charge: ${list}.`,
      upcoming: (count, list) => `${n(count, 'activity', 'activities')} not due yet: ${list}.`,
      item: (id, title) => `${id} ${title}`,
      reason: (text) => ` (${text})`,
      owner: (owner) => ` – in charge: ${owner}`,
      header: ['ID', 'Activity', 'Time', 'Status', 'Took part'],
      status: {
        done: 'Carried out',
        overdue: 'Not reported',
        upcoming: 'Not due yet',
        postponed: 'Postponed',
        cancelled: 'Cancelled',
      },
      people: {
        staff: (count) => `${count} staff`,
        children: (count) => `${n(count, 'child', 'children')}`,
        parents: (count) => `${n(count, 'parent', 'parents')}`,
        others: (count) => `${n(count, 'other', 'others')}`,
      },
      resultsIntro: 'What each activity carried out achieved:',
      resultTook: (people) => ` Took part: ${people}.`,
      noResult: 'no result written by whoever is in charge.',
      evidence: ' Evidence: ',
    },
    opening: {
      title: 'Opening ceremony',
      none: `Sign-ups and check-ins for the opening ceremony: ${NO_DATA}.`,
      met: (target) => `target of ${target} met`,
      missed: (target, needed) => `target of ${target} not met, ${n(needed, 'person', 'people')} short`,
      summary: (registered, present, verdict) =>
        `Signed up: ${registered} of staff; present (checked in): ${present} – ${verdict}.`,
      header: (target) => ['Group', 'People', 'Signed up', 'Present', `Target ${target}`],
      verdictMet: 'Met',
      verdictMissed: (needed) => `Not met – ${n(needed, 'person', 'people')} short`,
      source: (tab, rows, notCounted, peopleTab) =>
        `Source: tab “${tab}” (${n(rows, 'response row', 'response rows')}, ${notCounted} to review or ` +
        `without a valid e-mail address, so not counted) against tab “${peopleTab}” (current staff).`,
      outsiders: (count) =>
        ` ${n(count, 'address', 'addresses')} not on the staff list ${count === 1 ? 'was' : 'were'} not counted.`,
      caption: (target) => `Chart 1. Attendance at the opening ceremony against the target of ${target}`,
    },
    families: {
      intro: (answered, total) =>
        `Parents who answered the opening or the training form: ${answered}/${total} families on the list, by class:`,
      header: ['Class', 'Families', 'Answered', 'Share'],
      unclassed: 'No class',
      unlisted: (name) => `${name} (not in the Families list)`,
      source: (attendanceTab, trainingTab, familiesTab) =>
        `Source: tabs “${attendanceTab}” and “${trainingTab}” (valid rows; a family counts once whatever it answered) ` +
        `against tab “${familiesTab}” by e-mail and class.`,
      unclassedAnswers: (count, familiesTab) =>
        `Besides, ${n(count, 'parent', 'parents')} answered without a class, with an e-mail not in tab “${familiesTab}”.`,
    },
    training: {
      title: 'Training sessions and talks',
      none: `Training sessions and talks: ${NO_DATA}.`,
      summary: (sessions, seated, waiting, valid) =>
        `The school held ${n(sessions, 'training session or talk', 'training sessions and talks')}; ` +
        `${n(seated, 'sign-up', 'sign-ups')} with a seat, ` +
        `${waiting} on the waiting list (from ${n(valid, 'valid sign-up form', 'valid sign-up forms')}).`,
      attended: (people, reported, held) =>
        `As reported by those in charge, ${n(people, 'person', 'people')} attended ${reported}/${held} of the sessions held.`,
      notAttended: 'Attendance at each session: not reported yet by those in charge.',
      header: ['ID', 'Session', 'Time', 'Seats', 'Seated', 'Waiting', 'Attended'],
      unlimited: 'no limit',
      source: (tab, rows, notCounted, activitiesTab) =>
        `Source: tab “${tab}” (${n(rows, 'row', 'rows')}, ${notCounted} to review not counted), ` +
        `seats given in the order sent; the number of seats is in tab “${activitiesTab}”.`,
      caption: 'Chart 2. Seats and sign-ups per session',
    },
    pledges: {
      title: 'Pledges to take longer courses',
      none: `Learning pledges: ${NO_DATA}.`,
      summary: (pledgers) =>
        `${n(pledgers, 'person', 'people')} pledged to take at least one course during the year.`,
      header: ['Course', 'People who pledged'],
      source: (tab) => `Source: the pledged courses column, tab “${tab}”.`,
    },
    nominations: {
      title: 'Choosing the “Learning families”',
      none: `Nominations of “Learning families”: ${NO_DATA}.`,
      summary: (total, consented, without, selected, sent) =>
        `Nominations: ${total}; consent to share: ${consented}; no consent to share: ` +
        `${without} (kept, not named, not sent on); selected: ${selected}; ` +
        `sent to the ward: ${sent}.`,
      listNone: (ward) => `Selected families sent to ${ward}: ${NO_DATA}.`,
      listIntro: (ward) => `Selected families (who consented to share) sent to ${ward}:`,
      header: ['No.', 'Family representative', 'Child', 'Class', 'Achievements', 'Evidence'],
    },
    commendation: {
      title: 'Proposed commendations',
      rule:
        'Criteria: a person was present at the opening ceremony (checked in) and holds a seat in at least one ' +
        'training session or talk; a group is the one with the highest share present at the opening ceremony.',
      none: `Proposed commendations: ${NO_DATA}.`,
      groupsNone: `Groups: ${NO_DATA}.`,
      groups: (list) => `Groups: ${list}.`,
      group: (group, count, total, percent) => `${group}: ${count}/${total} present (${percent})`,
      peopleNone: `People: ${NO_DATA}.`,
      people: (count) => `People: ${n(count, 'person', 'people')}.`,
      header: ['No.', 'Full name', 'Group'],
    },
  },
  evaluation: {
    sectionIII: 'OVERALL ASSESSMENT',
    strengthsTitle: 'Strengths',
    limitsTitle: 'Shortcomings',
    lessonsTitle: 'Lessons learnt',
    sectionIV: 'RECOMMENDATIONS AND PROPOSALS',
    strengths: {
      done: (count) =>
        `${n(count, 'activity', 'activities')} of the plan carried out, with results recorded.`,
      posts: (channels, posts) =>
        `Outreach on ${n(channels, 'channel', 'channels')} with ${n(posts, 'post', 'posts')}.`,
      opening: (percent, target) => `Attendance at the opening ceremony ${percent}, target of ${target} met.`,
      pledgers: (count) => `${n(count, 'person', 'people')} pledged to take longer courses.`,
      families: (count) =>
        `${n(count, '“Learning family”', '“Learning families”')} selected and put forward to the Study Promotion Association.`,
    },
    limits: {
      opening: (percent, target, needed) =>
        `Attendance at the opening ceremony ${percent}, target of ${target} not met ` +
        `(${n(needed, 'person', 'people')} short).`,
      groups: (groups) => `Groups below the target: ${groups}.`,
      overdue: (list) => `Activities whose time has passed without a report of their results: ${list}.`,
      postponed: (list) => `Postponed activities: ${list}.`,
      cancelled: (list) => `Cancelled activities: ${list}.`,
      full: (list) => `Sessions short of seats (people waiting): ${list}.`,
      fullSession: (id, waiting) => `${id} (${waiting} waiting)`,
      none: 'The figures show no shortcomings.',
    },
    lessons: {
      noShow: (count) =>
        `${n(count, 'person', 'people')} signed up but did not check in: send reminders earlier and check people in at the session itself.`,
      update: 'Whoever is in charge should report the results and evidence right after each activity.',
      demand: 'Demand for training exceeded the seats: add sessions or more room.',
    },
    /** "Nơi nhận" when Settings name nobody: the office's own copy, as every report keeps. */
    archiveOnly: 'Filed: Office',
    recipientsTitle: 'Recipients:',
    numberBlank: '…/BC',
    signerTitle: 'PRINCIPAL',
  },
  annex: {
    title: 'ANNEX',
    subtitle: (year) => `Figures of the Lifelong Learning Week ${year}`,
    intro: (tab) =>
      `The figures below are also written to the plan's tab “${tab}” (one fixed key each), for the authorities to add up.`,
    header: ['No.', 'Figure', 'Value', 'Notes'],
    missing: 'not reported',
    reportedBy: (reported, of) => `as reported for ${reported}/${of} activities`,
    fromResults: (id) => `as reported in the results of ${id}`,
  },
  figures: {
    tab: 'Report figures',
    header: ['Key', 'Figure', 'Value'],
    labels: {
      'participants.staff': 'Staff taking part (attendances)',
      'participants.children': 'Children taking part (attendances)',
      'participants.parents': 'Parents taking part (attendances)',
      'participants.others': 'Others taking part (attendances)',
      'activities.planned': 'Activities in the plan',
      'activities.done': 'Activities carried out',
      'activities.postponed': 'Activities postponed',
      'activities.cancelled': 'Activities cancelled',
      'activities.not_reported': 'Activities past their time, not reported',
      'activities.upcoming': 'Activities not due yet',
      'trainings.sessions': 'Training sessions and talks',
      'trainings.seated': 'Seats taken in training sessions and talks',
      'trainings.participants': 'People at the training sessions and talks held',
      'posts.total': 'Outreach posts in all',
      'posts.website': 'Posts on the website',
      'posts.facebook': 'Posts on Facebook',
      'posts.zalo': 'Posts on Zalo',
      'posts.youtube': 'Posts on YouTube',
      'posts.viber': 'Posts on Viber',
      'posts.loa': 'Loudspeaker announcements',
      'posts.khac': 'Posts on other channels',
      banners: 'Banners',
      'books.donated': 'Books donated',
      'books.circulated': 'Books circulated',
      'commendations.people': 'People proposed for commendation',
      'commendations.groups': 'Groups proposed for commendation',
      'opening.staff': 'Staff in post',
      'opening.registered': 'Staff signed up for the opening ceremony',
      'opening.present': 'Staff at the opening ceremony',
      'opening.present_percent': 'Share of staff at the opening ceremony (%)',
      'opening.target_percent': 'Target for the opening ceremony (%)',
    },
  },
  charts: {
    registered: 'Signed up',
    present: 'Present',
    openingTitle: 'Attendance at the opening ceremony against the target',
    openingCategory: 'Group',
    openingValue: 'Share of staff (%)',
    target: (target) => `Target ${target}`,
    capacity: 'Seats',
    seated: 'Seated',
    waiting: 'Waiting list',
    seatsTitle: 'Seats and sign-ups of the training sessions and talks',
    seatsCategory: 'Session (activity ID)',
    seatsValue: 'People',
    targetLine: (label) => `Red dashed line: ${label}`,
    missing: (caption) => `${caption}: ${NO_DATA}.`,
  },
  mail: {
    preview: ' (preview)',
    subject: (year, mark) => `[Lifelong Learning Week] Report on the week${year}${mark}`,
    greeting: 'Dear school leadership,',
    body: (year, preview, url) =>
      `The report on the Lifelong Learning Week${year} has been built from the plan sheet${
        preview ? '; it is a preview: the week has not ended and the figures may change' : ''
      }. Open it at: ${url}`,
    closing: 'Sent automatically by the plan sheet.',
  },
  log: {
    notShared: 'No "Leadership emails" in Settings: the report is not shared or sent yet.',
    shareFailed: (email, detail) => `The report could not be shared with ${email}: ${detail}`,
    openFailed: (id, detail) =>
      `The report document ${id} could not be opened (${detail}); making a new one.`,
    libreOfficeMissing:
      'LibreOffice is not installed, so no PDF was made (the .docx file was written). Install LibreOffice, then run the command again with --pdf:\n' +
      '  • Ubuntu/Debian: sudo apt-get install libreoffice-writer\n' +
      '  • macOS: brew install --cask libreoffice\n' +
      '  • Windows: download the installer at https://www.libreoffice.org/download/',
    pdfFailed: (detail) => `LibreOffice could not convert to PDF${detail ? `: ${detail}` : '.'}`,
  },
  job: {
    claimBusy: 'Another run is making the report; this one makes no document.',
    busyNow:
      'Another run is making the report (the Google Doc is being written), so this one does nothing more. ' +
      'In a few minutes the report is done and the leadership gets the link mail; if not, click "Build the report now" again.',
    busyRetry: (minutes) =>
      `Another run is making the report or writing the sheet; the scheduled run tries again in about ${minutes} minutes.`,
    busyNoRetry:
      'Another run is making the report or writing the sheet, and no retry could be scheduled: ' +
      'if there is no final report yet, click "Build the report now".',
    notRecorded:
      'The report document was written, but the sheet stayed busy too long: it is not recorded and the link mail is not queued. ' +
      'Click "Build the report now" again in a few minutes (the same document is updated, no new one is made).',
    retryFailed: (detail) =>
      `The scheduled report's retry could not be scheduled (${detail}); if there is no final report yet, click "Build the report now".`,
    retriesSpent: (attempts) =>
      `The final report could still not be made after ${attempts} scheduled attempts; click "Build the report now".`,
  },
};
