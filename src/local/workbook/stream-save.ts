import type ExcelJS from 'exceljs';
import { WorkbookWriter } from './exceljs-parts';
import { PassThrough, Readable } from 'node:stream';
import { isPlain, plainRowXml, type PlainCell, type WriterTables } from './row-xml';
import { SharedStrings, StyleCanon } from './writer-tables';
import type { AppendedRows } from './appended-rows';

/** What exceljs's worksheets hold beyond their typings (the model the reader filled in). */
interface SheetModel {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings?: unknown[];
  sheetProtection?: unknown;
  _merges?: Record<string, unknown>;
  getImages(): unknown[];
  getTables?(): unknown[];
}

/**
 * Whether the streaming writer can carry everything this workbook holds. It copies values,
 * styles, notes, row heights, columns, views, choice lists and filters; a workbook with what it
 * would not copy (merged cells, conditional formats, images, tables, protection, named ranges
 * a user added in Excel, the 1904 date system) is saved the slow way, whole, so nothing of the
 * user's is lost.
 */
export function streamable(book: ExcelJS.Workbook): boolean {
  const names = (book.definedNames as unknown as { model: unknown[] }).model;
  if (names.length > 0) return false;
  // The streaming writer knows only the 1900 date system: a 1904 workbook's dates would move.
  if ((book.properties as { date1904?: boolean } | undefined)?.date1904) return false;
  return book.worksheets.every((sheet) => {
    const model = sheet as unknown as SheetModel;
    return (
      Object.keys(model._merges ?? {}).length === 0 &&
      (model.conditionalFormattings?.length ?? 0) === 0 &&
      !model.sheetProtection &&
      model.getImages().length === 0 &&
      (model.getTables?.().length ?? 0) === 0
    );
  });
}

/**
 * The .xlsx bytes of BOOK through exceljs's streaming writer: each row is rendered and zipped
 * as it is committed (node's zlib), instead of whole sheets as strings zipped at the end, which
 * made the save most of a large import's time. Plain rows skip exceljs's per-cell objects
 * (row-xml.ts) and the shared strings are kept in a Map (writer-tables.ts): the bytes stay
 * those exceljs writes. They are collected for the atomic write.
 */
export async function streamedXlsx(
  book: ExcelJS.Workbook,
  /** `exceljs`: every row and the shared strings rendered by exceljs (to compare both ways). */
  rows: 'plain' | 'exceljs' = 'plain',
  /** Rows kept out of the model below each sheet's last row (plain by construction). */
  kept: ReadonlyMap<ExcelJS.Worksheet, AppendedRows> = new Map(),
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  writer.creator = book.creator;
  writer.lastModifiedBy = book.lastModifiedBy;
  writer.created = book.created;
  writer.modified = book.modified;
  const styles = new StyleCanon();
  const plain = rows === 'plain';
  const tables = {
    styles: (writer as unknown as WriterTables).styles,
    sharedStrings: ownStrings(writer, plain),
  };
  for (const sheet of book.worksheets) copySheet(sheet, writer, tables, styles, plain, kept.get(sheet));
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

interface WriterInternals {
  sharedStrings: SharedStrings;
  addSharedStrings(): Promise<void>;
  zip: { append(source: Readable, options: { name: string }): void };
}

/**
 * The writer's shared strings replaced by ours (exceljs's own would also give every rich text
 * the first one's id: it keys them by "[object Object]"); RENDER: written by ours too when they
 * are plain texts.
 */
function ownStrings(writer: ExcelJS.stream.xlsx.WorkbookWriter, render: boolean): SharedStrings {
  const internals = writer as unknown as WriterInternals;
  const strings = new SharedStrings();
  internals.sharedStrings = strings;
  const exceljsWay = internals.addSharedStrings.bind(writer);
  internals.addSharedStrings = () => {
    const xml = render && strings.count > 0 ? strings.xml() : undefined;
    if (xml === undefined) return exceljsWay();
    internals.zip.append(Readable.from(xml, { objectMode: false }), { name: '/xl/sharedStrings.xml' });
    return Promise.resolve();
  };
  return strings;
}

/** A worksheet writer's state that rows written past it must keep right. */
interface SheetWriterInternals {
  startedData: boolean;
  _rowZero: number;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  stream: { write(text: string): void };
}

/** Plain rows' XML, gathered and handed to the sheet's stream in pieces of about 64 KB. */
class PlainRows {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly out: SheetWriterInternals) {}

  /** RENDER is called after the columns are written: their styles come first in the table. */
  add(rowNumber: number, render: () => string): void {
    const out = this.out;
    if (!out.startedData) {
      out._writeColumns();
      out._writeOpenSheetData();
      out.startedData = true;
    }
    const xml = render();
    // The writer's next row is after this one, as if exceljs had committed it.
    out._rowZero = rowNumber + 1;
    if (xml === '') return;
    this.pending.push(xml);
    this.size += xml.length;
    if (this.size > 65_536) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.out.stream.write(this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }
}

function copySheet(
  sheet: ExcelJS.Worksheet,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  tables: WriterTables,
  styles: StyleCanon,
  plainRows: boolean,
  kept: AppendedRows | undefined,
): void {
  const out = writer.addWorksheet(sheet.name, {
    views: sheet.views,
    properties: sheet.properties,
    state: sheet.state,
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    ...(sheet.autoFilter ? { autoFilter: sheet.autoFilter } : {}),
  });
  const columns = sheet.columns ?? [];
  if (columns.length > 0) {
    out.columns = columns.map((column) => ({
      ...(column.width !== undefined ? { width: column.width } : {}),
      ...(column.hidden ? { hidden: true } : {}),
      ...(column.outlineLevel ? { outlineLevel: column.outlineLevel } : {}),
      style: column.style,
    }));
  }
  const validations = (sheet as unknown as SheetModel).dataValidations.model;
  const target = (out as unknown as SheetModel).dataValidations.model;
  for (const [range, rule] of Object.entries(validations)) target[range] = rule;
  const plain = new PlainRows(out as unknown as SheetWriterInternals);
  // What exceljs's own row copy would carry: a fresh row's empty style (asked once the
  // columns' styles are in the table, as exceljs asks it).
  let rowStyleId: number | undefined;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => void cells.push(cell));
    if (plainRows && cells.every(isPlain)) {
      const plainCells = cells.map((cell): PlainCell => ({
        type: cell.type as number,
        value: cell.value,
        style: styles.of(cell),
      }));
      plain.add(rowNumber, () => {
        rowStyleId ??= tables.styles.addStyleModel({});
        return plainRowXml(rowNumber, plainCells, row, tables, rowStyleId);
      });
      return;
    }
    plain.flush();
    const copy = out.getRow(rowNumber);
    if (row.height !== undefined) copy.height = row.height;
    if (row.hidden) copy.hidden = true;
    if (row.outlineLevel) copy.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const to = copy.getCell(col);
      to.value = cell.value;
      to.style = styles.of(cell);
      if (cell.note !== undefined) to.note = cell.note;
    });
    copy.commit();
  });
  // The kept rows come after every row of the model, as exceljs would have numbered them.
  for (const row of kept?.rows() ?? []) {
    const plainCells = row.cells.map((cell): PlainCell => ({ ...cell, style: styles.of(cell) }));
    plain.add(row.number, () => {
      rowStyleId ??= tables.styles.addStyleModel({});
      return plainRowXml(row.number, plainCells, {}, tables, rowStyleId);
    });
  }
  plain.flush();
  out.commit();
}
