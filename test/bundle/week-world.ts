import { readFormsProgress } from '../../src/app/forms/daily-progress';
import { loadFormsContext } from '../../src/app/forms/forms-context';
import { scenarioDates, type WeekScenario, type WeekStep } from '../../src/app/jobs/week-scenario';
import { addDays, localDateTime, type LocalDateTime } from '../../src/core/cell';
import type { FormId } from '../../src/core/forms/types';
import {
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../src/core/time-zone';
import { loadTab } from '../../src/app/forms/response-store';
import { cellText } from '../../src/core/table';
import { weekSummary, type WeekCounts, type WeekSummary } from '../../src/local/week/week-summary';
import { editEvent, type FakeForm, type FakeFormResponse, type GasFakes } from '../gas/fakes';
import type { ExecutionOptions } from '../gas/fakes/faults';
import { MemoryTables } from '../support/memory-tables';
import { loadBundle, type LoadedBundle } from './load-bundle';
import { gridOf, mailFamiliesInSheet, pasteSampleRoster } from './sheet-view';

/**
 * The week's scenario (src/app/jobs/week-scenario.ts) played through dist/Code.js in the bare vm:
 * the principal's actions (Setup, validation, invitations, the menu calendar syncs, the two
 * cell edits) are menu calls at their times; the responses arrive through the fake Google Forms
 * at their timestamps; everything routine (drains, reminders, the progress note, the report) is
 * left to the triggers the bundle installed, which the fake ScriptApp fires as the clock runs.
 */
export interface VmWeekFaults {
  /** Seeded transient errors on MailApp and CalendarApp calls. */
  readonly transient?: { readonly rate: number; readonly seed: number };
  /** Every trigger (clock and form submit) delivered twice. */
  readonly duplicate?: boolean;
  /**
   * One drain execution cut off: the first run of these handlers (default: the daily drain and
   * its continuation) from this date (`YYYY-MM-DD`) on that reaches the kill point `at`.
   */
  readonly killDrain?: {
    readonly from: string;
    readonly at: Pick<ExecutionOptions, 'killAt' | 'killAfter'>;
    readonly handlers?: readonly string[];
  };
  /** On this date MailApp's quota runs out after this many recipients (and its counter lies). */
  readonly quotaOutOn?: { readonly date: string; readonly quota: number };
}

export interface VmWeek {
  readonly bundle: LoadedBundle;
  /** Form-submit deliveries made (each scenario submission once, before duplication). */
  readonly submitted: number;
  /** Distinct responses Google Forms holds (a re-delivered one is the same response). */
  readonly distinctResponses: number;
  /** The validatePlan dialog's text. */
  readonly validationText: string;
  /** Executions cut off by the injected kill. */
  readonly killed: number;
}

/** Kinds the installed triggers play in Apps Script (the local runtime plays them as steps). */
const BY_TRIGGER: ReadonlySet<WeekStep['kind']> = new Set(['drain', 'reminders', 'progressNote', 'report']);
const DRAINS: ReadonlySet<string> = new Set(['drainOutbox', 'continueOutboxDrain']);
const at = (t: LocalDateTime): number => toInstant(t, SCHOOL_TIME_ZONE).getTime();

export function playWeekInVm(code: string, scenario: WeekScenario, faults: VmWeekFaults = {}): VmWeek {
  const first = scenario.steps[0]!.at;
  const bundle = loadBundle(code, {
    ui: true,
    now: at(first),
    mail: { dailyQuota: scenario.dailyMailLimit, sendMs: 0 },
  });
  const { fakes } = bundle;
  const duplicate = faults.duplicate ?? false;
  let killed = 0;
  let killUsed = false;
  fakes.scriptApp.invoke = (handler, event) => {
    const date = schoolDate(fakes.clock.nowMs);
    const options: ExecutionOptions = {};
    const kill = faults.killDrain;
    const drains = kill?.handlers ? new Set(kill.handlers) : DRAINS;
    if (!killUsed && kill && drains.has(handler) && date >= kill.from) Object.assign(options, kill.at);
    if (bundle.run(handler, event, options).killed) {
      killed++;
      killUsed = true;
    }
  };
  const defaultQuota = fakes.mail.dailyQuota;
  const runTo = (ms: number): void => {
    // Day by day, so the quota fault applies to its day only.
    while (fakes.clock.nowMs < ms) {
      const next = Math.min(ms, nextMidnight(fakes.clock.nowMs));
      const date = schoolDate(fakes.clock.nowMs);
      const out = faults.quotaOutOn?.date === date;
      fakes.mail.dailyQuota = out ? faults.quotaOutOn!.quota : defaultQuota;
      fakes.mail.overstate = out ? 50 : 0;
      fakes.scriptApp.runUntil(next, { duplicate });
    }
  };
  if (faults.transient) {
    fakes.faults.injectTransient(
      [
        'MailApp.sendEmail',
        'Calendar.createEvent',
        'setTime',
        'deleteEvent',
        'addGuest',
        'CalendarApp.getCalendarById',
      ],
      faults.transient.rate,
      faults.transient.seed,
    );
  }

  const responses = new Map<string, FakeFormResponse>();
  let submitted = 0;
  let validationText = '';
  for (const step of scenario.steps) {
    runTo(at(step.at));
    if (BY_TRIGGER.has(step.kind)) continue;
    switch (step.kind) {
      case 'setup':
        bundle.call('setup');
        pasteSampleRoster(fakes.spreadsheet, { families: true });
        if (step.mailFamilies) mailFamiliesInSheet(fakes.spreadsheet);
        bundle.call('syncForms'); // the roster's groups become the forms' choices
        break;
      case 'validate':
        bundle.call('validatePlan');
        validationText = String(fakes.ui!.alerts.at(-1)?.prompt ?? '');
        break;
      case 'invite':
        bundle.call('sendInvitations');
        break;
      case 'syncCalendar':
        bundle.call('syncCalendar');
        break;
      case 'editActivity':
        editActivity(fakes, step, (handler, event) => bundle.run(handler, event));
        break;
      case 'submit': {
        const raw = step.submission.raw;
        const known = raw.responseId === undefined ? undefined : responses.get(raw.responseId);
        const form = formOf(fakes, step.submission.formId);
        const response = known ?? fakes.formApp.respond(form, raw.email ?? '', answersFor(form, raw.answers));
        if (raw.responseId !== undefined) responses.set(raw.responseId, response);
        fakes.deliverFormSubmit(form, response, duplicate ? 2 : 1);
        submitted++;
        break;
      }
    }
  }
  // The report trigger at 17:00 of the last day, and the drain it schedules.
  runTo(at(scenario.steps.at(-1)!.at) + 3600_000);
  fakes.faults.clearTransient();
  return { bundle, submitted, distinctResponses: responses.size, validationText, killed };
}

/** The school's date of an instant, `YYYY-MM-DD`. */
export const schoolDate = (ms: number): string =>
  toWallClock(new Date(ms), SCHOOL_TIME_ZONE).iso.slice(0, 10);

/** The next 00:00 in the school after an instant. */
export function nextMidnight(ms: number): number {
  const [y, m, d] = schoolDate(ms).split('-').map(Number);
  return at(addDays(localDateTime(y!, m!, d!), 1));
}

const FORM_TITLES: Record<FormId, RegExp> = {
  attendance: /^Lễ khai mạc/,
  training: /^Đăng ký tập huấn/,
  nomination: /^Đề cử/,
  result: /^Báo cáo kết quả/,
};

/** One of the week's forms among those Setup made. */
export function formOf(fakes: GasFakes, formId: FormId): FakeForm {
  const form = fakes.formApp.forms.find((f) => FORM_TITLES[formId].test(f.title));
  if (!form) throw new Error(`no ${formId} form in ${fakes.formApp.forms.map((f) => f.title).join(', ')}`);
  return form;
}

/** The scenario's answers keyed by title, as the fake form takes them (questions it lacks are skipped). */
export function answersFor(
  form: FakeForm,
  answers: Readonly<Record<string, string | readonly string[]>>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [title, value] of Object.entries(answers)) {
    if (!form.item(title)) continue;
    out[title] = typeof value === 'string' ? value : [...value];
  }
  return out;
}

