import { localDateTime, type LocalDateTime } from '../cell';
import { SCHOOL_TIME_ZONE, toWallClock } from '../time-zone';

/**
 * The one reader of a response's timestamp text, for CSV and JSON alike. Layouts Google writes:
 * - the Forms page's "Download responses (.csv)": `2021/10/01 8:10:00 AM GMT+7` (year first,
 *   12-hour clock, the account's zone as an offset or an abbreviation);
 * - a Sheets download (File → Download → .csv), in the spreadsheet's locale: vi_VN
 *   `01/10/2021 8:10:00`, en_GB `01/10/2021 08:10:00`, en_US `10/1/2021 8:10:00`;
 * - ISO `2021-10-01 08:10:00` / `2021-10-01T08:10` (other tools, our own JSON).
 * Year first is never ambiguous. Day and month are, whenever both are 12 or less — and every
 * day of the week (01–07/10) is — so their order is never guessed: it comes from the caller
 * (an option) or from the file itself (decideDateOrder: a row such as 13/10 proves it).
 * A text with an offset is converted to the school's wall clock; one without is already it.
 * Seconds are dropped: the core's wall clock keeps minutes.
 */

/** How a day–month date is written: the command's `--date-order`. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** Why a timestamp text cannot be read. */
export type TimestampProblem = 'empty' | 'format' | 'date' | 'time' | 'zone' | 'order';

interface Scanned {
  /** The three date numbers as written, left to right. */
  readonly parts: readonly [number, number, number];
  readonly yearFirst: boolean;
  readonly hour: number;
  readonly minute: number;
  readonly meridiem?: 'am' | 'pm';
  /** Minutes east of UTC the text states (GMT+7 → 420); undefined when it states none. */
  readonly offset?: number;
  /** An abbreviation we cannot turn into an offset ("AST" is two different zones). */
  readonly unknownZone?: string;
}

const DATE = String.raw`(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})`;
const TIME = String.raw`(?:(?:[ T]+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?`;
const MERIDIEM = String.raw`(?:\s*(AM|PM|SA|CH|A\.M\.|P\.M\.))?`;
const ZONE = String.raw`(?:\s*(Z|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}))?`;
const STAMP = new RegExp(`^\\s*${DATE}${TIME}${MERIDIEM}${ZONE}\\s*$`, 'i');

/** Zone names that are one offset everywhere; any other abbreviation is refused, not guessed. */
const FIXED_ZONES: Readonly<Record<string, number>> = { Z: 0, GMT: 0, UTC: 0, ICT: 420 };

