import { fromUtcFields, wallMinutes, type Cell, type Grid, type LocalDateTime } from '../cell';
import { foldKey } from '../text';
import { SETTINGS } from './settings';
import { ALL_TABLES, SETTINGS_TABLE } from './tables';
import type { ColumnType } from './types';

/**
 * The Sheets API gives dates as serial day numbers (dateTimeRenderOption SERIAL_NUMBER: days
 * since 30/12/1899, the time as the fraction), with no mark that a number is a date. A sheet
 * pulled to the terminal gets its dates back where the schema says a cell is a date: the
 * date columns of each known tab (by header, either language), and the date rows of Settings.
 * Any other number stays a number; a tab the product does not know is copied as it is.
 */
const SERIAL_OF_1970 = 25_569;
const MINUTES_A_DAY = 1_440;

export function serialToLocalDateTime(serial: number): LocalDateTime {
  // Whole minutes: a serial rarely lands on the exact millisecond, and the plan works in minutes.
  return fromUtcFields(new Date(Math.round((serial - SERIAL_OF_1970) * MINUTES_A_DAY) * 60_000));
}

/** The serial day number Sheets stores for a wall clock: what a push writes for a date cell. */
export function localDateTimeToSerial(value: LocalDateTime): number {
  return wallMinutes(value) / MINUTES_A_DAY + SERIAL_OF_1970;
}

const isDateType = (type: ColumnType): boolean => type === 'date' || type === 'datetime';
const asDate = (cell: Cell): Cell => (typeof cell === 'number' ? serialToLocalDateTime(cell) : cell);

const DATE_SETTING_LABELS = new Set(
  SETTINGS.filter((s) => isDateType(s.type)).flatMap((s) => [s.label, ...(s.aliases ?? [])].map(foldKey)),
);

export function datesFromSerials(tab: string, grid: Grid): Grid {
  const name = foldKey(tab);
  const spec = ALL_TABLES.find((t) => [t.name, ...(t.aliases ?? [])].some((n) => foldKey(n) === name));
  if (!spec || grid.length === 0) return grid;
  if (spec === SETTINGS_TABLE) {
    return grid.map((row, i) =>
      i > 0 && typeof row[0] === 'string' && DATE_SETTING_LABELS.has(foldKey(row[0]))
        ? row.map((cell, col) => (col === 1 ? asDate(cell) : cell))
        : row,
    );
  }
  const dateHeaders = new Set(
    spec.columns
      .filter((c) => isDateType(c.type))
      .flatMap((c) => [c.header, ...(c.aliases ?? [])].map(foldKey)),
  );
  const dateColumns = new Set(
    grid[0]!.flatMap((header, col) =>
      typeof header === 'string' && dateHeaders.has(foldKey(header)) ? [col] : [],
    ),
  );
  if (dateColumns.size === 0) return grid;
  return grid.map((row, i) =>
    i === 0 ? row : row.map((cell, col) => (dateColumns.has(col) ? asDate(cell) : cell)),
  );
}