/**
 * The principal's edit of an Activities cell; `fire` is handed each installed edit trigger's
 * handler and event (run at once in the vm week, started as an execution side by side).
 */
export function editActivity(
  fakes: GasFakes,
  step: Extract<WeekStep, { kind: 'editActivity' }>,
  fire: (handler: string, event: ReturnType<typeof editEvent>) => void,
): void {
  const sheet = fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
  const rows = sheet.dump();
  const row = rows.findIndex((r) => r[0]?.value === step.activityId) + 1;
  if (row === 0) throw new Error(`no activity ${step.activityId}`);
  for (const [key, value] of Object.entries(step.cells)) {
    const header = ACTIVITIES_TABLE.columns.find((c) => c.key === key)!.header;
    const col = rows[0]!.findIndex((c) => c?.value === header) + 1;
    const stored = value !== null && typeof value === 'object' ? new Date(at(value)) : value;
    const range = sheet.getRange(row, col);
    range.setValues([[stored as string]]);
    for (const trigger of fakes.scriptApp.editTriggers(fakes.spreadsheet.id))
      fire(trigger.handler, editEvent(fakes.rec, sheet, range, stored));
  }
}

export function tablesOf(bundle: LoadedBundle): MemoryTables {
  const tables = new MemoryTables();
  for (const sheet of bundle.fakes.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const grid = gridOf(bundle.fakes.spreadsheet, name);
    if (grid) tables.tabs.set(name, grid);
  }
  return tables;
}

