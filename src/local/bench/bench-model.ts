import type { CallCounts } from './bench-ports';
import type { CallSnapshot } from './gas-stand-ins';

/**
 * The latency model: what one Apps Script service call costs, in milliseconds. These are
 * ASSUMPTIONS of the right order, not measurements of ours; change them here and only here.
 * Sources (orders of magnitude, consumer accounts, 2019–2023):
 * - Google, "Best practices" (developers.google.com/apps-script/guides/support/best-practices):
 *   each service call is a round trip; batch reads/writes (getValues/setValues) are the fix.
 * - Community benchmarks of SpreadsheetApp (e.g. Kanshi Tanaike's "Benchmark: Reading and
 *   Writing Spreadsheet using Google Apps Script", github.com/tanaikech): a getValues/setValues
 *   call costs on the order of 0.1–0.3 s, plus about 1–3 µs per cell read and several µs per
 *   cell written.
 * - Forum reports of MailApp.sendEmail at about 0.2–0.5 s each, CalendarApp createEvent with
 *   guests at 0.5–1 s, DocumentApp appends at tens of ms, PropertiesService at ~20–50 ms.
 */
export const LATENCY_MS = {
  sheetRead: 200,
  sheetWrite: 250,
  sheetOther: 60,
  perCellRead: 0.003,
  perCellWritten: 0.01,
  mail: 350,
  calendar: 800,
  forms: 120,
  documents: 40,
  properties: 30,
  /**
   * ScriptApp (triggers: newTrigger, its builder, getProjectTriggers, deleteTrigger), assumed
   * slower than a property: a trigger is a project resource, not a key in a store.
   */
  triggers: 150,
  /** LockService, Session, Utilities, MailApp's quota question: small calls like properties. */
  smallCall: 30,
  /** FormResponse, ItemResponse and Item getters: one round trip each, cheaper than opening a form. */
  formItem: 20,
  /** Script start, lock and the spreadsheet's opening: paid once per execution that opens it. */
  execution: 1_500,
  /**
   * The part of `execution` that every run pays, even one that never opens the spreadsheet
   * (a submit run): the runtime started and the bundle loaded. The rest of the 1.5 s is the
   * spreadsheet's opening, paid where SpreadsheetApp.getActiveSpreadsheet is called.
   */
  scriptStart: 500,
} as const;

/** Apps Script's limits: 6 minutes per execution; the drain stops itself after 270 s. */
export const EXECUTION_LIMIT_MS = 360_000;
export const DRAIN_BUDGET_MS = 270_000;
export const MAIL_QUOTA = { consumer: 100, workspace: 1_500 } as const;

export function estimateMs(calls: CallCounts, latency: typeof LATENCY_MS = LATENCY_MS): number {
  return Math.round(
    latency.execution +
      calls.sheetReads * latency.sheetRead +
      calls.sheetWrites * latency.sheetWrite +
      calls.sheetOther * latency.sheetOther +
      calls.cellsRead * latency.perCellRead +
      calls.cellsWritten * latency.perCellWritten +
      calls.mails * latency.mail +
      calls.calendar * latency.calendar +
      calls.forms * latency.forms +
      calls.documents * latency.documents +
      calls.properties * latency.properties,
  );
}

/**
 * Executions needed: 1 when it fits in the budget; otherwise the continuations the work is
 * split into (the drain and the calendar sync stop before the limit and schedule the rest).
 */
export const executionsNeeded = (ms: number, budgetMs = DRAIN_BUDGET_MS): number =>
  Math.max(1, Math.ceil(ms / budgetMs));

/** The latency of one counted Apps Script call ("Service.method"), by the table above. */
export function gasCallMs(method: string, latency: typeof LATENCY_MS = LATENCY_MS): number {
  const [type] = method.split('.');
  if (method === 'Range.getValues') return latency.sheetRead;
  if (method === 'Range.setValues') return latency.sheetWrite;
  if (method === 'SpreadsheetApp.getActiveSpreadsheet') return latency.execution - latency.scriptStart;
  if (method === 'MailApp.sendEmail') return latency.mail;
  switch (type) {
    case 'SpreadsheetApp':
    case 'Spreadsheet':
    case 'Sheet':
    case 'Range':
      return latency.sheetOther;
    case 'FormApp':
    case 'Form':
      return latency.forms;
    case 'FormResponse':
    case 'ItemResponse':
    case 'Item':
      return latency.formItem;
    case 'PropertiesService':
    case 'Properties':
      return latency.properties;
    case 'ScriptApp':
    case 'TriggerBuilder':
    case 'ClockTriggerBuilder':
    case 'Trigger':
    case 'AuthorizationInfo':
      return latency.triggers;
    default:
      return latency.smallCall;
  }
}

