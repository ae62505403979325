/**
 * Cleaning of answer text before it becomes a cell. Every step is idempotent, so cleaning a
 * cleaned value changes nothing (a property test holds us to it).
 *
 * Formula guard: text that would start with `=` `+` `-` `@` is prefixed with an apostrophe
 * ("'=HYPERLINK(…)"). The apostrophe is Google Sheets' and Excel's own "this is text" mark: a
 * sheet shows the text without it and never evaluates it; in the local .xlsx it shows as typed.
 * It is a visible, ASCII, copy-safe mark (an invisible one would be stripped by the cleaning
 * itself). The Apps Script adapter guards again on write; the two guards do not stack because
 * a guarded value no longer starts with a formula character.
 *
 * HTML stays text here: escaping is the mail renderer's job, so the sheet shows what was typed.
 */

/** Longest answer kept in a normalised cell; the raw copy keeps everything. */
export const MAX_ANSWER_LENGTH = 10_000;
export const TRUNCATION_MARK = '…';
export const FORMULA_GUARD = "'";

/**
 * Invisible characters that hide or reorder text: zero-width spaces and joiners, word joiner
 * and invisible operators, BOM, soft hyphen, bidi marks, embeddings, overrides and isolates.
 * A zero-width joiner between two emoji is kept (it builds 👨‍👩‍👧), see stripInvisible.
 */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** C0/C1 controls other than tab and line feed (tabs become spaces, CR is a line break). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, '').replace(STRAY_ZWJ, '').replace(CONTROLS, '');
}

export interface CleanedText {
  readonly text: string;
  readonly invisibleRemoved: boolean;
  readonly formulaNeutralised: boolean;
  readonly truncated: boolean;
}

export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** Cuts to at most `max` UTF-16 units, never inside a surrogate pair, ending with "…". */
function truncate(text: string, max: number): string {
  let end = max - TRUNCATION_MARK.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATION_MARK;
}

/**
 * One answer made safe for a cell. `multiline` keeps line breaks (paragraph questions);
 * otherwise all white space runs collapse to one space.
 */
export function cleanAnswerText(value: string, multiline = false): CleanedText {
  const nfc = value.normalize('NFC');
  const visible = stripInvisible(nfc);
  const invisibleRemoved = visible !== nfc;
  let text = multiline
    ? visible
        .replace(/\r\n?/g, '\n')
        .replace(/[^\S\n]+/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : visible.replace(/\s+/g, ' ').trim();
  let truncated = false;
  if (text.length > MAX_ANSWER_LENGTH) {
    text = truncate(text, MAX_ANSWER_LENGTH);
    truncated = true;
  }
  let formulaNeutralised = false;
  if (startsLikeFormula(text)) {
    text = FORMULA_GUARD + text;
    formulaNeutralised = true;
    if (text.length > MAX_ANSWER_LENGTH) {
      text = truncate(text, MAX_ANSWER_LENGTH);
      truncated = true;
    }
  }
  return { text, invisibleRemoved, formulaNeutralised, truncated };
}

/** Cell-safe text, for values the code composes itself (joined lists, labels). */
export function cellSafe(value: string): string {
  return cleanAnswerText(value, true).text;
}

/**
 * A deliberately plain address check: one "@", a dot in the domain, no spaces, no quotes, no
 * angle brackets. Google Forms already verifies what it collects; this catches typed mistakes.
 */
const EMAIL =
  /^[a-z0-9.!#$%&*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export interface CleanedEmail {
  readonly email: string;
  readonly valid: boolean;
}

export function cleanEmail(value: string): CleanedEmail {
  const text = stripInvisible(value.normalize('NFC')).replace(/\s+/g, '').toLowerCase();
  // RFC 5321 allows "=x@y" or "-x@y"; no school address looks like that, and a cell must not.
  const valid = text.length <= 254 && EMAIL.test(text) && !text.includes('..') && !startsLikeFormula(text);
  return { email: valid ? text : cleanAnswerText(value).text, valid };
}