const RESPONSE_TABS = [ATTENDANCE_TABLE, TRAINING_SIGNUPS_TABLE, NOMINATIONS_TABLE];

/**
 * The vm week's summary, in the local runtime's shape (src/local/week/week-summary.ts), read from
 * what Apps Script would hold: the spreadsheet's tabs, the calendar's events, the validation
 * dialog; the files are where Apps Script keeps them (the spreadsheet, the report's Doc).
 */
export function vmSummary(week: VmWeek, scenario: WeekScenario): WeekSummary {
  const tables = tablesOf(week.bundle);
  const names = tables.tableNames();
  const raw = loadTab(tables, RAW_RESPONSES_TABLE, names).rows.length;
  const flagged = RESPONSE_TABS.flatMap((spec) => loadTab(tables, spec, names).rows).filter(
    (r) => cellText(r.cells['problems']).trim() !== '',
  ).length;
  const found = /(\d+) lỗi, (\d+) cảnh báo/.exec(week.validationText);
  if (!found) throw new Error(`no counts in the validation dialog: ${week.validationText}`);
  const events = week.bundle.fakes.calendarApp.liveEvents();
  const memory: WeekCounts = {
    validation: { errors: Number(found[1]), warnings: Number(found[2]) },
    calendar: {
      events: events.length,
      cancelled: week.bundle.fakes.calendarApp.cancellations.length,
      guests: new Set(events.flatMap((e) => [...e.guests])).size,
    },
    received: week.submitted,
    recorded: raw,
    duplicates: week.submitted - raw,
    flagged,
  };
  const end = scenario.steps.at(-1)!.at;
  const doc = week.bundle.fakes.documentApp.docs[0];
  return weekSummary({
    tables,
    memory,
    progress: readFormsProgress(tables, end, loadFormsContext(tables)),
    dates: scenarioDates(scenario),
    dailyMailLimit: scenario.dailyMailLimit,
    // Where Apps Script keeps them: the spreadsheet itself, the report's Doc.
    workbookFile: `https://docs.google.com/spreadsheets/d/${week.bundle.fakes.spreadsheet.id}`,
    ...(doc ? { reportFile: doc.url } : {}),
    logErrors: week.bundle.fakes.executions.filter((e) => !e.ok).length,
  });
}
