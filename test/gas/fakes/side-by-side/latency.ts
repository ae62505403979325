import { LATENCY_MS } from '../../../../src/local/bench/bench-model';

/**
 * What one faked service call costs on the simulated clock: the bench's latency model, the one
 * place those assumptions live, applied to the Recorder's "Service.method" names. Builders and
 * enums that Apps Script evaluates in the script itself (no round trip) cost nothing; so do the
 * log and the lock calls (the model counts the lock in the execution's start-up cost; waiting
 * for it is simulated by the lock itself) and Utilities.sleep (it moves the clock by itself).
 */
const SHEET_READS = new Set(['Range.getValues', 'Range.getFormulas', 'Range.getDisplayValues']);
const SHEET_WRITES = new Set(['Range.setValues', 'Range.setValue', 'Range.setNotes', 'Sheet.appendRow']);
const FREE_PREFIXES = [
  'Lock.',
  'LockService.',
  'Logger.',
  'console.',
  'Utilities.',
  'Session.',
  'DataValidationBuilder.',
  'SpreadsheetApp.newDataValidation',
  'FormApp.createTextValidation',
  'Charts.new',
  'DataTableBuilder.',
  'ChartBuilder.',
  'Ui.',
  'Menu.',
];
/** CalendarEvent getters the fakes name bare: they read the event the script already holds. */
const CALENDAR_READS = new Set(['getTitle', 'getTag', 'getStartTime', 'getEndTime', 'getId', 'getGuestList']);
const CALENDAR_WRITES = new Set([
  'setTitle',
  'setTime',
  'setTag',
  'setLocation',
  'setDescription',
  'removeGuest',
  'removeAllReminders',
  'addPopupReminder',
  'addGuest',
  'deleteEvent',
]);

export function callLatencyMs(method: string): number {
  if (FREE_PREFIXES.some((p) => method.startsWith(p))) return 0;
  if (SHEET_READS.has(method)) return LATENCY_MS.sheetRead;
  if (SHEET_WRITES.has(method)) return LATENCY_MS.sheetWrite;
  if (/^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(method)) return LATENCY_MS.sheetOther;
  if (method === 'MailApp.sendEmail') return LATENCY_MS.mail;
  if (method.startsWith('MailApp.')) return LATENCY_MS.properties;
  if (CALENDAR_WRITES.has(method) || /^(CalendarApp|Calendar)\./.test(method)) return LATENCY_MS.calendar;
  if (CALENDAR_READS.has(method) || /^(CalendarEvent|EventGuest)\./.test(method))
    return LATENCY_MS.properties;
  if (/^(FormApp|Form|Item|FormResponse|ItemResponse)\./.test(method)) return LATENCY_MS.forms;
  if (/^(DocumentApp|Document|Body|Paragraph|Table|Chart)\./.test(method)) return LATENCY_MS.documents;
  // Properties, ScriptApp, triggers, the authorisation info: small service round trips.
  return LATENCY_MS.properties;
}

/** Cells in a grid (a getValues result or a setValues argument). */
export function cellsOf(grid: unknown): number {
  if (!Array.isArray(grid)) return 0;
  return grid.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 0), 0);
}

/** The cost of one request that made these service calls, moving these cells; whole ms, as Dates keep. */
export function requestLatencyMs(
  methods: readonly string[],
  cellsRead: number,
  cellsWritten: number,
): number {
  return Math.round(
    methods.reduce((ms, m) => ms + callLatencyMs(m), 0) +
      cellsRead * LATENCY_MS.perCellRead +
      cellsWritten * LATENCY_MS.perCellWritten,
  );
}

/** Paid once when an execution starts: script start, the lock service, opening the spreadsheet. */
export const EXECUTION_START_MS = LATENCY_MS.execution;
