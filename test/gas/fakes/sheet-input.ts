import { localDateTime } from '../../../src/core/cell';
import { toInstant } from '../../../src/core/time-zone';

/**
 * What a Google Sheet stores when a value is written with setValues, modelled on a sheet in
 * the vi_VN locale: "=…" (and "+x"/"-x" that is no number) becomes a formula, numeric text a
 * number, "TRUE"/"FALSE" a boolean, dd/MM/yyyy [HH:mm] and yyyy-MM-dd text a date in the
 * spreadsheet's zone, "HH:mm" a time; a leading apostrophe keeps text and is dropped.
 */
export type StoredValue = string | number | boolean | Date;

export interface StoredCell {
  value: StoredValue;
  /** A formula's text; its value reads back as an error (we do not evaluate). */
  formula?: string;
}

export const FORMULA_RESULT = '#ERROR!';

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;

function asDate(y: number, mo: number, d: number, h: number, mi: number, zone: string): Date | undefined {
  try {
    return toInstant(localDateTime(y, mo, d, h, mi), zone);
  } catch {
    return undefined; // "31/02/2021" stays text, as in Sheets
  }
}

export function storeInput(input: unknown, timeZone: string): StoredCell {
  if (input === null || input === '') return { value: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`Invalid value: ${input}`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input !== 'string') {
    // Real Sheets would write "[object Object]" or fail; either way it is a bug in the caller.
    throw new TypeError(`setValues: unsupported value ${JSON.stringify(input)}`);
  }
  if (input.startsWith("'")) return { value: input.slice(1) };
  const text = input.trim();
  if (text.startsWith('=')) return { value: FORMULA_RESULT, formula: input };
  if (NUMBER.test(text)) {
    const n = Number(text.replace('%', ''));
    return { value: text.endsWith('%') ? n / 100 : n };
  }
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, '')) };
  if (/^[+-]/.test(text) && text.length > 1) return { value: FORMULA_RESULT, formula: `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  let m = DMY.exec(text);
  if (m) {
    const date = asDate(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), timeZone);
    if (date) return { value: date };
  }
  m = YMD.exec(text);
  if (m) {
    const date = asDate(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), timeZone);
    if (date) return { value: date };
  }
  m = TIME.exec(text);
  if (m && +m[1]! < 24 && +m[2]! < 60) {
    const date = asDate(1899, 12, 30, +m[1]!, +m[2]!, timeZone);
    if (date) return { value: date };
  }
  return { value: input };
}

/** What getValues returns for a stored cell: a fresh Date (never the stored object), '' when empty. */
export function readBack(cell: StoredCell | undefined): StoredValue {
  if (!cell) return '';
  return isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value;
}
