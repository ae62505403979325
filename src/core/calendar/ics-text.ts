/**
 * RFC 5545 text rules, in plain ES2020 (no TextEncoder: this also runs in Apps Script, where
 * the late-guest invitation mail attaches the .ics).
 */

/** TEXT values: backslash, semicolon, comma and newline escaped (section 3.3.11). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): always quoted; DQUOTE and control characters cannot appear in it. */
export function paramValue(value: string): string {
  const clean = value
    .normalize('NFC')
    .replace(/"/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim();
  return `"${clean}"`;
}

/** UTF-8 length of one code point. */
const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (section 3.1): continuation lines start with one space,
 * which counts toward their 75. Splits only between code points, so a Vietnamese letter's
 * UTF-8 bytes are never cut apart.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Content lines → the calendar object's text: folded, CRLF after every line. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
