import { foldHeader } from '../core/text';
import type { TableLayout } from '../ports';
import { columnLetter } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Format = NonNullable<TableLayout['columns'][number]['format']>;

/**
 * Sheets number-format patterns; dates as a Vietnamese school writes them. 'text' gets none on
 * purpose: the adapter keeps text as text with a leading apostrophe (see cell-codec.ts), and in
 * a cell formatted as plain text ("@") Sheets may keep that apostrophe as part of the value.
 */
export const NUMBER_FORMATS: Record<Format, string | undefined> = {
  datetime: 'dd/MM/yyyy HH:mm',
  date: 'dd/MM/yyyy',
  number: '0',
  percent: '0%',
  text: undefined,
};

const HEADER_BACKGROUND = '#d9ead3';
const SYSTEM_FONT_COLOR = '#757575';
const SYSTEM_BACKGROUND = '#f3f3f3';

/** Spreadsheet column letters for a 1-based column. */
const letter = (column: number): string => columnLetter(column - 1);

/** "C2:C" — the column below its header, open-ended so rows added later share the format. */
const bodyOf = (column: number): string => `${letter(column)}2:${letter(column)}`;

/**
 * Styles a tab from its layout. Columns are matched by header text, so a principal's reordered
 * or extra columns are respected. Costs a fixed number of calls per tab (per distinct format,
 * per choice column), never per row or per cell.
 */
export function applyLayout(
  sheet: Sheet,
  layout: TableLayout,
  newValidation: () => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
): void {
  const width = sheet.getLastColumn();
  if (width === 0) return;
  const headerRange = sheet.getRange(1, 1, 1, width);
  const headers = (headerRange.getValues()[0] ?? []).map((value) => foldHeader(String(value ?? '')));
  const columnOf = (header: string): number => headers.indexOf(foldHeader(header)) + 1;

  headerRange.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);

  const notes: (string | null)[] = headers.map(() => null);
  const byFormat = new Map<string, string[]>();
  const system: string[] = [];
  const widths: { column: number; width: number }[] = [];
  const choices: { column: number; values: string[] }[] = [];
  for (const spec of layout.columns) {
    const column = columnOf(spec.header);
    if (column === 0) continue; // missing header: validation reports it, layout leaves it be
    if (spec.note) notes[column - 1] = spec.note;
    const pattern = spec.format && NUMBER_FORMATS[spec.format];
    if (pattern) byFormat.set(pattern, [...(byFormat.get(pattern) ?? []), bodyOf(column)]);
    if (spec.system) system.push(`${letter(column)}1:${letter(column)}`);
    if (spec.width) widths.push({ column, width: spec.width });
    if (spec.choices && spec.choices.length > 0) choices.push({ column, values: [...spec.choices] });
  }

  if (notes.some((note) => note !== null)) headerRange.setNotes([notes]);
  for (const [pattern, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(pattern);
  if (system.length > 0) {
    sheet.getRangeList(system).setFontColor(SYSTEM_FONT_COLOR).setBackground(SYSTEM_BACKGROUND);
  }
  setWidths(sheet, widths);
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const { column, values } of choices) {
    // Invalid values are allowed (with Sheets' warning marker): validation explains them in
    // the sheet's language instead of Sheets rejecting a paste outright.
    const rule = newValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    sheet.getRange(2, column, rows, 1).setDataValidation(rule);
  }
}

/** One setColumnWidths per run of adjacent columns with the same width. */
function setWidths(sheet: Sheet, widths: { column: number; width: number }[]): void {
  const sorted = [...widths].sort((a, b) => a.column - b.column);
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let count = 1;
    while (
      i + count < sorted.length &&
      sorted[i + count]!.column === start.column + count &&
      sorted[i + count]!.width === start.width
    ) {
      count++;
    }
    sheet.setColumnWidths(start.column, count, start.width);
    i += count;
  }
}
