import type { CallCounts } from './bench-ports';

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
  /** Script start, lock and the spreadsheet's opening: paid once per execution. */
  execution: 1_500,
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