/** An execution of the pushed bundle, from the calls the stand-ins counted. */
export function estimateGasMs(calls: CallSnapshot, latency: typeof LATENCY_MS = LATENCY_MS): number {
  let ms =
    latency.scriptStart + calls.cellsRead * latency.perCellRead + calls.cellsWritten * latency.perCellWritten;
  for (const [method, n] of Object.entries(calls.byMethod)) ms += n * gasCallMs(method, latency);
  return Math.round(ms);
}

/**
 * The busiest day, 01/10 on a personal (consumer) account, whose triggers may run 90 minutes a
 * day in all (Quotas for Google Services: "Triggers total runtime", consumer 90 min / day,
 * developers.google.com/apps-script/guides/services/quotas). ASSUMPTIONS:
 * - every staff member and family answers once that day, between 07:00 and 21:00
 *   (RESPONSE_WINDOW_MIN), at random moments;
 * - each answer is one submit run; a processing run follows about a minute after the first
 *   answer nobody has scheduled yet and takes everything waiting, so there is one processing
 *   run per minute in which at least one answer arrives: W·(1 − e^(−N/W)) for N answers over
 *   W minutes; the first submit run of each batch makes the trigger, the others find it;
 * - a batch of b answers costs what the measured batches give, linear between them;
 * - the 00:10 drain sends the day's 100 invitations (the quota) and defers the rest; the
 *   confirmations wait for tomorrow's quota (the batches' drains find 0 mails left);
 * - one calendar sync costed as the first one (every event written: guests change all day),
 *   the 07:00 reminders, and the 17:00 progress run, which re-reads the forms' responses of the
 *   last two days (a safety net for lost submit runs) — all answers of the day.
 */
export const BUSIEST_DAY = {
  responseWindowMin: 14 * 60,
  consumerTriggerMin: 90,
  /** The target at 200/2,000: a third of the consumer quota, the rest left for the other days' work. */
  targetMin: 30,
} as const;

export const processingRunsFor = (answers: number, windowMin = BUSIEST_DAY.responseWindowMin): number =>
  Math.min(answers, Math.round(windowMin * (1 - Math.exp(-answers / windowMin))));

/** Linear through the measured points (sorted by x), extended past the last with its slope. */
export function interpolate(points: readonly { x: number; y: number }[], x: number): number {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  let i = 1;
  while (i < sorted.length - 1 && x > sorted[i]!.x) i++;
  const a = sorted[i - 1]!;
  const b = sorted[i] ?? a;
  if (b.x === a.x) return a.y;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

export interface BusiestDayInput {
  readonly answers: number;
  readonly inviteDrainMs: number;
  readonly submitFirstMs: number;
  readonly submitNextMs: number;
  readonly batchMs: readonly { x: number; y: number }[];
  readonly calendarSyncMs: number;
  readonly remindersMs: number;
  readonly progressMs: number;
}

export interface BusiestDay {
  readonly answers: number;
  readonly processingRuns: number;
  readonly parts: Readonly<
    Record<'invitations' | 'submits' | 'processing' | 'calendar' | 'reminders' | 'progress', number>
  >;
  readonly totalMin: number;
}

export function busiestDay(input: BusiestDayInput): BusiestDay {
  const runs = processingRunsFor(input.answers);
  const parts = {
    invitations: input.inviteDrainMs,
    submits: runs * input.submitFirstMs + (input.answers - runs) * input.submitNextMs,
    processing: runs === 0 ? 0 : runs * interpolate(input.batchMs, input.answers / runs),
    calendar: input.calendarSyncMs,
    reminders: input.remindersMs,
    progress: input.progressMs,
  };
  const totalMs = Object.values(parts).reduce((a, b) => a + b, 0);
  return { answers: input.answers, processingRuns: runs, parts, totalMin: Math.round(totalMs / 6_000) / 10 };
}
