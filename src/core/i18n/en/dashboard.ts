import type { Catalogue } from '../vi';

export const dashboard: Catalogue['dashboard'] = {
  title: 'Dashboard',
  builtAt: (when: string) => `Figures as of ${when}`,
  refresh: 'Refresh',
  written: (path: string) => `Dashboard written: ${path}`,
  refreshing: 'Loading the figures…',
  refreshFailed: (reason: string) => `Could not load the figures: ${reason}`,
  week: {
    heading: 'The week',
    before: (days: number, hours: number) =>
      days > 0
        ? `${days} day${days === 1 ? '' : 's'} ${hours} h until the week`
        : `${hours} h until the week`,
    during: 'The week is under way',
    after: 'The week has ended',
    unknown: 'The Settings tab has no dates for the week yet.',
    span: (from: string, to: string) => `From ${from} to ${to}`,
  },
  findings: {
    heading: 'Plan check',
    counts: (errors: number, warnings: number) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    clean: 'Nothing in the plan needs fixing.',
    error: 'Error',
    warning: 'Warning',
    cell: (tab: string, cell: string) => `${tab}!${cell}`,
    more: (count: number) => `… and ${count} more (see the “Findings” column).`,
  },
  opening: {
    heading: 'Opening ceremony by group',
    target: (percent: string) => `Target: ${percent} per group`,
    registered: 'Registered',
    present: 'Present',
    line: (count: number, total: number, percent: string) => `${count}/${total} (${percent})`,
    whole: 'Whole school',
    none: 'The People tab lists no staff yet.',
    targetMark: 'target line',
  },
  sessions: {
    heading: 'Training: seats and waiting list',
    session: 'Session',
    seats: 'Seated',
    waiting: 'Waiting',
    seatsOf: (seated: number, capacity: number | null) =>
      capacity === null ? `${seated}` : `${seated}/${capacity}`,
    none: 'The plan has no training session.',
  },
  classes: {
    heading: 'Families who answered, by class',
    className: 'Class',
    answered: 'Answered',
    line: (answered: number, families: number) => `${answered}/${families}`,
    unlisted: 'not in the Families tab',
    unclassed: 'No class given',
    unclassedAnswers: (count: number) => `${count} parent${count === 1 ? '' : 's'} answered without a class.`,
    none: 'The Families tab lists no class and nobody has answered yet.',
  },
  nominations: {
    heading: '“Studious family” nominations',
    total: (total: number, withoutConsent: number) =>
      `${total} nomination${total === 1 ? '' : 's'}, ${withoutConsent} without consent to share`,
    status: 'Review status',
    count: 'Nominations',
    none: 'No nomination yet.',
  },
  results: {
    heading: 'Activity results',
    activity: 'Activity',
    outcome: 'Reported outcome',
    notReported: 'not reported',
    counts: (reported: number, total: number) => `${reported}/${total} activities have reported a result`,
    flagged: (count: number) => `${count} result${count === 1 ? '' : 's'} to review (“Problems” column).`,
    none: 'The plan has no activity yet.',
  },
  outbox: {
    heading: 'Outbox',
    state: 'State',
    count: 'Mails',
    empty: 'The outbox holds no mail yet.',
  },
  runs: {
    heading: 'Latest runs',
    action: 'Task',
    at: 'At',
    outcome: 'Outcome',
    none: 'The Log tab has no line yet.',
    errorsHeading: (count: number) => `Errors in the Log (${count})`,
    noErrors: 'The Log records no error.',
  },
  privacy: 'For leadership only: counts only, no family’s name or email.',
};
