/** Text helpers shared by every tab: NFC everywhere, and a folded form for tolerant matching. */

/** NFC, trimmed, inner runs of white space (including NBSP and zero-width) collapsed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLD_MEMO_MAX_LENGTH = 120;
const FOLD_MEMO_ENTRIES = 20_000;
const foldMemo = new Map<string, string>();

/**
 * A key for tolerant comparison: lower case, no diacritics (đ → d), no punctuation other than
 * letters and digits, single spaces. "Bắt đầu", "bat dau" and " BẮT  ĐẦU " fold alike.
 * Short values (headers, aliases, group names) repeat on every read of a tab: they are
 * remembered, in a bounded table.
 */
export function foldKey(value: string): string {
  if (value.length > FOLD_MEMO_MAX_LENGTH) return fold(value);
  let folded = foldMemo.get(value);
  if (folded === undefined) {
    if (foldMemo.size >= FOLD_MEMO_ENTRIES) foldMemo.clear();
    folded = fold(value);
    foldMemo.set(value, folded);
  }
  return folded;
}

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Header text as a principal might type it: drops a trailing "(…)" hint and folds. */
export function foldHeader(value: string): string {
  const withoutHint = value.normalize('NFC').replace(/\([^)]*\)\s*$/u, '');
  const folded = foldKey(withoutHint);
  return folded === '' ? foldKey(value) : folded;
}

/**
 * True when a spreadsheet would evaluate this text as a formula if written as typed:
 * `=` `+` `-` `@` at the start (also after leading white space or a tab/CR trick).
 * Adapters that write to a real spreadsheet guard such text so it stays text.
 */
export function looksLikeFormula(value: string): boolean {
  return /^[\s]*[=+\-@]/.test(value) || /^[\t\r]/.test(value);
}

const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * True when Sheets would not store this string as the same text if written as is (Apps Script's
 * setValues, or the Sheets API with USER_ENTERED): both adapters write such text behind a leading
 * apostrophe, which Sheets takes as "this is text" and does not keep in the value.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (text.startsWith("'")) return true; // the apostrophe itself would be eaten
  if (looksLikeFormula(text)) return true;
  const trimmed = text.trim();
  if (trimmed !== text) return true; // leading/trailing spaces around a number still coerce
  return (
    /^[\d.,$€£¥₫(#]/.test(trimmed) || // numbers, dates, times, money, "(5)", "#N/A"
    /^(true|false)$/i.test(trimmed) ||
    MONTH_START.test(trimmed)
  );
}
