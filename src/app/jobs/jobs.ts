import type { TriggersPort } from '../../ports';
import { progressNoteKey, queueDailyProgress, type DailyProgressResult } from '../forms/daily-progress';
import { mailOutlook } from '../outbox/mail-outlook';
import { overCapLines } from '../calendar/over-cap-guests';
import { PENDING, type OutboxEntry } from '../../core/outbox/entry';
import type { LocalDateTime } from '../../core/cell';
import type { Settings } from '../../core/plan';
import { queueResultRequests } from '../forms/ask-results';
import { importResponses } from '../forms/handle-form-submit';
import type { AppPorts } from '../ports-bundle';
import { purgePersonalData } from '../privacy/purge-personal-data';
import { queueReminders } from '../calendar/reminders';
import { formatDayDateTime } from '../../core/i18n/dates';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { remindersNotQueued } from './mail-reserve';
import { clearPlannedReminderRun, plannedReminderRun, reminderRunAt } from './reminder-timing';
import type { ReportJobOptions, ReportJobResult } from '../report/report-job';
import { reportNotice } from '../report/report-notice';
import { sendInvitations, type SendInvitationsResult } from '../outbox/send-invitations';
import { setup, type SetupOptions, type SetupResult } from '../plan/setup';
import { validatePlan, type ValidationReport } from '../plan/validate-plan';
import {
  afterCalendarSync,
  beforeCalendarSync,
  calendarAsked,
  calendarEnabled,
  followUpCalendar,
} from './calendar-follow-up';
import { perform, type CalendarApplied, type Job } from './effects';
import { invitationSummary, purgeSummary, reportSummary, setupSummary } from './job-text';
import { rememberLanguage, uiLanguage } from './language';
import { catalogue } from '../../core/i18n/catalogue';
import { releaseClaim, takeClaim } from '../claim';
import { executionDeadline, type Deadline } from '../deadline';
import { CALENDAR_SYNC_CLAIM_KEY } from '../calendar/sync-calendar';

/**
 * The week's jobs, once for both runtimes: what each menu item, trigger and scenario step does
 * and in which order. Apps Script's globals (src/gas/main.ts) and the local week
 * (src/local/week/play-step.ts) play these; only the effects (effects.ts) are theirs.
 */

export interface JobPorts extends AppPorts {
  /** The one-off run that resumes the drain (a trigger in Apps Script, remembered locally). */
  readonly triggers: TriggersPort;
  /** The execution's one deadline (src/app/deadline.ts); a job makes its own without it. */
  readonly deadline?: Deadline;
}

/** What every job ends with: the text for the dialog, or for the log when a trigger ran it. */
export interface JobOutcome {
  readonly text: string;
}

/**
 * How long a job that runs entirely under the script lock waits for another run to finish.
 * Jobs that are not listed in WHOLE_RUN_LOCKED take the lock inside each use case instead (a
 * nested LockService lock is released by the inner one).
 */
export const JOB_LOCK_WAIT_MS = 30_000;

export type JobName =
  | 'setup'
  | 'validate'
  | 'forms'
  | 'invite'
  | 'drain'
  | 'continuation'
  | 'calendarPreview'
  | 'calendarSync'
  | 'reminders'
  | 'progress'
  | 'report'
  | 'purge'
  | 'processResponses';

/**
 * Jobs whose every step must see the sheet as one run left it: the runtime locks the whole job.
 * Setup is not one of them: it locks each of its sheet steps itself, so that it can open the
 * week's calendar without the lock (setupJob).
 */
export const WHOLE_RUN_LOCKED: ReadonlySet<JobName> = new Set(['validate', 'forms']);

/**
 * "Thiết lập": the tabs (and the default plan in an empty sheet), the forms and their triggers,
 * the plan check, then the week's calendar. Each sheet step holds the lock for itself only, and
 * the calendar none. A failure of the calendar or the check is told, not thrown: the tabs and
 * forms are there and the principal can run it again.
 */
