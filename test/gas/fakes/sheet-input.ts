import { localDateTime } from '../../../src/core/cell';
import { toInstant } from '../../../src/core/time-zone';

/**
 * What a Google Sheet stores when a value is written with setValues: "=…" (and "+x"/"-x" that
 * is no number) becomes a formula, numeric text a number, "TRUE"/"FALSE" a boolean, a typed
 * date a date in the spreadsheet's zone, "HH:mm" a time; a leading apostrophe keeps text and is
 * dropped. A typed date is read by the spreadsheet's locale ("The locale affects … date
 * formats", https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String),
 * and File → Settings → Locale in Sheets): en_US reads month/day/year, so "05/10/2021" is
 * 10 May 2021 and "31/10/2021" stays text; vi_VN, en_GB and the other day-first locales read
 * day/month/year. yyyy-MM-dd is read the same everywhere. A locale the fake does not know reads
 * no slashed date at all (stays text), rather than guessing an order Sheets might not use.
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

/** Locales whose typed dates are month/day/year. */
const MONTH_FIRST = new Set(['en_US']);
/** Locales whose typed dates are day/month/year (the ones a school here may have). */
const DAY_FIRST = new Set(['vi_VN', 'en_GB', 'en_AU', 'en_IN', 'fr_FR', 'de_DE', 'es_ES', 'it_IT']);

function slashedOrder(locale: string): 'dmy' | 'mdy' | undefined {
  if (MONTH_FIRST.has(locale)) return 'mdy';
  if (DAY_FIRST.has(locale)) return 'dmy';
  return undefined;
}

function asDate(y: number, mo: number, d: number, h: number, mi: number, zone: string): Date | undefined {
  try {
    return toInstant(localDateTime(y, mo, d, h, mi), zone);
  } catch {
    return undefined; // "31/02/2021" stays text, as in Sheets
  }
}

export function storeInput(input: unknown, timeZone: string, locale = 'vi_VN'): StoredCell {
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
  const order = slashedOrder(locale);
  if (m && order) {
    const [day, month] = order === 'dmy' ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!];
    const date = asDate(+m[3]!, month, day, +(m[4] ?? 0), +(m[5] ?? 0), timeZone);
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
