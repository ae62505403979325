// The only file whose exports become Apps Script global functions (scripts/build.mjs writes one
// top-level declaration per export). Each entry works when run from the editor (no event
// object) and from a trigger (no UI): see DESIGN.md section 9.
import { queueDailyProgress } from '../app/daily-progress';
import { drainOutbox as drain } from '../app/drain-outbox';
import { handleFormSubmit, importResponses } from '../app/handle-form-submit';
import { purgePersonalData as purge } from '../app/purge-personal-data';
import { runReportJob } from '../app/report-job';
import { sendInvitations as queueInvitations } from '../app/send-invitations';
import { CONFIRMATION_DRAIN_AFTER_MS } from '../app/schedule';
import { setup as setupPlan } from '../app/setup';
import { syncForms as makeForms } from '../app/sync-forms';
import { validatePlan as checkPlan, type ValidationReport } from '../app/validate-plan';
import type { FormId } from '../core/forms/types';
import { LockUnavailableError } from '../ports';
import { NO_EVENT_MESSAGE, submissionFromResponse, type FormSubmitEvent } from './form-event';
import {
  calendarPreview,
  ensureWeekCalendar,
  remindAndDrain,
  syncCalendarNow,
  withCalendar,
} from './calendar-sync';
import { planEdited } from './edit-trigger';
import {
  failure,
  FORM_LABELS,
  formsSummary,
  invitationSummary,
  LOCK_BUSY,
  MENU_ITEMS,
  MENU_TITLE,
  purgeSummary,
  setupSummary,
  TITLES,
  triggersSummary,
} from './messages';
import { gasRuntime, type GasRuntime } from './runtime';
import { responsesSinceLastSweep } from './missed-responses';
import { reportSummary } from './report-messages';
import { rememberReportTrigger, reportTrigger } from './report-trigger';
import { editTrigger, installTriggers, wantedTriggers } from './trigger-installer';
import { availableUi, tell, toast } from './ui';

/** How long a menu action waits for another run to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

/** Simple trigger: adds the menu. Without a UI (e.g. run from a trigger) there is nothing to add. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = availableUi();
  if (!ui) return;
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/**
 * Menu "Thiết lập": creates and repairs the tabs, fills the 2021 plan into an empty sheet,
 * creates or updates the three forms, installs the triggers (exactly one each), checks the plan.
 */
export function setup(): void {
  guarded(TITLES.setup, (runtime) => {
    const result = setupPlan(runtime, { plan: 'seed' });
    const lines = [setupSummary(result), formsAndTriggers(runtime)];
    try {
      lines.push(ensureWeekCalendar(runtime));
    } catch (error) {
      runtime.log.error(`ensureWeekCalendar: ${describe(error)}`);
      lines.push(`Chưa chuẩn bị được lịch của tuần lễ: ${message(error)}`);
    }
    try {
      lines.push(checkPlan(runtime).summary);
    } catch (error) {
      runtime.log.error(`validatePlan after setup: ${describe(error)}`);
      lines.push(`Chưa kiểm tra được kế hoạch: ${message(error)}`);
    }
    return { title: TITLES.setup, text: lines.join('\n\n') };
  });
}

/** Menu "Kiểm tra kế hoạch": writes each row's findings and shows the summary. */
export function validatePlan(): void {
  guarded(TITLES.validate.vi, (runtime) => {
    const report: ValidationReport = checkPlan(runtime);
    const title = TITLES.validate[report.language];
    toast(runtime.spreadsheet, title, report.summary);
    return { title, text: report.summary };
  });
}

/** Menu "Tạo/cập nhật biểu mẫu": the forms from the current plan (choices, seats) and their triggers. */
export function syncForms(): void {
  guarded(TITLES.forms, (runtime) => ({ title: TITLES.forms, text: formsAndTriggers(runtime) }));
}

/**
 * Menu "Gửi thư mời": queues the invitation of every active staff member, then sends what
 * today's quota allows; the rest waits in "Hộp thư đi" for tomorrow's drain. Each use case
 * takes the script lock itself (a nested lock would be released by the inner one).
 */
export function sendInvitations(): void {
  reported(TITLES.invite, (runtime) => {
    const queued = queueInvitations(runtime);
    const drained = drain(runtime);
    return { title: TITLES.invite, text: invitationSummary(queued, drained) };
  });
}

