import { isLocalDateTime, type Cell, type Grid } from '../../core/cell';
import { localDateTimeToSerial } from '../../core/schema/serial-dates';
import { columnLetter } from '../../core/table';
import { needsTextGuard } from '../../core/text';
import { rangeOf, type ApiValue, type RangeValues } from './sheets-reader';

/**
 * What `google push` would change in one tab: the cells whose value differs between the local
 * workbook and the live tab (dates compared as dates, both read back through the schema), and
 * the one range that writes the tab as the local workbook has it, clearing what the live tab
 * has beyond it.
 */
export interface CellChange {
  /** "C5": where a person finds the cell in the sheet. */
  readonly at: string;
  readonly before: Cell;
  readonly after: Cell;
}

/** Serial numbers of one minute apart differ by 0.0007; anything under this is rounding noise. */
const NOISE = 1e-7;

export function sameCell(a: Cell, b: Cell): boolean {
  if (isLocalDateTime(a) || isLocalDateTime(b))
    return isLocalDateTime(a) && isLocalDateTime(b) && a.iso === b.iso;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < NOISE;
  return (a === '' ? null : a) === (b === '' ? null : b);
}

const extentOf = (grids: readonly Grid[]): { rows: number; cols: number } => ({
  rows: Math.max(0, ...grids.map((g) => g.length)),
  cols: Math.max(0, ...grids.flatMap((g) => g.map((row) => row.length))),
});

export function cellChanges(local: Grid, live: Grid): CellChange[] {
  const { rows, cols } = extentOf([local, live]);
  const changes: CellChange[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const before = live[r]?.[c] ?? null;
      const after = local[r]?.[c] ?? null;
      if (!sameCell(before, after)) changes.push({ at: `${columnLetter(c)}${r + 1}`, before, after });
    }
  return changes;
}

/**
 * A cell as push writes it with USER_ENTERED: empty clears, a date is its serial day number (the
 * live column keeps its date format), and text Sheets would turn into a formula, number, date or
 * boolean goes behind an apostrophe, the guard the Apps Script adapter uses.
 */
export function writtenValueOf(cell: Cell): ApiValue {
  if (cell === null) return '';
  if (isLocalDateTime(cell)) return localDateTimeToSerial(cell);
  if (typeof cell === 'string') return needsTextGuard(cell) ? `'${cell}` : cell;
  return cell;
}

/** The whole tab from A1, as wide and as long as the larger of the two, so stale cells are cleared. */
export function tabWrite(liveTab: string, local: Grid, live: Grid): RangeValues {
  const { rows, cols } = extentOf([local, live]);
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => writtenValueOf(local[r]?.[c] ?? null)),
  );
  const end = `${columnLetter(Math.max(0, cols - 1))}${Math.max(1, rows)}`;
  return { range: rangeOf(liveTab, `A1:${end}`), values };
}
