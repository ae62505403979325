import { isLocalDateTime, localDateTime, partsOf, withTime, type Cell, type LocalDateTime } from './cell';
import type { FindingParams, Severity } from './findings';
import { formatShortDate, formatTime } from './i18n/dates';
import { YES_NO_CHOICES } from './schema/layout';
import type { ColumnType } from './schema/types';
import { matchChoice } from './sheet-language';
import { cleanText, foldKey } from './text';

/**
 * Cells → typed values and back. A principal types whatever a spreadsheet lets them type, so
 * parsing never throws: it returns the value it understood (if any) and the problems found,
 * each a finding code plus parameters that the message catalogue turns into a sentence.
 */

export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly params: FindingParams;
}

export type Typed = string | string[] | number | boolean | LocalDateTime;

export interface Parsed<T = Typed> {
  /** Undefined when the cell is blank or could not be understood. */
  readonly value?: T;
  readonly blank: boolean;
  readonly problems: readonly Problem[];
}

/** What a cell is checked against: a ColumnSpec or a SettingSpec fits. */
export interface ValueSpec {
  readonly type: ColumnType;
  readonly required: boolean;
  readonly choices?: readonly string[];
  /** A 'url' that may also be a file of this computer (file:///…): the local runtime's forms. */
  readonly localFiles?: boolean;
}

export interface CodecContext {
  /** The plan's year, used to say which year a date typed without one probably meant. */
  readonly expectedYear?: number;
}

const BLANK: Parsed<never> = { blank: true, problems: [] };

const ok = <T>(value: T, problems: Problem[] = []): Parsed<T> => ({ value, blank: false, problems });
const fail = (code: string, params: FindingParams, severity: Severity = 'error'): Parsed<never> => ({
  blank: false,
  problems: [{ code, severity, params }],
});

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cleanText(cell) === '');
}

/** The cell as the principal sees it, for quoting in messages. */
export function cellDisplay(cell: Cell): string {
  if (cell === null) return '';
  if (isLocalDateTime(cell)) return formatDateValue(cell, true);
  return cleanText(String(cell));
}

function formatDateValue(value: LocalDateTime, withClock: boolean): string {
  return withClock ? `${formatShortDate(value)} ${formatTime(value)}` : formatShortDate(value);
}

// ——— text, id, url ———

export function parseText(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return BLANK;
  if (isLocalDateTime(cell)) {
    const p = partsOf(cell);
    return ok(formatDateValue(cell, p.hour !== 0 || p.minute !== 0));
  }
  return ok(cleanText(String(cell)));
}

export function parseId(cell: Cell): Parsed<string> {
  const text = parseText(cell);
  if (text.value === undefined) return text;
  // Ids are matched exactly later (calendar tags, form choices): no inner spaces, short.
  // Kept as typed, so the row still takes part in the other checks; the finding asks to fix it.
  if (/\s/.test(text.value) || text.value.length > 64) {
    return ok(text.value, [{ code: 'id.invalid', severity: 'error', params: { text: text.value } }]);
  }
  return text;
}

export function parseUrl(cell: Cell, localFiles = false): Parsed<string> {
  const text = parseText(cell);
  if (text.value === undefined) return text;
  const raw = text.value;
  if (localFiles && /^file:\/\/\/\S+$/i.test(raw)) return ok(raw);
  const url = /^www\./i.test(raw) ? `https://${raw}` : raw;
  if (!/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(url)) return fail('url.invalid', { text: raw });
  return ok(url);
}

// ——— e-mail ———

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Trimmed and lower-cased; CR/LF, spaces, a missing @ or domain are refused. */
export function normaliseEmail(raw: string): string | undefined {
  if (/[\r\n]/.test(raw)) return undefined;
  const email = raw
    .normalize('NFC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}

export function parseEmail(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== 'string') return fail('email.invalid', { text: cellDisplay(cell) });
  const email = normaliseEmail(cell);
  return email === undefined ? fail('email.invalid', { text: cellDisplay(cell) }) : ok(email);
}

export function parseEmails(cell: Cell): Parsed<string[]> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== 'string') return fail('email.invalid', { text: cellDisplay(cell) });
  const parts = cell
    .split(/[,;\r\n]+/)
    .map(cleanText)
    .filter((p) => p !== '');
  const emails: string[] = [];
  const problems: Problem[] = [];
  for (const part of parts) {
    // "a@x.vn b@y.vn" is a list separated by spaces; "pho hieu truong" is one bad address.
    const words = part.split(' ').map(normaliseEmail);
    if (words.some((w) => w === undefined)) {
      problems.push({ code: 'email.invalid', severity: 'error', params: { text: part } });
      continue;
    }
    for (const email of words as string[]) if (!emails.includes(email)) emails.push(email);
  }
  return emails.length > 0 ? ok(emails, problems) : { blank: false, problems };
}

// ——— numbers ———

