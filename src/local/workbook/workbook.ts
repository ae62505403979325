import type ExcelJS from 'exceljs';
import { Workbook as ExcelWorkbook } from './exceljs-parts';
import type { Cell, Grid } from '../../core/cell';
import type { TableLayout, TablesPort } from '../../ports';
import { writeFileAtomic, type WriteIo } from '../files/atomic-write';
import { fromExcel, toExcel } from './excel-cells';
import { trimGrid } from '../../core/grid-trim';
import { applyLayout, DATETIME_FORMAT } from './sheet-layout';
import { compactValidations } from './validation-ranges';
import { streamable, streamedXlsx } from './stream-save';
import { AppendedRows } from './appended-rows';

/** Excel's limit: a cell holds at most 32,767 characters; a longer one makes Excel repair the file. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * The local runtime's TablesPort: an in-memory exceljs workbook, loaded from and saved to an
 * .xlsx file. Each port call works on memory; `save` writes the whole file atomically. Rows
 * written below a tab's last row are kept aside as bare values (appended-rows.ts) and
 * rendered straight into the saved file: the same file, without exceljs's objects per cell.
 */
export class Workbook implements TablesPort {
  readonly cellLimit = EXCEL_CELL_LIMIT;
  /** Per tab, the rows kept out of exceljs's model until the save. */
  private readonly appended = new Map<ExcelJS.Worksheet, AppendedRows>();

  private constructor(private readonly excel: ExcelJS.Workbook) {}

  /** The exceljs workbook with every row in it, for whoever reads or changes it directly. */
  get book(): ExcelJS.Workbook {
    this.settle();
    return this.excel;
  }

  static create(): Workbook {
    const book = new ExcelWorkbook();
    book.creator = 'learning-week';
    return new Workbook(book);
  }

  /** Loads an .xlsx file; throws what the file system or the zip/XML reader throws. */
  static async open(file: string): Promise<Workbook> {
    const book = new ExcelWorkbook();
    await book.xlsx.readFile(file);
    book.worksheets.forEach(compactValidations);
    return new Workbook(book);
  }

  /** Writes the workbook atomically; the previous file is kept as FILE.bak. */
  async save(file: string, io?: WriteIo): Promise<void> {
    const bytes = streamable(this.excel)
      ? await streamedXlsx(this.excel, 'plain', this.appended)
      : new Uint8Array((await this.book.xlsx.writeBuffer()) as ArrayBuffer);
    writeFileAtomic(file, bytes, { backup: true, io });
  }

  tableNames(): string[] {
    return this.excel.worksheets.map((sheet) => sheet.name);
  }

  read(name: string): Grid | undefined {
    const sheet = this.excel.getWorksheet(name);
    if (!sheet) return undefined;
    const raw: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const line: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        line[col - 1] = fromExcel(cell.value);
      });
      raw[rowNumber - 1] = line;
    });
    for (const [rowNumber, values] of this.appended.get(sheet)?.values() ?? []) {
      const line: Cell[] = [];
      for (let c = 0; c < values.length; c++) line[c] = fromExcel(values[c]);
      raw[rowNumber - 1] = line;
    }
    for (let i = 0; i < raw.length; i++) raw[i] ??= [];
    return trimGrid(raw);
  }

  create(name: string): boolean {
    if (this.excel.getWorksheet(name)) return false;
    this.excel.addWorksheet(name);
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
    // One conversion per cell: a large import writes some 450,000, nearly all below the last row.
    block.forEach((line, i) => {
      const number = row + i + 1;
      const kept = this.keptFor(sheet, number);
      if (kept) {
        kept.set(number, col + 1, line.map(toExcel));
        return;
      }
      const sheetRow = sheet.getRow(number);
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

  /** Where row NUMBER of SHEET is kept when it is below the tab's last exceljs row. */
  private keptFor(sheet: ExcelJS.Worksheet, number: number): AppendedRows | undefined {
    const kept = this.appended.get(sheet);
    if (kept) return number >= kept.first ? kept : undefined;
    if (number <= sheet.rowCount) return undefined;
    const made = new AppendedRows(sheet, sheet.rowCount + 1);
    this.appended.set(sheet, made);
    return made;
  }

  /** Every kept row into exceljs's model, as if it had been written there. */
  private settle(sheet?: ExcelJS.Worksheet): void {
    for (const [of, kept] of this.appended) {
      if (sheet && of !== sheet) continue;
      kept.settleInto();
      this.appended.delete(of);
    }
  }

  /** How many rows `read` would return, found from the bottom without reading the tab. */
  private usedRows(name: string): number {
    const sheet = this.excel.getWorksheet(name);
    if (!sheet) return 0;
    const kept = this.appended.get(sheet)?.lastFilled() ?? 0;
    if (kept > 0) return kept;
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
    const sheet = this.sheet(name);
    // A layout changes column styles, which a kept row's cells would otherwise take on later.
    this.settle(sheet);
    applyLayout(sheet, layout);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.excel.getWorksheet(name);
    if (!sheet) throw new Error(`no tab "${name}" in the workbook`);
    return sheet;
  }
}