function offsetOf(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  if (upper in FIXED_ZONES) return FIXED_ZONES[upper];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

function scan(text: string): Scanned | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const yearFirst = m[1]!.length === 4;
  // Year first or year last, four digits: a two-digit year's century would be a guess.
  if (!yearFirst && m[4]!.length !== 4) return undefined;
  if (yearFirst && m[4]!.length > 2) return undefined;
  const meridiem = m[8]?.toUpperCase().replace(/\./g, '');
  const zone = m[9];
  const offset = zone === undefined ? undefined : offsetOf(zone);
  return {
    parts: [Number(m[1]), Number(m[3]), Number(m[4])],
    yearFirst,
    hour: m[5] === undefined ? 0 : Number(m[5]),
    minute: m[6] === undefined ? 0 : Number(m[6]),
    ...(meridiem ? { meridiem: meridiem === 'PM' || meridiem === 'CH' ? 'pm' : 'am' } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(zone !== undefined && offset === undefined ? { unknownZone: zone } : {}),
  };
}

function isDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/** [year, month, day] in the given order, or undefined when the text cannot be such a date. */
function ymdOf(s: Scanned, order: DateOrder): [number, number, number] | undefined {
  const [a, b, c] = s.parts;
  if (s.yearFirst) return [a, b, c];
  if (order === 'ymd') return undefined;
  return order === 'dmy' ? [c, b, a] : [c, a, b];
}

export type TimestampRead =
  | { readonly ok: true; readonly value: LocalDateTime }
  | { readonly ok: false; readonly problem: TimestampProblem; readonly zone?: string };

/**
 * Reads one timestamp text. `order` is needed only for a day–month date whose day and month
 * both are 12 or less and differ; without it such a text is refused ('order'), never guessed.
 */
export function readTimestamp(
  text: string,
  order: DateOrder | undefined,
  timeZone: string = SCHOOL_TIME_ZONE,
): TimestampRead {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const s = scan(text);
  if (!s) return { ok: false, problem: 'format' };
  if (s.unknownZone !== undefined) return { ok: false, problem: 'zone', zone: s.unknownZone };
  let ymd: [number, number, number] | undefined;
  if (s.yearFirst) ymd = ymdOf(s, 'ymd');
  else if (order !== undefined) ymd = ymdOf(s, order);
  else {
    const dmy = ymdOf(s, 'dmy')!;
    const mdy = ymdOf(s, 'mdy')!;
    const dmyOk = isDate(...dmy);
    const mdyOk = isDate(...mdy);
    if (dmyOk && mdyOk && s.parts[0] !== s.parts[1]) return { ok: false, problem: 'order' };
    if (!dmyOk && !mdyOk) return { ok: false, problem: 'date' };
    ymd = dmyOk ? dmy : mdy;
  }
  if (!ymd) return { ok: false, problem: 'order' };
  if (!isDate(...ymd)) return { ok: false, problem: 'date' };
  let hour = s.hour;
  if (s.meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, problem: 'time' };
    hour = (hour % 12) + (s.meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || s.minute > 59) return { ok: false, problem: 'time' };
  const [year, month, day] = ymd;
  if (s.offset === undefined) return { ok: true, value: localDateTime(year, month, day, hour, s.minute) };
  const instant = new Date(Date.UTC(year, month - 1, day, hour, s.minute) - s.offset * 60_000);
  return { ok: true, value: toWallClock(instant, timeZone) };
}

/** How a file's day–month order was settled (decideDateOrder). */
export type OrderDecision =
  | { readonly kind: 'option'; readonly order: DateOrder }
  /** A text only one order can read: `at` is its index in the list. */
  | { readonly kind: 'file'; readonly order: 'dmy' | 'mdy'; readonly at: number }
  /** Nothing depends on the order: every date is year first, or its day equals its month. */
  | { readonly kind: 'moot' }
  /** Every day–month text reads both ways: the caller must ask (`--date-order`). */
  | { readonly kind: 'unknown'; readonly at: number }
  /** Texts only day first can read, and others only month first can: `at` and `against`. */
  | { readonly kind: 'conflict'; readonly at: number; readonly against: number };

/**
 * The order one file writes its dates in. Google writes a whole file in one locale, so one text
 * that only one order reads (13/10/2021) settles every row; a file where every text reads both
 * ways is 'unknown', and one that proves both orders is 'conflict' — the caller asks in both.
 */
export function decideDateOrder(texts: readonly string[], given?: DateOrder): OrderDecision {
  if (given) return { kind: 'option', order: given };
  let dmyAt: number | undefined;
  let mdyAt: number | undefined;
  let ambiguousAt: number | undefined;
  texts.forEach((text, i) => {
    const s = scan(text);
    if (!s || s.yearFirst) return;
    const dmyOk = isDate(...ymdOf(s, 'dmy')!);
    const mdyOk = isDate(...ymdOf(s, 'mdy')!);
    if (dmyOk && !mdyOk) dmyAt ??= i;
    else if (mdyOk && !dmyOk) mdyAt ??= i;
    else if (dmyOk && mdyOk && s.parts[0] !== s.parts[1]) ambiguousAt ??= i;
  });
  if (dmyAt !== undefined && mdyAt !== undefined)
    return { kind: 'conflict', at: Math.min(dmyAt, mdyAt), against: Math.max(dmyAt, mdyAt) };
  if (dmyAt !== undefined) return { kind: 'file', order: 'dmy', at: dmyAt };
  if (mdyAt !== undefined) return { kind: 'file', order: 'mdy', at: mdyAt };
  if (ambiguousAt !== undefined) return { kind: 'unknown', at: ambiguousAt };
  return { kind: 'moot' };
}

/** The order a decision settled on, when it settled one. */
export function orderOf(decision: OrderDecision): DateOrder | undefined {
  return decision.kind === 'option' || decision.kind === 'file' ? decision.order : undefined;
}