/** Menu "Gửi thư đang chờ", and the daily time-driven drain (some time after 00:10). */
export function drainOutbox(_e?: unknown): void {
  reported(TITLES.drain, (runtime) => ({
    title: TITLES.drain,
    text: withCalendar(runtime, true, () => drain(runtime).message),
  }));
}

/** The one-off trigger the drain schedules for itself (time budget spent, or quota back tomorrow). */
export function continueOutboxDrain(_e?: unknown): void {
  reported(TITLES.drain, (runtime) => ({
    title: TITLES.drain,
    text: withCalendar(runtime, false, () => drain(runtime).message),
  }));
}

/** Menu "Xem trước thay đổi lịch": the planned calendar changes; nothing is written or sent. */
export function previewCalendarSync(_e?: unknown): void {
  reported(TITLES.calendarPreview, (runtime) => ({
    title: TITLES.calendarPreview,
    text: calendarPreview(runtime),
  }));
}

/**
 * Menu "Đồng bộ lịch": creates, updates and cancels the week's events (each write through the
 * outbox), then sends the waiting mails (late guests' invitations with the .ics). From then on
 * edits and the drain triggers keep the calendar in step.
 */
export function syncCalendar(_e?: unknown): void {
  reported(TITLES.calendarSync, (runtime) => ({
    title: TITLES.calendarSync,
    text: syncCalendarNow(runtime, () => drain(runtime).message),
  }));
}

/** Daily trigger (07:00 hour): one reminder per guest for tomorrow's activities, then the drain. */
export function sendReminders(_e?: unknown): void {
  reported(TITLES.reminders, (runtime) => ({
    title: TITLES.reminders,
    text: remindAndDrain(runtime, () => drain(runtime).message),
  }));
}

/** Installable edit trigger: an edit of a plan tab marks the calendar for the next sync (no calendar call). */
export function onPlanEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  planEdited(e, gasRuntime);
}

/**
 * Daily trigger (some time after 17:00): records any response whose submit trigger failed,
 * queues the organiser's short progress note (once per day: its outbox key carries the date)
 * and sends it with whatever else is waiting.
 */
export function sendDailyProgress(_e?: unknown): void {
  reported(TITLES.progress, (runtime) => {
    const now = runtime.clock.now();
    const missed = responsesSinceLastSweep(runtime.properties, runtime.env.spreadsheetTimeZone(), now, (m) =>
      runtime.log.error(m),
    );
    if (missed.submissions.length > 0) {
      const imported = importResponses(runtime, missed.submissions, { source: 'Quét lại hằng ngày' });
      if (imported.recorded + imported.flagged > 0) {
        runtime.log.info(`Đã ghi ${imported.recorded + imported.flagged} câu trả lời bị bỏ lỡ.`);
      }
    }
    missed.done();
    const progress = queueDailyProgress(runtime, now);
    const drained = drain(runtime);
    return { title: TITLES.progress, text: [...progress.lines, drained.message].join('\n') };
  });
}

/**
 * Menu "Tạo báo cáo ngay": builds the report now into the year's one Doc, shares it with
 * leadership and queues the link mail (once per Doc and kind); before the report time the
 * model marks it as a preview.
 */
export function buildReportNow(_e?: unknown): void {
  reported(TITLES.report, (runtime) => {
    const result = runReportJob(runtime, { mode: 'now' });
    const drained = drain(runtime);
    return { title: TITLES.report, text: [reportSummary(result), drained.message].join('\n') };
  });
}

/**
 * The one-off trigger at the report time: builds the final report once. A second firing (or a
 * duplicated delivery) finds the final report done and makes no second Doc nor mail.
 */
export function buildReportOnSchedule(_e?: unknown): void {
  reported(TITLES.report, (runtime) => {
    const result = runReportJob(runtime, { mode: 'schedule' });
    const drained = result.alreadyDone ? undefined : drain(runtime);
    return {
      title: TITLES.report,
      text: [reportSummary(result), ...(drained ? [drained.message] : [])].join('\n'),
    };
  });
}

/**
 * Daily trigger (some time after 02:00) and menu "Xóa dữ liệu cá nhân hết hạn": from 00:00 of
 * the day after the week's end plus "Thời hạn lưu dữ liệu cá nhân" (Settings), replaces the
 * families' personal data (names, addresses, children, emails…) in every tab while keeping the
 * counts; the dialog (or the log) says what was removed. Before the date it reads Settings only
 * and says when. Running it again changes nothing.
 */
