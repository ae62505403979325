import { parseA1 } from './a1';
import type { Faked } from './faked';
import { FakeRange, FakeRangeList, type CellFormat } from './range';
import type { Recorder } from './recorder';
import type { StoredCell } from './sheet-input';

import Real = GoogleAppsScript.Spreadsheet;
type Swaps = [Real.Range, FakeRange, Real.RangeList, FakeRangeList, Real.Sheet, FakeSheet];

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'getColumnWidth'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getRangeList'
  | 'getFormUrl'
  | 'getSheetId';

/** A new sheet's grid, as in Google Sheets. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
const DEFAULT_WIDTH = 100;

export class FakeSheet implements Faked<Real.Sheet, SheetMethods, Swaps> {
  private readonly cells: (StoredCell | undefined)[][] = [];
  private readonly formats = new Map<string, CellFormat>();
  private readonly widths = new Map<number, number>();
  private frozenRows = 0;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;

  /**
   * The form whose responses land in this sheet (Form.setDestination), or null. Google's own
   * copy: appending to it is the form's doing, not a script call.
   */
  formUrl: string | null = null;

  /** The tab's id, the gid of its address (the spreadsheet gives each new tab its own). */
  sheetId = 0;

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId() */
  getSheetId(): number {
    this.rec.hit('Sheet.getSheetId');
    return this.sheetId;
  }

  constructor(
    private name: string,
    private readonly rec: Recorder,
    readonly timeZone: () => string,
    /** The spreadsheet's locale, which reads typed dates (sheet-input.ts). */
    readonly locale: () => string = () => 'vi_VN',
  ) {}

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getformurl — the URL
   * of the form that sends its responses to this sheet, or null.
   */
  getFormUrl(): string | null {
    this.rec.hit('Sheet.getFormUrl');
    return this.formUrl;
  }

  /** Appends one row as the form does (no call counted). */
  appendForForm(values: readonly StoredCell['value'][]): void {
    const row = this.lastRow() + 1;
    values.forEach((value, i) => this.putCell(row, i + 1, { value }));
  }

  // —— storage used by ranges and by tests (not service calls) ——
  cellAt(row: number, column: number): StoredCell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  putCell(row: number, column: number, cell: StoredCell): void {
    const line = (this.cells[row - 1] ??= []);
    line[column - 1] = cell.value === '' && cell.formula === undefined ? undefined : cell;
  }

  formatOf(row: number, column: number): CellFormat | undefined {
    return this.formats.get(`${row},${column}`);
  }

  setFormat(row: number, column: number, key: keyof CellFormat, value: unknown): void {
    const id = `${row},${column}`;
    const format = this.formats.get(id) ?? {};
    (format as Record<string, unknown>)[key] = value;
    this.formats.set(id, format);
  }

  /** Test view: stored values of the data range (no call counted). */
  dump(): (StoredCell | undefined)[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    const out: (StoredCell | undefined)[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: (StoredCell | undefined)[] = [];
      for (let c = 1; c <= columns; c++) line.push(this.cellAt(r, c));
      out.push(line);
    }
    return out;
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1]?.some((c) => c !== undefined)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if (line[c - 1] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  // —— the Apps Script surface ——
  getName(): string {
    this.rec.hit('Sheet.getName');
    return this.name;
  }

  setName(name: string): FakeSheet {
    this.rec.hit('Sheet.setName');
    this.name = name;
    return this;
  }

  /** The real name without counting a call (for the fake spreadsheet's lookups). */
  nameForFake(): string {
    return this.name;
  }

  getRange(row: number, column: number, numRows?: number, numColumns?: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.rec.hit('Sheet.getRange');
    if (typeof a === 'string') {
      const box = parseA1(a);
      const lastRow = box.lastRow ?? this.maxRows;
      return this.range(box.row, box.column, lastRow - box.row + 1, box.lastColumn - box.column + 1);
    }
    return this.range(a, column ?? 1, numRows, numColumns);
  }

  /** Bounds-checked like Apps Script, which never grows the grid for getRange. */
  private range(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(column) || column < 1)
      throw new Error('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1)
      throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) {
      throw new Error('The number of columns in the range must be at least 1.');
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, this.rec, row, column, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    this.rec.hit('Sheet.getDataRange');
    return this.range(1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.rec.hit('Sheet.getRangeList');
    const ranges = a1Notations.map((a1) => {
      const box = parseA1(a1);
      const lastRow = box.lastRow ?? this.maxRows;
      return this.range(box.row, box.column, lastRow - box.row + 1, box.lastColumn - box.column + 1);
    });
    return new FakeRangeList(this.rec, ranges);
  }

  getLastRow(): number {
    this.rec.hit('Sheet.getLastRow');
    return this.lastRow();
  }

  getLastColumn(): number {
    this.rec.hit('Sheet.getLastColumn');
    return this.lastColumn();
  }

  getMaxRows(): number {
    this.rec.hit('Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.rec.hit('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec.hit('Sheet.insertRowsAfter');
    if (afterPosition < 0 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany < 1) throw new Error('The number of rows to insert must be at least 1.');
    if (afterPosition < this.cells.length)
      this.cells.splice(afterPosition, 0, ...new Array(howMany).fill(undefined));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec.hit('Sheet.insertColumnsAfter');
    if (afterPosition < 0 || afterPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany < 1) throw new Error('The number of columns to insert must be at least 1.');
    for (const line of this.cells) {
      if (line && afterPosition < line.length)
        line.splice(afterPosition, 0, ...new Array(howMany).fill(undefined));
    }
    this.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): void {
    this.rec.hit('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.rec.hit('Sheet.getFrozenRows');
    return this.frozenRows;
  }

  getColumnWidth(columnPosition: number): number {
    this.rec.hit('Sheet.getColumnWidth');
    return this.widths.get(columnPosition) ?? DEFAULT_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.rec.hit('Sheet.setColumnWidth');
    this.widths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.rec.hit('Sheet.setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
}
