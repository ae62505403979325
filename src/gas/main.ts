// The only file whose exports become Apps Script global functions (scripts/build.mjs writes one
// top-level declaration per export). Each export plays one job of src/app/jobs with this
// execution's services as its effects; each works when run from the editor (no event object)
// and from a trigger (no UI).
import { drainOutbox as drain } from '../app/outbox/drain-outbox';
import { recordedRun } from '../app/jobs/last-runs';
import { mailReserve } from '../app/jobs/mail-reserve';
import { plannedReminderRun } from '../app/jobs/reminder-timing';
import { runJob, type Job, type SyncEffects } from '../app/jobs/effects';
import {
  calendarPreviewJob,
  calendarSyncJob,
  drainJob,
  formsJob,
  inviteJob,
  JOB_LOCK_WAIT_MS,
  progressJob,
  purgeJob,
  remindersJob,
  reportJob,
  setupJob,
  validateJob,
  WHOLE_RUN_LOCKED,
  type JobName,
  type JobOutcome,
} from '../app/jobs/jobs';
import { runReportJob } from '../app/report/report-job';
import {
  acceptBlankSubmit,
  acceptResponse,
  processResponsesJob,
  type QueuePorts,
} from '../app/jobs/response-queue';
import { syncForms as makeForms } from '../app/forms/sync-forms';
import { loadRawLog } from '../app/forms/response-store';
import type { FormId } from '../core/forms/types';
import { LockUnavailableError } from '../ports';
import { noEventMessage, type FormSubmitEvent } from './form-event';
import { processingRuns, propertiesOf, propertyInbox, scriptStore } from './response-inbox';
import { applyCalendar, calendarPreview, ensureWeekCalendar } from './calendar-sync';
import { purgeFormCopies } from './form-copies-purge';
import { hasFullConsent } from './consent';
import { planEdited } from './edit-trigger';
import { uiLanguage } from '../app/jobs/language';
import {
  explainedFailure,
  failureText,
  formsSummary,
  menuItems,
  menuTexts,
  triggersSummary,
  type TitleKey,
} from './messages';
import { gasRuntime, type GasRuntime } from './runtime';
import { consoleLog, scriptProperties, systemClock } from './services';
import { responsesSinceLastSweep } from './missed-responses';
import { rememberReportTrigger, reportTrigger } from './report-trigger';
import { reportRetryTrigger } from './report-retry';
import { editTrigger, installTriggers, wantedTriggers } from './trigger-installer';
import { availableUi, tell, toast } from './ui';
import { exportPlanToDoc, importPlanFromDoc } from './plan-document';
import { commendationToDocs } from './commendation-document';
import { announcementsToDoc } from './announce-document';
import { claimOwnership, ownerRefusal } from './owner';
import { ensureSchoolLocale } from './sheet-locale';
import { takeOver } from './take-over';
import { dashboardDataNow, showDashboardSidebar } from './dashboard';
import type { DashboardPayload } from '../core/dashboard/render-dashboard';

/** Simple trigger: adds the menu. Without a UI (e.g. run from a trigger) there is nothing to add. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = availableUi();
  if (!ui) return;
  const lang = uiLanguage(scriptProperties());
  const menu = ui.createMenu(menuTexts(lang).title);
  for (const item of menuItems(lang)) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Menu "Thiết lập": tabs, the default plan in an empty sheet, forms, triggers, calendar, the check. */
export function setup(): void {
  play('setup', 'setup', (runtime) => setupJob(runtime, { plan: 'seed' }));
}

/** Menu "Kiểm tra kế hoạch": writes each row's findings and shows the summary. */
export function validatePlan(): void {
  reported('validate', (runtime) => {
    const { validation } = locked('validate', runtime, () =>
      runJob(validateJob(runtime), gasEffects(runtime)),
    );
    const title = menuTexts(validation.language).titles.validate;
    toast(runtime.spreadsheet, title, validation.summary);
    return { title, text: validation.summary };
  });
}

