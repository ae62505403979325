import { trimGrid } from '../core/grid-trim';
import type { Cell, Grid } from '../core/cell';
import type { TableLayout, TablesPort } from '../ports';
import { sheet as vi } from '../core/i18n/vi/sheet';
import { fromSheetValue, toSheetValue } from './cell-codec';
import { applyLayout } from './sheet-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet handle and its grid size (fetched when first needed) for this execution. */
interface SheetEntry {
  sheet: Sheet;
  rows?: number;
  columns?: number;
}

/**
 * The plan database over the bound spreadsheet. Whole tabs move in one call each way:
 * `read` is one getDataRange().getValues(), `write` one getRange(…).setValues(), `append`
 * getLastRow plus one setValues — so the cost does not grow with the number of rows.
 * Dates are wall-clock times of the spreadsheet's own zone (read once per execution).
 */
export class SheetTables implements TablesPort {
  private zone: string | undefined;
  /** Handles seen in this execution: we are the only writer while we hold the script lock. */
  private readonly sheets = new Map<string, SheetEntry>();

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly newValidation: () => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  ) {}

  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  tableNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  read(name: string): Grid | undefined {
    const sheet = this.sheet(name)?.sheet;
    if (!sheet) return undefined;
    const zone = this.timeZone();
    const grid = sheet
      .getDataRange()
      .getValues()
      .map((row) => row.map((value) => fromSheetValue(value, zone)));
    // getDataRange stops at the last cell with content; an empty tab still gives [['']].
    return trimGrid(grid);
  }

  create(name: string): boolean {
    if (this.sheet(name)) return false;
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    this.sheets.set(name, { sheet });
    return true;
  }

  write(name: string, row: number, col: number, block: Grid): void {
    const height = block.length;
    const width = block[0]?.length ?? 0;
    if (block.some((line) => line.length !== width)) {
      throw new Error(`write ${name}: every row of the block must have ${width} cells`);
    }
    if (height === 0 || width === 0) return;
    const entry = this.existing(name);
    this.ensureSize(entry, row + height, col + width);
    const zone = this.timeZone();
    const values = block.map((line) => line.map((cell) => toSheetValue(cell, zone)));
    entry.sheet.getRange(row + 1, col + 1, height, width).setValues(values);
  }

  append(name: string, rows: Grid): void {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((line) => line.length));
    if (width === 0) return;
    const padded = rows.map((line) => [...line, ...new Array<Cell>(width - line.length).fill(null)]);
    const last = this.existing(name).sheet.getLastRow();
    this.write(name, last, 0, padded);
  }

  layout(name: string, layout: TableLayout): void {
    applyLayout(this.existing(name).sheet, layout, this.newValidation);
  }

  private sheet(name: string): SheetEntry | undefined {
    const known = this.sheets.get(name);
    if (known) return known;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return undefined;
    const entry: SheetEntry = { sheet };
    this.sheets.set(name, entry);
    return entry;
  }

  private existing(name: string): SheetEntry {
    const entry = this.sheet(name);
    // The adapter does not know the sheet's language: the error reads as the product's own.
    if (!entry) throw new Error(vi.noSuchTab(name));
    return entry;
  }

  /** getRange outside the grid throws in Apps Script: grow it first, once per write at most. */
  private ensureSize(entry: SheetEntry, rows: number, columns: number): void {
    entry.rows ??= entry.sheet.getMaxRows();
    entry.columns ??= entry.sheet.getMaxColumns();
    if (rows > entry.rows) {
      entry.sheet.insertRowsAfter(entry.rows, rows - entry.rows);
      entry.rows = rows;
    }
    if (columns > entry.columns) {
      entry.sheet.insertColumnsAfter(entry.columns, columns - entry.columns);
      entry.columns = columns;
    }
  }
}
