import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { addDays, localDateTime, withTime, type Cell, type LocalDateTime } from '../../core/cell';
import type { Submission } from '../forms/handle-form-submit';
import { DAILY_DRAIN_AT, DAILY_PROGRESS_AT, REMINDERS_AT } from './schedule';

/**
 * The whole week as data: what happens at which wall-clock minute of the school, from the
 * Setup on 28/09 to the report on 07/10 17:00. Nothing here runs anything — a runtime plays the
 * steps in order with its clock set to each step's time (src/local/week locally; the Apps
 * Script bundle by firing the trigger named in `GAS_ENTRY_POINTS` at the same times).
 */
export type WeekStep =
  | {
      readonly at: LocalDateTime;
      readonly kind: 'setup';
      readonly language?: Language;
      readonly mailFamilies?: boolean;
    }
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
  | { readonly at: LocalDateTime; readonly kind: 'report' }
  /**
   * Not in a scenario: the one-off drain a runtime has scheduled for itself (a response's
   * confirmation a minute later, the calendar after an edit, tomorrow's quota, a watchdog).
   */
  | { readonly at: LocalDateTime; readonly kind: 'continuation' }
  /** Not in a scenario either: the processing run a submit asked for, about a minute later. */
  | { readonly at: LocalDateTime; readonly kind: 'processResponses' };

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
  continuation: 'continueOutboxDrain',
  processResponses: 'processResponses',
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
  /**
   * Setup writes "Gửi thư cho phụ huynh: có" and the invitations go to the families too, so the
   * first day's mail exceeds a personal account's quota. Default: the product's own default —
   * families are reached on Zalo and posters, and get no mail.
   */
  readonly mailFamilies?: boolean;
  /** The sheet's language, as Setup writes it into a new sheet (default Vietnamese). */
  readonly language?: Language;
}

/**
 * The 2021 week, played at the minutes Apps Script would play it (src/app/jobs/schedule.ts, the
 * triggers Setup installs): on 28/09 from 08:00 the principal runs Setup, the validation, the
 * invitations and the first calendar sync from the menu; then every day the drain at 00:10,
 * the reminders of the next day's activities at 07:00 and the organiser's note at 17:00; the
 * responses at their own timestamps; two edits of the Activities tab (HD09 an hour later on
 * 03/10, HD13 cancelled on 04/10), which the calendar follows by itself; the report at the
 * report time of the Settings (07/10 17:00, after that day's note).
 */
export function weekScenario(
  submissions: readonly Submission[],
  options: WeekScenarioOptions = {},
): WeekScenario {
  const said = catalogue(options.language).cli.week;
  const firstDay = localDateTime(2021, 9, 28);
  const lastDay = localDateTime(2021, 10, 7);
  const steps: WeekStep[] = [
    {
      at: withTime(firstDay, 8, 0),
      kind: 'setup',
      ...(options.language ? { language: options.language } : {}),
      ...(options.mailFamilies ? { mailFamilies: true } : {}),
    },
    { at: withTime(firstDay, 8, 5), kind: 'validate' },
    { at: withTime(firstDay, 8, 10), kind: 'invite', families: options.mailFamilies ?? false },
    { at: withTime(firstDay, 8, 15), kind: 'syncCalendar' },
  ];
  // The triggers exist once Setup has run (28/09 08:00); the week ends with the report.
  const installed = steps[0]!.at.iso;
  const reportAt = withTime(lastDay, 17, 0);
  const daily = (
    day: LocalDateTime,
    at: { hour: number; minute: number },
    kind: 'drain' | 'reminders' | 'progressNote',
  ): WeekStep => ({
    at: withTime(day, at.hour, at.minute),
    kind,
  });
  for (let day = firstDay; day.iso <= lastDay.iso; day = addDays(day, 1)) {
    const routine = [
      daily(day, DAILY_DRAIN_AT, 'drain'),
      daily(day, REMINDERS_AT, 'reminders'),
      daily(day, DAILY_PROGRESS_AT, 'progressNote'),
    ];
    steps.push(...routine.filter((s) => s.at.iso > installed && s.at.iso <= reportAt.iso));
  }
  steps.push(
    {
      at: localDateTime(2021, 10, 3, 10, 0),
      kind: 'editActivity',
      activityId: 'HD09',
      cells: { start: localDateTime(2021, 10, 4, 10, 0), end: localDateTime(2021, 10, 4, 11, 30) },
      note: said.movedLater('HD09', '10:00', '11:30', '04/10'),
    },
    {
      at: localDateTime(2021, 10, 4, 10, 0),
      kind: 'editActivity',
      activityId: 'HD13',
      cells: { status: 'hủy' },
      note: said.cancelled('HD13'),
    },
  );
  for (const submission of submissions)
    steps.push({ at: submission.raw.timestamp, kind: 'submit', submission });
  // Listed after the routine: at 17:00 of the last day the note comes first, then the report.
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

/** Every date of the scenario, `YYYY-MM-DD`, first to last day. */
export function scenarioDates(scenario: Pick<WeekScenario, 'firstDay' | 'lastDay'>): string[] {
  const dates: string[] = [];
  for (let day = scenario.firstDay; day.iso <= scenario.lastDay.iso; day = addDays(day, 1))
    dates.push(dayOf(day));
  return dates;
}