/** Menu "Bảng điều khiển": the week's figures in a sidebar; it writes nothing. */
export function openDashboard(): void {
  if (!hasFullConsent()) return;
  try {
    showDashboardSidebar();
  } catch (error) {
    console.error(describe(error));
    const lang = uiLanguage(scriptProperties());
    tell(menuTexts(lang).titles.dashboard, failureText(error, lang));
  }
}

/** The sidebar's "Làm mới" (google.script.run): the figures again, as plain data. */
export function dashboardData(): DashboardPayload {
  return dashboardDataNow();
}

/** Menu "Tạo/cập nhật biểu mẫu": the forms from the current plan (choices, seats) and their triggers. */
export function syncForms(): void {
  play('forms', 'forms', () => formsJob());
}

/** Menu "Gửi thư mời": the staff's invitations queued, then what today's quota allows is sent. */
export function sendInvitations(): void {
  play('invite', 'invite', (runtime) => inviteJob(runtime));
}

/** Menu "Gửi thư đang chờ", and the daily time-driven drain (some time after 00:10). */
export function drainOutbox(e?: unknown): void {
  play('drain', 'drain', (runtime) => drainJob(runtime, true), e);
}

/** The one-off trigger the jobs schedule (a confirmation, an edit, the time budget, tomorrow's quota). */
export function continueOutboxDrain(e?: unknown): void {
  play('continuation', 'drain', (runtime) => drainJob(runtime, false), e);
}

/** Menu "Xem trước thay đổi lịch": the planned calendar changes; nothing is written or sent. */
export function previewCalendarSync(_e?: unknown): void {
  play('calendarPreview', 'calendarPreview', () => calendarPreviewJob());
}

/** Menu "Đồng bộ lịch": the week's events created, updated, cancelled; from then on they follow edits. */
export function syncCalendar(e?: unknown): void {
  play('calendarSync', 'calendarSync', (runtime) => calendarSyncJob(runtime), e);
}

/** Daily trigger (07:00 hour): one reminder per guest for tomorrow's activities, then the drain. */
export function sendReminders(e?: unknown): void {
  play('reminders', 'reminders', (runtime) => remindersJob(runtime), e);
}

/** Installable edit trigger: an edit of a plan tab marks the calendar for the next sync (no calendar call). */
export function onPlanEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  planEdited(e, gasRuntime);
}

/** Daily trigger (some time after 17:00): missed responses recorded, the organiser's note sent. */
export function sendDailyProgress(e?: unknown): void {
  play('progress', 'progress', (runtime) => progressJob(runtime), e);
}

/** Menu "Tạo báo cáo ngay": the report (re)built into the year's one Doc, shared, its link mailed. */
export function buildReportNow(e?: unknown): void {
  play('report', 'report', (runtime) => reportJob(runtime, { mode: 'now' }), e);
}

/** Menu "Nhập kế hoạch từ Google Docs": a Doc's KẾ HOẠCH into Settings and Activities, after a confirm. */
export function importPlan(): void {
  if (!hasFullConsent()) return;
  const lang = uiLanguage(scriptProperties());
  try {
    const outcome = importPlanFromDoc(gasRuntime(), lang);
    if (outcome) tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    const t = menuTexts(lang);
    tell(t.items.importPlan, error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang));
  }
}

/** Menu "Xuất kế hoạch": this year's KẾ HOẠCH as a new Google Doc, every year and date from Settings. */
export function exportPlan(): void {
  if (!hasFullConsent()) return;
  const lang = uiLanguage(scriptProperties());
  try {
    const outcome = exportPlanToDoc(gasRuntime(), lang);
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    tell(menuTexts(lang).items.exportPlan, failureText(error, lang));
  }
}

/** Menu "Tạo thông báo và mã QR": the posters with their QR codes and the Zalo texts, as one Google Doc. */
export function makeAnnouncements(): void {
  if (!hasFullConsent()) return;
  const lang = uiLanguage(scriptProperties());
  try {
    const outcome = announcementsToDoc(gasRuntime(), lang);
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    tell(menuTexts(lang).items.makeAnnouncements, failureText(error, lang));
  }
}