export function* setupJob(
  ports: JobPorts,
  options: SetupOptions,
): Job<JobOutcome & { setup: SetupResult; validation?: ValidationReport }> {
  // The tabs under the lock; a busy lock throws before anything is written, as for any menu run.
  const result = ports.lock.withLock(JOB_LOCK_WAIT_MS, () => setup(ports, options));
  const setupText = setupSummary(result, options.language ?? uiLanguage(ports.properties));
  // The forms and triggers: the runtime locks this step (re-entrantly, for the forms job).
  const formsText = yield* perform({ kind: 'formsAndTriggers' });
  const deadline = ports.deadline ?? executionDeadline(ports.clock);
  let validation: ValidationReport | undefined;
  let checkText = '';
  // Why the calendar is not prepared in this run, when it is not.
  let calendarSkipped: string | undefined;
  try {
    ports.lock.withLock(JOB_LOCK_WAIT_MS, () => {
      // The week's calendar is opened, or made, by one run at a time: Setup or a calendar sync.
      // The claim comes first, so a plan check that fails does not keep the calendar back.
      const claimed = takeClaim(
        ports.properties,
        CALENDAR_SYNC_CLAIM_KEY,
        deadline,
        ports.clock.now().getTime(),
      );
      if (!claimed) calendarSkipped = texts(ports).setup.calendarBusy;
      try {
        validation = validatePlan(ports);
        rememberLanguage(ports.properties, validation.language);
        checkText = validation.summary;
      } catch (error) {
        ports.log.error(`validatePlan after setup: ${describe(error)}`);
        checkText = texts(ports).setup.checkFailed(message(error));
      }
    });
  } catch (error) {
    // The lock was busy past its wait: neither the check nor the calendar ran.
    ports.log.error(`validatePlan after setup: ${describe(error)}`);
    checkText = texts(ports).setup.checkFailed(message(error));
    calendarSkipped = texts(ports).setup.calendarFailed(message(error));
  }
  // WITHOUT the lock: CalendarApp may be slow, and form responses must not wait for it. A
  // failure is told, not thrown: the tabs and forms are there and the principal can run it again.
  let calendarText: string;
  if (calendarSkipped !== undefined) calendarText = calendarSkipped;
  else {
    try {
      calendarText = yield* perform({ kind: 'prepareCalendar' });
    } catch (error) {
      ports.log.error(`ensureWeekCalendar: ${describe(error)}`);
      calendarText = texts(ports).setup.calendarFailed(message(error));
    } finally {
      // Only this execution's claim is given up; a lapsed one may already be another's.
      releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
    }
  }
  const sections = [setupText, formsText, calendarText, checkText];
  return {
    text: sections.filter((s) => s !== '').join('\n\n'),
    setup: result,
    ...(validation ? { validation } : {}),
  };
}

/** "Kiểm tra kế hoạch": each row's findings written beside it, and the summary. */
// eslint-disable-next-line require-yield -- a job like the others, so every runtime plays it the same way
export function* validateJob(ports: JobPorts): Job<JobOutcome & { validation: ValidationReport }> {
  const validation = validatePlan(ports);
  rememberLanguage(ports.properties, validation.language);
  return { text: validation.summary, validation };
}

/** "Tạo/cập nhật biểu mẫu": the forms from the current plan (choices, seats) and their triggers. */
export function* formsJob(): Job<JobOutcome> {
  return { text: yield* perform({ kind: 'formsAndTriggers' }) };
}

/**
 * "Gửi thư mời": queues one invitation per active staff member (and family, when asked), then
 * sends what today's quota allows; the rest waits in "Hộp thư đi" for the next drain.
 */
export function* inviteJob(
  ports: JobPorts,
  options: { families?: boolean } = {},
): Job<JobOutcome & { queued: SendInvitationsResult }> {
  const queued = sendInvitations(ports, options.families ? { families: true } : {});
  const drained = yield* perform({ kind: 'drain' });
  return { text: invitationSummary(queued, drained, uiLanguage(ports.properties)), queued };
}

/**
 * The drain triggers and "Gửi thư đang chờ": sync the calendar first when it is on and something
 * asks for it (the daily run always; a one-off run after an edit or for a retry), then send
 * what waits (the late guests' invitations among it), then make sure a run is pending while
 * the calendar still has work. A failed sync is logged; the mail still goes.
 */
