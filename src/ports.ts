import type { Cell, Grid } from './core/cell';

/**
 * The narrow interfaces the use cases need. Each runtime (Apps Script in src/gas, Node in
 * src/local) implements them; the contract tests in test/contracts run against both.
 */

/** Layout hints for a tab, derived from its schema; runtimes apply what they can. */
export interface TableLayout {
  readonly columns: readonly {
    readonly header: string;
    readonly width?: number;
    readonly format?: 'datetime' | 'date' | 'number' | 'percent' | 'text';
    readonly choices?: readonly string[];
    readonly system?: boolean;
    readonly note?: string;
  }[];
}

/**
 * Whole-tab access. Every method is one service round trip in Apps Script: reads are whole
 * tabs (`getDataRange().getValues()`), writes are one rectangular block (`setValues`).
 */
export interface TablesPort {
  /** Tab names in their order. */
  tableNames(): string[];
  /** The whole tab, header row first, trailing empty rows dropped; undefined if there is no such tab. */
  read(name: string): Grid | undefined;
  /** Creates the tab (empty) at the end if it does not exist; returns false when it already did. */
  create(name: string): boolean;
  /**
   * Writes a rectangular block whose top-left cell is at 0-based (row, col). All rows have the
   * same length. The tab grows as needed. Text that a spreadsheet would evaluate as a formula
   * is stored as text.
   */
  write(name: string, row: number, col: number, block: Grid): void;
  /** Appends rows after the last non-empty row (one block). */
  append(name: string, rows: Grid): void;
  /** Applies header styling, frozen header row, widths, formats and choice lists. */
  layout(name: string, layout: TableLayout): void;
}

/** The environment of the running script. */
export interface EnvironmentPort {
  /** IANA zone of the spreadsheet (or workbook, locally: the school's zone from Settings). */
  spreadsheetTimeZone(): string;
  /** IANA zone the script runs in (appsscript.json locally: the process zone, informational). */
  scriptTimeZone(): string;
}

export interface ClockPort {
  now(): Date;
}

export interface PropertiesPort {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export class LockUnavailableError extends Error {
  constructor(message = 'lock not acquired') {
    super(message);
    this.name = 'LockUnavailableError';
  }
}

export interface LockPort {
  /** Runs fn holding the script lock; throws LockUnavailableError (fn not run) on timeout. */
  withLock<T>(timeoutMs: number, fn: () => T): T;
}

export interface LogPort {
  info(message: string): void;
  error(message: string): void;
}

export type CellValue = Cell;
