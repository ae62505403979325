import type ExcelJS from 'exceljs';
import { fromUtcFields, isLocalDateTime, partsOf, type Cell } from '../../core/cell';

/**
 * Conversions between exceljs cell values and the core's cells.
 *
 * Excel has no time zones: a date cell is a serial number of days, a *floating* wall-clock
 * time. exceljs hands it over as a `Date` whose UTC fields are that wall clock, so we read and
 * write the UTC fields only and the machine's TZ never enters (tests run under TZ=UTC and
 * TZ=Asia/Ho_Chi_Minh).
 */

const MINUTE = 60_000;

export function dateToCell(value: Date): Cell {
  if (Number.isNaN(value.getTime())) return null;
  // A serial number rarely lands on the exact millisecond: 08:29:59.999 means 08:30.
  const d = new Date(Math.round(value.getTime() / MINUTE) * MINUTE);
  return fromUtcFields(d);
}

export function cellToDate(value: Cell): Date | undefined {
  if (!isLocalDateTime(value)) return undefined;
  // "2021-10-05T08:03" read as UTC is the wall clock's UTC fields (the fast way: a large
  // import writes tens of thousands of dates); the parts when a year is outside 0000–9999.
  const fast = new Date(`${value.iso}Z`);
  if (!Number.isNaN(fast.getTime())) return fast;
  const p = partsOf(value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/** What the principal sees in the cell, as the core wants it. Never throws. */
export function fromExcel(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToCell(value);
  if (typeof value === 'object') {
    // A formula the user typed in Excel: its cached result is what they see.
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return fromExcel(result as ExcelJS.CellValue | undefined);
    }
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run) => run.text).join('');
      return text === '' ? null : text;
    }
    if ('hyperlink' in value) {
      const link = value as { text?: unknown; hyperlink?: unknown };
      const text = link.text;
      if (typeof text === 'string') return text === '' ? null : text;
      if (text && typeof text === 'object') return fromExcel(text as ExcelJS.CellValue);
      return typeof link.hyperlink === 'string' ? link.hyperlink : null;
    }
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return null;
}

/** The exceljs value to store: strings stay plain strings (exceljs never makes them formulas). */
export function toExcel(value: Cell): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (isLocalDateTime(value)) return cellToDate(value)!;
  return value;
}