export function* drainJob(ports: JobPorts, daily: boolean): Job<JobOutcome & { remindersQueued: number }> {
  const { properties } = ports;
  const lines: string[] = [];
  const reminderRun = plannedReminderRun(properties);
  let remindersQueued = 0;
  if (reminderRun !== undefined && reminderRun <= ports.clock.now().getTime()) {
    // The reminder run planned before the quota's reset (remindersJob) is due: it drains too.
    clearPlannedReminderRun(properties);
    const queued = queueReminders(ports, ports.clock.now());
    remindersQueued = queued.queued;
    lines.push(queued.message);
  }
  const enabled = calendarEnabled(properties);
  if (calendarAsked(properties, daily)) {
    try {
      lines.push(...(yield* calendarStep(ports, false)).lines);
    } catch (error) {
      // Retried at the next run.
      ports.log.error(texts(ports).calendar.syncFailed(message(error)));
    }
  }
  lines.push((yield* perform({ kind: 'drain' })).message);
  if (enabled) followUpCalendar(properties, ports.triggers);
  return { text: lines.join('\n'), remindersQueued };
}

/** "Xem trước thay đổi lịch": what a sync would do; nothing is written or sent. */
export function* calendarPreviewJob(): Job<JobOutcome> {
  return { text: yield* perform({ kind: 'calendarPreview' }) };
}

/**
 * "Đồng bộ lịch": creates, updates and cancels the week's events, then sends the waiting mail
 * (late guests' invitations). From then on edits and the drains keep the calendar in step.
 */
export function* calendarSyncJob(ports: JobPorts): Job<JobOutcome> {
  const applied = yield* calendarStep(ports, true);
  const drained = yield* perform({ kind: 'drain' });
  followUpCalendar(ports.properties, ports.triggers);
  return { text: [...applied.lines, drained.message].join('\n') };
}

/**
 * The morning trigger: one reminder per guest for tomorrow's activities, then the drain. When
 * the quota's window cannot take them all now but resets later today, they are queued half an
 * hour before that reset instead (reminder-timing.ts), by the drain run due then.
 */
export function* remindersJob(ports: JobPorts): Job<JobOutcome & { queued: number }> {
  const need = remindersNotQueued(ports);
  if (need > 0) {
    const first = yield* perform({ kind: 'drain', reportQuota: true });
    const left = first.quotaLeft ?? need;
    const at = reminderRunAt(ports, need, left, SCHOOL_TIME_ZONE);
    if (at !== undefined) {
      // What the quota can send now is queued now; the rest half an hour before the reset.
      const now = left > 0 ? queueReminders(ports, ports.clock.now(), { limit: left }) : undefined;
      const language = uiLanguage(ports.properties);
      const planned = texts(ports).calendar.remindersPlanned(
        need - (now?.queued ?? 0),
        formatDayDateTime(toWallClock(new Date(at), SCHOOL_TIME_ZONE), language),
      );
      ports.log.info(planned);
      // Its continuation is left pending by this drain (the planned run is its wake time).
      const drained = yield* perform({ kind: 'drain' });
      const lines = [...(now ? [now.message] : []), planned, drained.message];
      return { text: lines.join('\n'), queued: now?.queued ?? 0 };
    }
  }
  return yield* queueRemindersAndDrain(ports);
}

function* queueRemindersAndDrain(ports: JobPorts): Job<JobOutcome & { queued: number }> {
  clearPlannedReminderRun(ports.properties);
  const queued = queueReminders(ports, ports.clock.now());
  const drained = yield* perform({ kind: 'drain' });
  return { text: [queued.message, drained.message].join('\n'), queued: queued.queued };
}

/**
 * The evening trigger: records any response whose submit run failed (the forms keep them),
 * asks the owners of the activities that are over for their results (once a day, a reminder
 * the day before the report), queues the organiser's progress note (once a day: its key carries the date) and sends it
 * with whatever else waits.
 */
