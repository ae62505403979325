/**
 * A small RFC 4180 reader (no dependency: the core also runs in Apps Script). Accepts what
 * spreadsheets really write: a UTF-8 BOM, CRLF, LF or CR line ends, quoted fields with
 * separators, line breaks and doubled quotes, and another separator than the comma (European
 * Excel writes ';', some tools a tab). Lenient where the RFC is strict: a quote inside an
 * unquoted field is kept as a character; an unterminated quote takes the rest of the file as
 * its field and is reported. Fields are sliced, not built a character at a time: a 10,000-row
 * export is read in milliseconds.
 */
export interface CsvParse {
  readonly rows: string[][];
  /** True when the file ended inside a quoted field. */
  readonly unterminatedQuote: boolean;
  /** True when the last record was followed by a line break (a file cut off mid-row is not). */
  readonly endsWithLineBreak: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export function parseCsv(text: string, separator = ','): CsvParse {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = separator.charCodeAt(0);
  const n = input.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let unterminatedQuote = false;
  const fieldEnd = (from: number): number => {
    let k = from;
    while (k < n) {
      const c = input.charCodeAt(k);
      if (c === sep || c === CR || c === LF) break;
      k++;
    }
    return k;
  };
  let i = 0;
  while (i < n) {
    let field: string;
    if (input.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      field = '';
      for (;;) {
        const q = input.indexOf('"', from);
        if (q < 0) {
          field += input.slice(from);
          unterminatedQuote = true;
          i = n;
          break;
        }
        field += input.slice(from, q);
        if (input.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote stays in the field, as the character-by-character readers do.
      const end = fieldEnd(i);
      field += input.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(i);
      field = input.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) break;
    const c = input.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    i += c === CR && input.charCodeAt(i + 1) === LF ? 2 : 1;
  }
  if (row.length > 0) rows.push(row);
  const last = input.charCodeAt(n - 1);
  return {
    rows: rows.filter((r) => !(r.length === 1 && r[0] === '')),
    unterminatedQuote,
    endsWithLineBreak: !unterminatedQuote && (last === CR || last === LF),
  };
}

/** One CSV field, quoted when it needs to be (the inverse of parseCsv, for tests and exports). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
