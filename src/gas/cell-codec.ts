import { isLocalDateTime, type Cell } from '../core/cell';
import { needsTextGuard } from '../core/text';
import { toInstant, toWallClock } from '../core/time-zone';

/**
 * Translation between the core's Cell and what `Range.getValues/setValues` carry.
 * A sheet evaluates or coerces typed text: "=…" becomes a formula, "0123" a number,
 * "05/10/2021" a date, "TRUE" a boolean. A leading apostrophe tells Sheets "this is text"
 * and is not part of the value, so such strings are written with one and read back unchanged.
 */

/** Cross-realm safe: Dates from another JS realm (tests' node:vm) fail `instanceof Date`. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The value to hand to setValues for a cell, in the spreadsheet's zone. */
export function toSheetValue(cell: Cell, timeZone: string): string | number | boolean | Date {
  if (cell === null) return '';
  if (isLocalDateTime(cell)) return toInstant(cell, timeZone);
  if (typeof cell === 'string') return needsTextGuard(cell) ? `'${cell}` : cell;
  return cell;
}

/** The core's view of a value from getValues, in the spreadsheet's zone. */
export function fromSheetValue(value: unknown, timeZone: string): Cell {
  if (value === '' || value === null || value === undefined) return null;
  if (isDateValue(value)) return toWallClock(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
