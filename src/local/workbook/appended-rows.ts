import type ExcelJS from 'exceljs';
import { fromExcel } from './excel-cells';
import { DATETIME_FORMAT } from './sheet-layout';

/**
 * The rows written below a worksheet's last exceljs row, kept as bare values until the save.
 * exceljs builds a Row, a Cell, a Value and a style object per cell; a 10,000-row import adds
 * some 450,000 cells to the raw log, a response tab and the outbox, and those objects were most
 * of its memory and of its garbage collection. A kept row holds what exceljs would hold: the
 * stored value of each cell, and whether the write gave the cell its own date format. Its
 * style is the column's, as exceljs gives a new cell of a new row; a layout, which changes
 * column styles, first moves the kept rows into exceljs (Workbook.settle).
 */
export class AppendedRows {
  /** The rows by 1-based number (all from `first` on); a line's holes are never-written cells. */
  private readonly lines = new Map<number, ExcelJS.CellValue[]>();
  /** Cells (row, col) that got DATETIME_FORMAT because a date went into a column without one. */
  private readonly dated = new Set<string>();
  /** The last row with a value in it, kept up to date: an append asks it each time. */
  private filled = 0;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    /** The first row number that is not the worksheet's: one past its last row when made. */
    readonly first: number,
  ) {}

  /** Stores VALUES (exceljs values, see toExcel) at ROW from column COL on, as Workbook.write does. */
  set(row: number, col: number, values: readonly ExcelJS.CellValue[]): void {
    let line = this.lines.get(row);
    if (!line) this.lines.set(row, (line = []));
    // exceljs makes every column up to a cell's when it makes the cell: the saved <cols> follow.
    if (values.length > 0) this.sheet.getColumn(col + values.length);
    values.forEach((value, j) => {
      line[col + j - 1] = value;
      if (value instanceof Date && !this.numFmt(row, col + j)) this.dated.add(`${row}:${col + j}`);
    });
    if (hasValue(line)) this.filled = Math.max(this.filled, row);
    else if (row === this.filled) this.filled = this.lastWithValue();
  }

  /** The last kept row with a value in it, or 0. */
  lastFilled(): number {
    return this.filled;
  }

  private lastWithValue(): number {
    let last = 0;
    for (const [number, line] of this.lines) if (number > last && hasValue(line)) last = number;
    return last;
  }

  /** The cell's own number format, as exceljs would have it. */
  private numFmt(row: number, col: number): string | undefined {
    if (this.dated.has(`${row}:${col}`)) return DATETIME_FORMAT;
    return this.sheet.getColumn(col).style?.numFmt;
  }

  /** The rows in order, each with its cells 1…n as exceljs's includeEmpty walk gives them. */
  *rows(): Generator<{ readonly number: number; readonly cells: readonly KeptCell[] }> {
    // One style object per column (and per column's dated cells): they all look the same.
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    for (const number of [...this.lines.keys()].sort((a, b) => a - b)) {
      const line = this.lines.get(number)!;
      const cells: KeptCell[] = [];
      for (let c = 1; c <= line.length; c++) {
        const value = line[c - 1] ?? null;
        const dated = this.dated.has(`${number}:${c}`);
        const key = `${c}${dated ? 'd' : ''}`;
        let style = styles.get(key);
        if (!style) styles.set(key, (style = this.style(c, dated)));
        cells.push({ value, type: valueType(value), style });
      }
      yield { number, cells };
    }
  }

  /** The style exceljs gives a new cell of a new row: the column's parts, and its own date format. */
  private style(col: number, dated: boolean): Partial<ExcelJS.Style> {
    const column = this.sheet.getColumn(col).style ?? {};
    const style: Partial<ExcelJS.Style> = {};
    const numFmt = dated ? DATETIME_FORMAT : column.numFmt;
    if (numFmt) style.numFmt = numFmt;
    if (column.font) style.font = column.font;
    if (column.alignment) style.alignment = column.alignment;
    if (column.border) style.border = column.border;
    if (column.fill) style.fill = column.fill;
    if (column.protection) style.protection = column.protection;
    return style;
  }

  /** The kept rows' values as `read` shows them, by 1-based row number. */
  *values(): Generator<[number, readonly ExcelJS.CellValue[]]> {
    for (const [number, line] of this.lines) yield [number, line];
  }

  /** Moves the kept rows into the worksheet, cell by cell as Workbook.write would have. */
  settleInto(): void {
    for (const [number, line] of this.lines) {
      const row = this.sheet.getRow(number);
      for (let c = 1; c <= line.length; c++) {
        if (!(c - 1 in line)) continue;
        const cell = row.getCell(c);
        cell.value = line[c - 1] ?? null;
        if (this.dated.has(`${number}:${c}`)) cell.numFmt = DATETIME_FORMAT;
      }
    }
    this.lines.clear();
    this.dated.clear();
  }
}

/** A kept cell as the streaming save renders it. */
export interface KeptCell {
  readonly value: ExcelJS.CellValue;
  /** exceljs's Enums.ValueType of the value. */
  readonly type: number;
  readonly style: Partial<ExcelJS.Style>;
}

const hasValue = (line: readonly ExcelJS.CellValue[]): boolean =>
  line.some((value) => fromExcel(value) !== null);

/** exceljs's Enums.ValueType of the values toExcel stores: Null, Number, String, Date, Boolean. */
function valueType(value: ExcelJS.CellValue): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return 2;
  if (typeof value === 'string') return 3;
  if (value instanceof Date) return 4;
  if (typeof value === 'boolean') return 9;
  throw new TypeError(`a kept cell holds only what toExcel stores, not ${typeof value}`);
}