function numberFromText(text: string): number | undefined {
  const t = text.replace(/\s/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

export function parseNumber(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? ok(cell) : fail('number.invalid', { text: String(cell) });
  if (typeof cell !== 'string') return fail('number.invalid', { text: cellDisplay(cell) });
  const text = cleanText(cell);
  const n = numberFromText(text);
  if (n === undefined) return fail('number.invalid', { text });
  // The sheet stores it as text: it will not sum or sort as a number.
  return ok(n, [{ code: 'number.text', severity: 'warning', params: { text } }]);
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** 50, "50", "50 %" and 0.5 (a cell formatted as percent) all mean 50. */
export function parsePercent(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return BLANK;
  let n: number | undefined;
  let hadSign = false;
  if (typeof cell === 'number' && Number.isFinite(cell)) n = cell;
  else if (typeof cell === 'string') {
    const text = cleanText(cell);
    hadSign = text.endsWith('%');
    n = numberFromText(text.replace(/%$/, ''));
  }
  if (n === undefined) return fail('percent.invalid', { text: cellDisplay(cell) });
  return ok(!hadSign && n >= 0 && n <= 1 ? round6(n * 100) : round6(n));
}

// ——— choices and yes/no ———

export function parseChoice(cell: Cell, choices: readonly string[]): Parsed<string> {
  const text = parseText(cell);
  if (text.value === undefined) return text;
  // The canonical word, whether the cell holds it or its English label.
  const hit = matchChoice(text.value, choices);
  if (hit === undefined) return fail('choice.unknown', { text: text.value, choices: choices.join(', ') });
  return ok(hit);
}

const YES = new Set(['co', 'yes', 'y', 'x', 'true', '1', 'dung', 'roi', 'da xac nhan']);
const NO = new Set(['khong', 'no', 'n', 'false', '0', 'sai', 'chua']);

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'boolean') return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  const key = foldKey(cellDisplay(cell));
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('yesno.invalid', { text: cellDisplay(cell) });
}

// ——— dates ———

function tryDate(y: number, mo: number, d: number, h = 0, mi = 0): LocalDateTime | undefined {
  try {
    return localDateTime(y, mo, d, h, mi);
  } catch {
    return undefined;
  }
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

interface TextDate {
  value?: LocalDateTime;
  hasTime: boolean;
  /** Day and month without a year ("5/10"). */
  noYear?: { day: number; month: number };
}

/** Dates typed as text, in the forms a Vietnamese principal uses (day before month). */
export function parseDateText(raw: string): TextDate | undefined {
  const text = cleanText(raw);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ ,T]+(\d{1,2})[:hHgG](\d{2})?(?::\d{2})?)?$/.exec(
    text,
  );
  if (m) {
    const hasTime = m[4] !== undefined;
    const value = tryDate(fullYear(m[3]!), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0));
    return { value, hasTime };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (m) {
    const hasTime = m[4] !== undefined;
    const value = tryDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
    return { value, hasTime };
  }
  m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(foldKey(text));
  if (m) return { value: tryDate(Number(m[3]), Number(m[2]), Number(m[1])), hasTime: false };
  m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (m) return { hasTime: false, noYear: { day: Number(m[1]), month: Number(m[2]) } };
  return undefined;
}

function parseWallClock(cell: Cell, withClock: boolean, ctx: CodecContext): Parsed<LocalDateTime> {
  if (isBlank(cell)) return BLANK;
  if (isLocalDateTime(cell)) return ok(withClock ? cell : withTime(cell, 0, 0));
  const text = cellDisplay(cell);
  const parsed = typeof cell === 'string' ? parseDateText(cell) : undefined;
  if (parsed?.noYear) {
    const { day, month } = parsed.noYear;
    const guess = ctx.expectedYear === undefined ? undefined : tryDate(ctx.expectedYear, month, day);
    if (guess === undefined) return fail('date.noYear', { text });
    return fail('date.noYear', { text, suggestion: formatShortDate(guess) });
  }
  if (parsed?.value === undefined) return fail('date.invalid', { text });
  const value = withClock ? parsed.value : withTime(parsed.value, 0, 0);
  // Text, not a date: the sheet cannot sort, filter or format it, so say so while accepting it.
  return ok(value, [
    {
      code: 'date.text',
      severity: 'warning',
      params: { text, date: formatDateValue(value, withClock && parsed.hasTime) },
    },
  ]);
}

export const parseDate = (cell: Cell, ctx: CodecContext = {}): Parsed<LocalDateTime> =>
  parseWallClock(cell, false, ctx);
export const parseDateTime = (cell: Cell, ctx: CodecContext = {}): Parsed<LocalDateTime> =>
  parseWallClock(cell, true, ctx);

// ——— any column ———

/** Parses a cell for its spec; a blank required value is the problem 'value.required'. */
export function parseCell(cell: Cell, spec: ValueSpec, ctx: CodecContext = {}): Parsed {
  const parsed = parseByType(cell, spec, ctx);
  if (parsed.blank && spec.required) return fail('value.required', {});
  return parsed;
}

function parseByType(cell: Cell, spec: ValueSpec, ctx: CodecContext): Parsed {
  switch (spec.type) {
    case 'text':
      return parseText(cell);
    case 'id':
      return parseId(cell);
    case 'url':
      return parseUrl(cell, spec.localFiles === true);
    case 'email':
      return parseEmail(cell);
    case 'emails':
      return parseEmails(cell);
    case 'number':
      return parseNumber(cell);
    case 'percent':
      return parsePercent(cell);
    case 'choice':
      return parseChoice(cell, spec.choices ?? []);
    case 'yesno':
      return parseYesNo(cell);
    case 'date':
      return parseDate(cell, ctx);
    case 'datetime':
      return parseDateTime(cell, ctx);
  }
}

// ——— back to cells ———

// The canonical words; a writer into an English tab gets yes / no through recordToRow.
export const [YES_WORD, NO_WORD] = YES_NO_CHOICES;

/** A typed value as the cell the runtimes write: dates stay dates, booleans read có / không. */
export function formatCell(value: Typed | undefined, type: ColumnType): Cell {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? YES_WORD : NO_WORD;
  if (Array.isArray(value)) return value.join(', ');
  if (isLocalDateTime(value)) return type === 'date' ? withTime(value, 0, 0) : value;
  return value;
}
