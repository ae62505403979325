/**
 * A small RFC 4180 reader (no dependency: the core also runs in Apps Script). Accepts what
 * spreadsheets really write: a UTF-8 BOM, CRLF, LF or CR line ends, quoted fields with commas,
 * line breaks and doubled quotes. Lenient where the RFC is strict: a quote inside an unquoted
 * field is kept as a character; an unterminated quote takes the rest of the file as its field
 * and is reported.
 */
export interface CsvParse {
  readonly rows: string[][];
  /** True when the file ended inside a quoted field. */
  readonly unterminatedQuote: boolean;
}

export function parseCsv(text: string): CsvParse {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  const unterminatedQuote = inQuotes;
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === '')), unterminatedQuote };
}

/** One CSV field, quoted when it needs to be (the inverse of parseCsv, for tests and exports). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