export function* progressJob(ports: JobPorts): Job<JobOutcome> {
  const now = ports.clock.now();
  const missed = yield* perform({ kind: 'missedResponses', now });
  if (missed.submissions.length > 0) {
    const t = texts(ports).progress;
    const imported = importResponses(ports, missed.submissions, { source: t.sweepSource });
    if (imported.recorded + imported.flagged > 0) {
      ports.log.info(t.missedRecorded(imported.recorded + imported.flagged));
    }
  }
  missed.done();
  let progress: DailyProgressResult;
  try {
    queueResultRequests(ports, now);
    // The note tells when the last waiting mail should go: the quota as it stands before this drain.
    const quotaLeft = yield* perform({ kind: 'mailQuota' });
    progress = queueDailyProgress(ports, now, {
      more: (wall, settings) => [
        ...mailOutlook(ports.tables, wall, quotaLeft, settings.language, noteAsQueued(wall, settings)),
        ...(calendarEnabled(ports.properties)
          ? overCapLines(ports.properties, settings.year, settings.language)
          : []),
      ],
    });
  } catch (error) {
    // The sweep's confirmations are queued already: a lock held past its wait by a form
    // rebuild must not leave them for tomorrow's drain. The drain sends them, or (lock still
    // busy) leaves a continuation that will; the run still fails, so the log shows it.
    yield* perform({ kind: 'drain' });
    throw error;
  }
  const drained = yield* perform({ kind: 'drain' });
  return { text: [...progress.lines, drained.message].join('\n') };
}

/** The evening note as it will stand in the outbox, so the outlook counts it (one recipient, a note). */
function noteAsQueued(now: LocalDateTime, settings: Settings): OutboxEntry | undefined {
  if (!settings.organiserEmail) return undefined;
  return {
    key: progressNoteKey(now),
    kind: 'mail',
    recipients: [settings.organiserEmail],
    subject: '',
    payload: '',
    state: PENDING,
    attempts: 0,
    createdAt: now,
  };
}

/**
 * The report, from the menu ('now': always rebuilt) or at the report time ('schedule': once; a
 * second firing finds the final report done and sends nothing), then its link mail.
 */
export function* reportJob(
  ports: JobPorts,
  options: ReportJobOptions,
): Job<JobOutcome & { report: ReportJobResult }> {
  const report = yield* perform({ kind: 'report', options });
  // A run that found another making the report queued nothing: that one drains.
  const drained =
    (options.mode === 'schedule' && report.alreadyDone) || report.busy
      ? undefined
      : yield* perform({ kind: 'drain' });
  const lang = uiLanguage(ports.properties);
  const notice = reportNotice(report, lang);
  const lines = report.busy ? [notice ?? ''] : [reportSummary(report, lang), ...(notice ? [notice] : [])];
  return { text: [...lines, ...(drained ? [drained.message] : [])].join('\n'), report };
}

/**
 * The nightly purge of families' personal data after the retention period (and its menu item),
 * then the forms' own copies of the purged responses — every night once due, so a late
 * response recorded and purged one night leaves the form the same night.
 */
export function* purgeJob(ports: JobPorts): Job<JobOutcome> {
  const result = purgePersonalData(ports);
  const text = purgeSummary(result, uiLanguage(ports.properties));
  const due = result.status === 'purged' || result.status === 'nothing';
  if (!due || result.dryRun || !result.plan) return { text };
  const forms = yield* perform({ kind: 'formResponses', responses: result.plan.familyResponses });
  return { text: forms === '' ? text : `${text}\n${forms}` };
}

/** One calendar sync with its bookkeeping: the dirty mark before, the retry count after. */
function* calendarStep(ports: JobPorts, manual: boolean): Job<CalendarApplied> {
  beforeCalendarSync(ports.properties, ports.clock, manual);
  const applied = yield* perform({ kind: 'calendar', manual });
  afterCalendarSync(ports.properties, applied, ports.clock);
  return applied;
}

const texts = (ports: Pick<JobPorts, 'properties'>) => catalogue(uiLanguage(ports.properties)).jobs;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
