import { isLocalDateTime, type Cell, type Grid } from './cell';
import type { Finding } from './findings';
import type { Language } from './plan';
import { choiceLabel, headerIn, tabNameIn } from './sheet-language';
import type { ColumnSpec, TableSpec } from './schema/types';
import { cleanText, foldHeader } from './text';

/**
 * Reading and writing a tab by header. Columns are found by their header text (trimmed, NFC,
 * case- and diacritic-tolerant, aliases accepted), never by position, so a principal may
 * reorder columns and add their own. Problems with the header row are findings, not throws.
 */

export interface HeaderMap<K extends string = string> {
  /** 0-based column index of each known key that was found. */
  readonly index: Partial<Record<K, number>>;
  /** Header texts as they are in the sheet, by key (for messages). */
  readonly headerText: Partial<Record<K, string>>;
  /** Width of the header row (including the user's own columns). */
  readonly width: number;
  readonly findings: readonly Finding[];
  /**
   * The tab's language, as its header row tells: a tab where more columns were found by their
   * English name than by their Vietnamese one is English (Setup wrote it so), any other is
   * Vietnamese. Writers put product words (choices, yes/no) in it; no extra read needed.
   */
  readonly language?: Language;
  /** Keys of the columns holding product words (choice, yes/no), translated when written. */
  readonly wordColumns?: readonly K[];
}

export interface RowRecord<K extends string = string> {
  /** 1-based sheet row (the header is row 1). */
  readonly row: number;
  /** The cell under each known column; null when the column is absent or the cell empty. */
  readonly cells: Readonly<Record<K, Cell>>;
}

export interface ReadTable<K extends string = string> {
  readonly spec: TableSpec<K>;
  readonly header: HeaderMap<K>;
  /** Non-blank data rows in sheet order. */
  readonly rows: readonly RowRecord<K>[];
}

function headerCandidates(table: TableSpec, column: ColumnSpec): string[] {
  const english = headerIn('en', table.key, column.key);
  return [column.header, ...(column.aliases ?? []), ...(english ? [english] : [])].map(foldHeader);
}

/** +1 when the column was found by its English name, -1 by its Vietnamese one, 0 otherwise. */
function languageVote(table: TableSpec, column: ColumnSpec, found: string): number {
  const en = foldHeader(headerIn('en', table.key, column.key) ?? '');
  const vi = foldHeader(headerIn('vi', table.key, column.key) ?? column.header);
  if (en === vi) return 0;
  if (found === en) return 1;
  return found === vi ? -1 : 0;
}

export function isBlankCell(cell: Cell | undefined): boolean {
  // Same meaning as cleanText(cell) === '', but stops at the first visible character instead of
  // cleaning long texts (mail bodies in the outbox) on every read.
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && !/[^\s\u200B-\u200D\u2060\uFEFF]/.test(cell))
  );
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isLocalDateTime(cell)) return cell.iso;
  return String(cell);
}

export function mapHeader<K extends string>(spec: TableSpec<K>, headerRow: readonly Cell[]): HeaderMap<K> {
  const folded = headerRow.map((cell) => foldHeader(cellText(cell)));
  const index: Partial<Record<K, number>> = {};
  const headerText: Partial<Record<K, string>> = {};
  const findings: Finding[] = [];
  /** The column of each finding, to name it in the tab's language once that is known. */
  const findingKeys: K[] = [];
  let votes = 0;
  for (const column of spec.columns) {
    const candidates = headerCandidates(spec, column);
    const hits: number[] = [];
    folded.forEach((text, i) => {
      if (text !== '' && candidates.includes(text)) hits.push(i);
    });
    if (hits.length === 0) {
      if (column.required) {
        findings.push({
          severity: 'error',
          code: 'header.missing',
          table: spec.key,
          tableName: spec.name,
          row: 1,
          column: column.header,
          params: { header: column.header },
        });
        findingKeys.push(column.key);
      }
      continue;
    }
    index[column.key] = hits[0]!;
    votes += languageVote(spec, column, folded[hits[0]!]!);
    headerText[column.key] = cleanText(cellText(headerRow[hits[0]!]));
    if (hits.length > 1) {
      findings.push({
        severity: 'error',
        code: 'header.duplicate',
        table: spec.key,
        tableName: spec.name,
        row: 1,
        column: column.header,
        params: { header: column.header, count: hits.length, columns: hits.map(columnLetter).join(', ') },
      });
      findingKeys.push(column.key);
    }
  }
  const wordColumns = spec.columns.filter((c) => c.type === 'choice' || c.type === 'yesno').map((c) => c.key);
  const language: Language = votes > 0 ? 'en' : 'vi';
  const named = language === 'vi' ? findings : findings.map((f, i) => inEnglish(spec, f, findingKeys[i]!));
  return { index, headerText, width: headerRow.length, findings: named, language, wordColumns };
}

/** A header finding of an English tab, naming the tab and column as that tab does. */
function inEnglish(spec: TableSpec, finding: Finding, key: string): Finding {
  const header = headerIn('en', spec.key, key) ?? finding.column ?? '';
  return {
    ...finding,
    tableName: tabNameIn('en', spec.key) ?? finding.tableName,
    column: header,
    params: { ...finding.params, header },
  };
}

export function readTable<K extends string>(spec: TableSpec<K>, grid: Grid | undefined): ReadTable<K> {
  const headerRow = grid?.[0] ?? [];
  const header = mapHeader(spec, headerRow);
  const rows: RowRecord<K>[] = [];
  const body = grid ? grid.slice(1) : [];
  // A row that holds only system values (a stale finding, a sync stamp) is not a data row,
  // unless the tab is all system columns (the log, the outbox).
  const allSystem = spec.columns.every((c) => c.system);
  body.forEach((line, i) => {
    const cells = {} as Record<K, Cell>;
    let blank = true;
    for (const column of spec.columns) {
      const at = header.index[column.key];
      const cell = at === undefined ? null : (line[at] ?? null);
      cells[column.key] = typeof cell === 'string' && cell.trim() === '' ? null : cell;
      if (!isBlankCell(cell) && (allSystem || !column.system)) blank = false;
    }
    if (!blank) rows.push({ row: i + 2, cells });
  });
  return { spec, header, rows };
}

/** The header row Setup writes for a new tab. */
export function defaultHeader(spec: TableSpec): string[] {
  return spec.columns.map((c) => c.header);
}

/**
 * A full-width grid row for the record, placing each known value under its column and leaving
 * the user's own columns (and columns not given) empty.
 */
export function recordToRow<K extends string>(
  header: HeaderMap<K>,
  record: Partial<Record<K, Cell>>,
): Cell[] {
  const row: Cell[] = new Array<Cell>(header.width).fill(null);
  const lang = header.language ?? 'vi';
  for (const key of Object.keys(record) as K[]) {
    const at = header.index[key];
    if (at === undefined) continue;
    const cell = record[key] ?? null;
    const word = lang !== 'vi' && typeof cell === 'string' && header.wordColumns?.includes(key);
    row[at] = word ? choiceLabel(cell, lang) : cell;
  }
  return row;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The spec for a tab name as found in a workbook (tolerant of case, diacritics and aliases). */
export function findTabName(spec: TableSpec, names: readonly string[]): string | undefined {
  const english = tabNameIn('en', spec.key);
  const wanted = [spec.name, ...(spec.aliases ?? []), ...(english ? [english] : [])].map(foldHeader);
  return names.find((n) => wanted.includes(foldHeader(n)));
}
