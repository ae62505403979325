import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

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
 * made the save most of a large import's time. The bytes are collected for the atomic write.
 */
export async function streamedXlsx(book: ExcelJS.Workbook): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  writer.creator = book.creator;
  writer.lastModifiedBy = book.lastModifiedBy;
  writer.created = book.created;
  writer.modified = book.modified;
  for (const sheet of book.worksheets) copySheet(sheet, writer);
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function copySheet(sheet: ExcelJS.Worksheet, writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
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
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const copy = out.getRow(rowNumber);
    if (row.height !== undefined) copy.height = row.height;
    if (row.hidden) copy.hidden = true;
    if (row.outlineLevel) copy.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const to = copy.getCell(col);
      to.value = cell.value;
      to.style = cell.style;
      if (cell.note !== undefined) to.note = cell.note;
    });
    copy.commit();
  });
  out.commit();
}