export function purgePersonalData(_e?: unknown): void {
  reported(TITLES.purge, (runtime) => ({ title: TITLES.purge, text: purgeSummary(purge(runtime)) }));
}

/** Form-submit trigger of the "Lễ khai mạc" form. */
export function onAttendanceSubmit(e?: FormSubmitEvent): void {
  recordSubmission('attendance', e);
}

/** Form-submit trigger of the "Tập huấn / nói chuyện" form. */
export function onTrainingSubmit(e?: FormSubmitEvent): void {
  recordSubmission('training', e);
}

/** Form-submit trigger of the "Đề cử Gia đình hiếu học" form. */
export function onNominationSubmit(e?: FormSubmitEvent): void {
  recordSubmission('nomination', e);
}

/**
 * One response: the pipeline records it under the lock (a second delivery of the same response
 * changes nothing), then a drain is scheduled soon for its confirmation mail unless one is
 * pending. A failure is rethrown so the execution shows as failed; Google Forms keeps the
 * response itself.
 */
function recordSubmission(formId: FormId, e: FormSubmitEvent): void {
  if (!e?.response) {
    tell(TITLES.submit, NO_EVENT_MESSAGE);
    return;
  }
  try {
    const runtime = gasRuntime();
    const submission = submissionFromResponse(e.response, formId, runtime.env.spreadsheetTimeZone());
    const outcome = handleFormSubmit(runtime, submission);
    runtime.log.info(`Biểu mẫu ${formId}: câu trả lời ${outcome.responseId} – ${outcome.status}.`);
    if (outcome.queued.length > 0) drainSoon(runtime);
  } catch (error) {
    console.error(`Biểu mẫu ${formId}: ${describe(error)}`);
    throw error;
  }
}

function drainSoon(runtime: GasRuntime): void {
  try {
    runtime.lock.withLock(LOCK_WAIT_MS, () => {
      if (!runtime.triggers.hasPendingContinuation()) {
        runtime.triggers.scheduleContinuation(CONFIRMATION_DRAIN_AFTER_MS);
      }
    });
  } catch (error) {
    // The daily drain sends it anyway; the response itself is recorded.
    runtime.log.error(`Chưa hẹn được lần gửi thư xác nhận: ${describe(error)}`);
  }
}

/** Forms from the plan, then exactly one trigger each (daily drain, progress, form submits). */
function formsAndTriggers(runtime: GasRuntime): string {
  const lines: string[] = [];
  const formIds: Partial<Record<FormId, string>> = {};
  try {
    const result = makeForms(runtime);
    for (const form of result.forms) formIds[form.formId] = form.id;
    lines.push(
      formsSummary(
        result.forms.map((f) => ({ title: FORM_LABELS[f.formId], created: f.created, url: f.publishedUrl })),
      ),
    );
  } catch (error) {
    runtime.log.error(`syncForms: ${describe(error)}`);
    lines.push(`Chưa tạo/cập nhật được biểu mẫu: ${message(error)}`);
  }
  let report: ReturnType<typeof reportTrigger>;
  try {
    report = reportTrigger(runtime.tables, runtime.properties, runtime.clock.now());
  } catch (error) {
    runtime.log.error(`reportTrigger: ${describe(error)}`);
  }
  lines.push(
    triggersSummary(
      installTriggers(
        wantedTriggers(formIds, [...(report ? [report] : []), editTrigger(runtime.spreadsheet.getId())]),
      ),
    ),
  );
  rememberReportTrigger(runtime.properties, report);
  return lines.join('\n');
}

/**
 * Runs an action under the script lock and tells the person what happened. Without a UI a
 * failure is rethrown so the execution is marked failed in the Apps Script dashboard.
 */
function guarded(
  fallbackTitle: string,
  action: (runtime: GasRuntime) => { title: string; text: string },
): void {
  reported(fallbackTitle, (runtime) => runtime.lock.withLock(LOCK_WAIT_MS, () => action(runtime)));
}

/** Tells the outcome (dialog, or the log in a trigger); for actions that lock by themselves. */
function reported(
  fallbackTitle: string,
  action: (runtime: GasRuntime) => { title: string; text: string },
): void {
  try {
    const outcome = action(gasRuntime());
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    if (!availableUi()) throw error;
    tell(fallbackTitle, error instanceof LockUnavailableError ? LOCK_BUSY : failure(error));
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