/** Menu "Khen thưởng và thư đề cử": the proposal tab, then the decision draft and the ward letter as Docs. */
export function makeCommendation(): void {
  if (!hasFullConsent()) return;
  const lang = uiLanguage(scriptProperties());
  try {
    const outcome = commendationToDocs(gasRuntime(), lang);
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    const t = menuTexts(lang);
    tell(
      t.items.makeCommendation,
      error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang),
    );
  }
}

/** The one-off trigger at the report time: the final report, once (a second firing does nothing). */
export function buildReportOnSchedule(e?: unknown): void {
  play('report', 'report', (runtime) => reportJob(runtime, { mode: 'schedule' }), e);
}

/**
 * Daily trigger (some time after 02:00) and menu "Xóa dữ liệu cá nhân hết hạn": the families'
 * personal data replaced once the retention period of Settings has passed; counts kept.
 */
export function purgePersonalData(e?: unknown): void {
  play('purge', 'purge', (runtime) => purgeJob(runtime), e);
}

/**
 * Menu "Chuyển quyền chạy tự động": this account's leftover triggers removed; after a confirm,
 * the automation moved to this account and its one set installed by Setup.
 */
export function takeOverAutomation(): void {
  reported('takeOver', (runtime) => {
    const lang = uiLanguage(runtime.properties);
    const title = menuTexts(lang).titles.takeOver;
    const outcome = runtime.lock.withLock(JOB_LOCK_WAIT_MS, () => takeOver(runtime.properties, lang));
    if (!outcome.tookOver) return { title, text: outcome.text };
    const installed = locked('setup', runtime, () =>
      runJob(setupJob(runtime, { plan: 'seed' }), gasEffects(runtime)),
    ).text;
    return { title, text: [outcome.text, installed].join('\n\n') };
  });
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

/** Form-submit trigger of the "Báo cáo kết quả hoạt động" form (activities' owners). */
export function onResultSubmit(e?: FormSubmitEvent): void {
  recordSubmission('result', e);
}

/**
 * The one-off run a minute after a submission: every waiting response recorded as one batch
 * (dedupe, normalise, seats, outbox), then the confirmations sent. A busy lock reschedules it.
 */
export function processResponses(e?: unknown): void {
  play(
    'processResponses',
    'submit',
    (runtime) => processResponsesJob({ ...runtime, ...queueOf(runtime) }),
    e,
  );
}

/**
 * A submit run: the response made durable (one script property) and one processing run made
 * pending — no lock, no spreadsheet, so it never waits for a drain. A failure is rethrown so the
 * execution shows as failed; Google Forms keeps the response and the daily sweep records it.
 */
function recordSubmission(formId: FormId, e: FormSubmitEvent): void {
  const store = scriptStore();
  const properties = propertiesOf(store);
  const clock = systemClock();
  const ports: QueuePorts = {
    inbox: propertyInbox(store, () => Session.getScriptTimeZone()),
    runs: processingRuns(store, () => clock.now()),
    clock,
    log: consoleLog(),
    properties,
  };
  if (!e?.response) {
    acceptBlankSubmit(ports, formId);
    tell(menuTexts(uiLanguage(properties)).titles.submit, noEventMessage(uiLanguage(properties)));
    return;
  }
  try {
    acceptResponse(ports, { formId, responseId: e.response.getId(), receivedAt: clock.now().toISOString() });
  } catch (error) {
    throw explainedFailure(error, uiLanguage(properties));
  }
}

/** The response queue with this execution's services (the processing run). */
function queueOf(runtime: GasRuntime): Pick<QueuePorts, 'inbox' | 'runs'> {
  const store = scriptStore();
  return {
    inbox: propertyInbox(store, () => runtime.env.spreadsheetTimeZone()),
    runs: processingRuns(store, () => runtime.clock.now()),
  };
}

/** The jobs' effects with this execution's services. */
function gasEffects(runtime: GasRuntime): SyncEffects {
  return {
    drain: (effect) =>
      drain(runtime, {
        language: uiLanguage(runtime.properties),
        reserve: (untilMs) => mailReserve(runtime, untilMs),
        wakeAt: () => plannedReminderRun(runtime.properties),
        ...(effect.reportQuota ? { reportQuota: true } : {}),
      }),
    mailQuota: () => {
      try {
        return runtime.mail.remainingDailyQuota();
      } catch {
        return undefined;
      }
    },
    calendar: () => applyCalendar(runtime),
    report: (effect) =>
      runReportJob({ ...runtime, reportRetry: reportRetryTrigger(runtime.properties) }, effect.options),
    formsAndTriggers: () => runtime.lock.withLock(JOB_LOCK_WAIT_MS, () => formsAndTriggers(runtime)),
    prepareCalendar: () => ensureWeekCalendar(runtime),
    calendarPreview: () => calendarPreview(runtime),
    missedResponses: (effect) =>
      responsesSinceLastSweep(
        runtime.properties,
        runtime.env.spreadsheetTimeZone(),
        effect.now,
        (m) => runtime.log.error(m),
        queueOf(runtime).inbox,
        () => loadRawLog(runtime.tables, runtime.tables.tableNames()).ids,
      ),
    formResponses: (effect) =>
      purgeFormCopies(runtime.properties, runtime.spreadsheet, effect.responses, runtime.log),
  };
}

/**
 * Plays a job and tells its outcome under the menu item's title; `event`: the trigger's, absent
 * for a menu click. An account that does not own the automation is refused (gas/owner.ts).
 */
function play(
  name: JobName,
  titleKey: TitleKey,
  job: (runtime: GasRuntime) => Job<JobOutcome>,
  event?: unknown,
): void {
  reported(titleKey, (runtime) => {
    const lang = uiLanguage(runtime.properties);
    const title = menuTexts(lang).titles[titleKey];
    const refusal = ownerRefusal(name, event, runtime.properties, lang);
    if (refusal !== undefined) {
      runtime.log.info(refusal);
      return { title, text: refusal };
    }
    const outcome = recordedRun(runtime, name, () =>
      locked(name, runtime, () => runJob(job(runtime), gasEffects(runtime))),
    );
    return { title, text: outcome.text };
  });
}

/** The whole job under the script lock when it must be; otherwise each use case locks itself. */
function locked<T>(name: JobName, runtime: GasRuntime, run: () => T): T {
  return WHOLE_RUN_LOCKED.has(name) ? runtime.lock.withLock(JOB_LOCK_WAIT_MS, run) : run();
}

/** Forms from the plan, then exactly one trigger each (daily drain, progress, form submits). */
function formsAndTriggers(runtime: GasRuntime): string {
  const lang = uiLanguage(runtime.properties);
  const t = menuTexts(lang);
  // Checked again under the lock: two editors may have clicked at once.
  const claim = claimOwnership(runtime.properties, lang);
  if (claim.refusal !== undefined) return claim.refusal;
  const lines: string[] = [claim.line, ensureSchoolLocale(runtime.spreadsheet, lang)].filter((l) => l !== '');
  const formIds: Partial<Record<FormId, string>> = {};
  try {
    const result = makeForms(runtime);
    for (const form of result.forms) formIds[form.formId] = form.id;
    lines.push(
      formsSummary(
        result.forms.map((f) => ({ title: t.forms[f.formId], created: f.created, url: f.publishedUrl })),
        lang,
      ),
    );
  } catch (error) {
    runtime.log.error(`syncForms: ${describe(error)}`);
    lines.push(t.formsFailed(message(error)));
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
      lang,
    ),
  );
  rememberReportTrigger(runtime.properties, report);
  return lines.join('\n');
}

/**
 * Tells the outcome (dialog, or the log in a trigger). Without a UI a failure is rethrown so
 * the execution is marked failed in the Apps Script dashboard.
 */
function reported(
  fallbackTitle: TitleKey,
  action: (runtime: GasRuntime) => { title: string; text: string },
): void {
  if (!hasFullConsent()) return;
  try {
    const outcome = action(gasRuntime());
    tell(outcome.title, outcome.text);
  } catch (error) {
    console.error(describe(error));
    const lang = uiLanguage(scriptProperties());
    if (!availableUi()) throw explainedFailure(error, lang);
    const t = menuTexts(lang);
    tell(
      t.titles[fallbackTitle],
      error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang),
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
