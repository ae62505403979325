import type ExcelJS from 'exceljs';
import { sheet as vi } from '../../core/i18n/vi/sheet';
import { foldHeader } from '../../core/text';
import type { TableLayout } from '../../ports';
import { fromExcel } from './excel-cells';

/**
 * Applies a tab's layout to an exceljs worksheet the way a principal expects to see it in
 * Excel or LibreOffice. Columns are found by header text, so a tab whose columns the user
 * reordered gets each style on the right column and the user's own columns are left alone.
 */

/** Rows that get choice lists and formats ahead of data: room for a week's plan and rosters. */
export const VALIDATED_ROWS = 1000;

export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const DATE_FORMAT = 'dd/mm/yyyy';

const HEADER_FILL = 'FFD9EAD3';
const SYSTEM_HEADER_FILL = 'FFD9D9D9';
const SYSTEM_FONT_COLOR = 'FF666666';
/** Excel limits the inline text of a list validation to 255 characters. */
const MAX_LIST_LENGTH = 255;

/** Google Sheets widths are pixels; Excel's are characters of the default font (about 7 px). */
export function pixelsToExcelWidth(px: number): number {
  return Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
}

export function applyLayout(sheet: ExcelJS.Worksheet, layout: TableLayout): void {
  const header = sheet.getRow(1);
  const positions = new Map<string, number>();
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const value = fromExcel(cell.value);
    if (typeof value === 'string' && !positions.has(foldHeader(value))) positions.set(foldHeader(value), col);
  });
  const lastRow = Math.max(VALIDATED_ROWS, sheet.actualRowCount);

  for (const column of layout.columns) {
    const col = positions.get(foldHeader(column.header));
    if (col === undefined) continue;
    const excelColumn = sheet.getColumn(col);
    if (column.width !== undefined) excelColumn.width = pixelsToExcelWidth(column.width);
    if (column.system) excelColumn.font = { color: { argb: SYSTEM_FONT_COLOR } };
    if (column.format === 'datetime') excelColumn.numFmt = DATETIME_FORMAT;
    else if (column.format === 'date') excelColumn.numFmt = DATE_FORMAT;
    else if (column.format === 'text') excelColumn.numFmt = '@';
    if (column.choices && column.choices.length > 0)
      setChoiceList(sheet, col, column.choices, lastRow, layout.invalidChoice ?? vi.invalidChoice);

    const cell = header.getCell(col);
    cell.font = { bold: true, ...(column.system ? { color: { argb: SYSTEM_FONT_COLOR } } : {}) };
    cell.numFmt = 'General';
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: column.system ? SYSTEM_HEADER_FILL : HEADER_FILL },
    };
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (column.note) cell.note = column.note;
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

interface DataValidations {
  model: Record<string, unknown>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function setChoiceList(
  sheet: ExcelJS.Worksheet,
  col: number,
  choices: readonly string[],
  lastRow: number,
  invalid: NonNullable<TableLayout['invalidChoice']>,
): void {
  const list = choices.join(',');
  // A choice with a comma or quote, or a long list, cannot be an inline list: validation
  // still reports a wrong value, so the sheet simply offers no drop-down there.
  if (choices.some((c) => /[,"]/.test(c)) || list.length > MAX_LIST_LENGTH) return;
  const letter = sheet.getColumn(col).letter;
  // exceljs has `dataValidations` on worksheets but its typings omit it.
  const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
  // A reopened file lists validations cell by cell; drop this column's before adding the
  // range again, so a re-run of Setup does not stack overlapping rules Excel would "repair".
  const ownCell = new RegExp(`^${letter}(\\d+)(:${letter}\\d+)?$`);
  for (const address of Object.keys(validations.model)) {
    const match = ownCell.exec(address);
    if (match && Number(match[1]) >= 2) delete validations.model[address];
  }
  validations.add(`${letter}2:${letter}${lastRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: invalid.title,
    error: invalid.message,
  });
}
