import { addDays, addMinutes, localDateTime, withTime, type Cell, type LocalDateTime } from '../core/cell';
import type { Submission } from './handle-form-submit';

/**
 * The whole week as data: what happens at which wall-clock minute of the school, from the
 * Setup on 28/09 to the report on 07/10 17:00. Nothing here runs anything — a runtime plays the
 * steps in order with its clock set to each step's time (src/local/week locally; the Apps
 * Script bundle by firing the trigger named in `GAS_ENTRY_POINTS` at the same times).
 */
export type WeekStep =
  | { readonly at: LocalDateTime; readonly kind: 'setup' }
  | { readonly at: LocalDateTime; readonly kind: 'validate' }
  | { readonly at: LocalDateTime; readonly kind: 'invite'; readonly families: boolean }
  | { readonly at: LocalDateTime; readonly kind: 'submit'; readonly submission: Submission }
  | { readonly at: LocalDateTime; readonly kind: 'syncCalendar' }
  | {
      readonly at: LocalDateTime;
      readonly kind: 'editActivity';
      readonly activityId: string;
      /** Cells to set on the activity's row of the Activities tab, by column key. */
      readonly cells: Readonly<Partial<Record<'start' | 'end' | 'status', Cell>>>;
      /** What the principal would say she did (shown in the progress). */
      readonly note: string;
    }
  | { readonly at: LocalDateTime; readonly kind: 'reminders' }
  | { readonly at: LocalDateTime; readonly kind: 'drain' }
  | { readonly at: LocalDateTime; readonly kind: 'progressNote' }
  | { readonly at: LocalDateTime; readonly kind: 'report' };

export type WeekStepKind = WeekStep['kind'];

/**
 * How the Apps Script bundle plays each kind: the global it calls (a menu item, a time-driven
 * or form-submit trigger), or a cell edit made through the fake spreadsheet.
 */
export const GAS_ENTRY_POINTS: Readonly<Record<WeekStepKind, string>> = {
  setup: 'setup',
  validate: 'validatePlan',
  invite: 'sendInvitations',
  submit: 'onAttendanceSubmit / onTrainingSubmit / onNominationSubmit (form-submit triggers)',
  syncCalendar: 'syncCalendar',
  editActivity: 'onPlanEdit (after a cell edit of the Activities tab)',
  reminders: 'sendReminders',
  drain: 'drainOutbox',
  progressNote: 'sendDailyProgress',
  report: 'buildReportOnSchedule',
};

export interface WeekScenario {
  readonly year: number;
  /** First and last day played (dates at 00:00). */
  readonly firstDay: LocalDateTime;
  readonly lastDay: LocalDateTime;
  /** Recipients a day the mailer may reach (consumer Gmail: 100). */
  readonly dailyMailLimit: number;
  /** In time order; steps at the same minute in the order listed. */
  readonly steps: readonly WeekStep[];
}

export interface WeekScenarioOptions {
  readonly dailyMailLimit?: number;
  /** Invite the families too (default true: so the first day's mail exceeds the quota). */
  readonly families?: boolean;
}

/** The drains of an ordinary day: early morning, noon, end of school, evening. */
const DRAIN_TIMES: readonly (readonly [number, number])[] = [
  [7, 30],
  [12, 0],
  [17, 0],
  [21, 0],
];

/**
 * The 2021 week: Setup, validation, invitations and the first calendar sync on 28/09 morning;
 * then calendar sync every morning at 06:30 and five minutes after the two edits (HD09 moved an hour later on 03/10, HD13 cancelled on
 * 04/10); reminders at 07:00 for the next day; drains four times a day; the organiser's note at
 * 18:00 during the week; the responses at their own timestamps; the report on 07/10 at 17:00.
 */
export function weekScenario(
  submissions: readonly Submission[],
  options: WeekScenarioOptions = {},
): WeekScenario {
  const firstDay = localDateTime(2021, 9, 28);
  const lastDay = localDateTime(2021, 10, 7);
  const steps: WeekStep[] = [
    { at: withTime(firstDay, 8, 0), kind: 'setup' },
    { at: withTime(firstDay, 8, 5), kind: 'validate' },
    { at: withTime(firstDay, 8, 10), kind: 'invite', families: options.families ?? true },
    { at: withTime(firstDay, 8, 15), kind: 'syncCalendar' },
  ];
  // The daily routine (its triggers) starts once Setup has run (nothing before 28/09 08:15)
  // and the week ends with the report on 07/10 at 17:00.
  const installed = steps[steps.length - 1]!.at.iso;
  const reportAt = withTime(lastDay, 17, 0);
  for (let day = firstDay; day.iso <= lastDay.iso; day = addDays(day, 1)) {
    const routine: WeekStep[] = [
      { at: withTime(day, 6, 30), kind: 'syncCalendar' },
      { at: withTime(day, 7, 0), kind: 'reminders' },
      ...DRAIN_TIMES.map(([h, m]): WeekStep => ({ at: withTime(day, h, m), kind: 'drain' })),
    ];
    if (day.iso >= '2021-10-01') routine.push({ at: withTime(day, 18, 0), kind: 'progressNote' });
    steps.push(...routine.filter((s) => s.at.iso > installed && s.at.iso <= reportAt.iso));
  }
  const moved = localDateTime(2021, 10, 3, 10, 0);
  steps.push(
    {
      at: moved,
      kind: 'editActivity',
      activityId: 'HD09',
      cells: { start: localDateTime(2021, 10, 4, 10, 0), end: localDateTime(2021, 10, 4, 11, 30) },
      note: 'HD09 dời muộn một giờ (10:00–11:30 ngày 04/10)',
    },
    { at: addMinutes(moved, 5), kind: 'syncCalendar' },
  );
  const cancelled = localDateTime(2021, 10, 4, 10, 0);
  steps.push(
    {
      at: cancelled,
      kind: 'editActivity',
      activityId: 'HD13',
      cells: { status: 'hủy' },
      note: 'HD13 bị hủy',
    },
    { at: addMinutes(cancelled, 5), kind: 'syncCalendar' },
  );
  for (const submission of submissions)
    steps.push({ at: submission.raw.timestamp, kind: 'submit', submission });
  // The report comes after the 17:00 drain of the last day (listed earlier, so kept before it).
  steps.push({ at: reportAt, kind: 'report' });
  return {
    year: 2021,
    firstDay,
    lastDay,
    dailyMailLimit: options.dailyMailLimit ?? 100,
    steps: stableByTime(steps),
  };
}

/** Time order; equal times keep the order they were listed in (Array.prototype.sort is stable). */
function stableByTime(steps: readonly WeekStep[]): WeekStep[] {
  return [...steps].sort((a, b) => (a.at.iso < b.at.iso ? -1 : a.at.iso > b.at.iso ? 1 : 0));
}

/** The date (00:00) of a step's day, `YYYY-MM-DD`. */
export const dayOf = (at: LocalDateTime): string => at.iso.slice(0, 10);
