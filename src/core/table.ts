import { isLocalDateTime, type Cell, type Grid } from './cell';
import type { Finding } from './findings';
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

function headerCandidates(column: ColumnSpec): string[] {
  return [column.header, ...(column.aliases ?? [])].map(foldHeader);
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
  for (const column of spec.columns) {
    const candidates = headerCandidates(column);
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
      }
      continue;
    }
    index[column.key] = hits[0]!;
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
    }
  }
  return { index, headerText, width: headerRow.length, findings };
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
  for (const key of Object.keys(record) as K[]) {
    const at = header.index[key];
    if (at !== undefined) row[at] = record[key] ?? null;
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
  const wanted = [spec.name, ...(spec.aliases ?? [])].map(foldHeader);
  return names.find((n) => wanted.includes(foldHeader(n)));
}
