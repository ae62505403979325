import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../../core/cell';
import type { TableLayout, TablesPort } from '../../ports';
import { writeFileAtomic, type WriteIo } from '../files/atomic-write';
import { fromExcel, toExcel } from './excel-cells';
import { trimGrid } from '../../core/grid-trim';
import { applyLayout, DATETIME_FORMAT } from './sheet-layout';
import { compactValidations } from './validation-ranges';
import { streamable, streamedXlsx } from './stream-save';

/** Excel's limit: a cell holds at most 32,767 characters; a longer one makes Excel repair the file. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * The local runtime's TablesPort: an in-memory exceljs workbook, loaded from and saved to an
 * .xlsx file. Each port call works on memory; `save` writes the whole file atomically.
 */
export class Workbook implements TablesPort {
  readonly cellLimit = EXCEL_CELL_LIMIT;

  private constructor(readonly book: ExcelJS.Workbook) {}

  static create(): Workbook {
    const book = new ExcelJS.Workbook();
    book.creator = 'learning-week';
    return new Workbook(book);
  }

  /** Loads an .xlsx file; throws what the file system or the zip/XML reader throws. */
  static async open(file: string): Promise<Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.worksheets.forEach(compactValidations);
    return new Workbook(book);
  }

  /** Writes the workbook atomically; the previous file is kept as FILE.bak. */
  async save(file: string, io?: WriteIo): Promise<void> {
    const bytes = streamable(this.book)
      ? await streamedXlsx(this.book)
      : new Uint8Array((await this.book.xlsx.writeBuffer()) as ArrayBuffer);
    writeFileAtomic(file, bytes, { backup: true, io });
  }

  tableNames(): string[] {
    return this.book.worksheets.map((sheet) => sheet.name);
  }

  read(name: string): Grid | undefined {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) return undefined;
    const raw: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const line: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        line[col - 1] = fromExcel(cell.value);
      });
      raw[rowNumber - 1] = line;
    });
    for (let i = 0; i < raw.length; i++) raw[i] ??= [];
    return trimGrid(raw);
  }

  create(name: string): boolean {
    if (this.book.getWorksheet(name)) return false;
    this.book.addWorksheet(name);
    return true;
  }

  write(name: string, row: number, col: number, block: Grid): void {
    const sheet = this.sheet(name);
    const width = block[0]?.length ?? 0;
    if (block.some((line) => line.length !== width)) {
      throw new RangeError(`write to ${name}: every row of a block must have ${width} cells`);
    }
    // The writers split or refuse long text by cellLimit; one that did not is a bug, and a file
    // Excel must repair is worse than a failed command that changed nothing.
    for (const line of block) {
      for (const value of line) {
        if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT) {
          throw new RangeError(
            `write to ${name}: a text of ${value.length} characters does not fit in an Excel cell (${EXCEL_CELL_LIMIT})`,
          );
        }
      }
    }
    // One row object per line and one conversion per cell: a large import writes some 300,000.
    block.forEach((line, i) => {
      const sheetRow = sheet.getRow(row + i + 1);
      line.forEach((value, j) => {
        const cell = sheetRow.getCell(col + j + 1);
        const stored = toExcel(value);
        cell.value = stored;
        // A date in a column without a date format would show as a bare number or a US date.
        if (stored instanceof Date && !cell.numFmt) cell.numFmt = DATETIME_FORMAT;
      });
    });
  }

  append(name: string, rows: Grid): void {
    const used = this.usedRows(name);
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const block = rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]);
    this.write(name, used, 0, block);
  }

  /** How many rows `read` would return, found from the bottom without reading the tab. */
  private usedRows(name: string): number {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) return 0;
    for (let r = sheet.rowCount; r >= 1; r--) {
      let filled = false;
      sheet.findRow(r)?.eachCell({ includeEmpty: false }, (cell) => {
        const value = fromExcel(cell.value);
        if (value !== null && value !== '') filled = true;
      });
      if (filled) return r;
    }
    return 0;
  }

  layout(name: string, layout: TableLayout): void {
    applyLayout(this.sheet(name), layout);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) throw new Error(`no tab "${name}" in the workbook`);
    return sheet;
  }
}
