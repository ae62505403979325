import type { Cell, LocalDateTime } from '../cell';
import { contentHash } from './hash';
import { RAW_CHUNK } from './response-rows';
import { cellSafe } from './sanitise';
import type { FormId } from './types';

/**
 * The raw log's row for an imported row that could not become a response (its timestamp does
 * not read, the download was cut off in it): kept so that nothing the school received is lost,
 * flagged in "Nguồn" and with the reason first in its content, so a person can find and fix it.
 * Its content is not a response's, so replaying the log (seats, progress) passes over it.
 * The id is "U" + the content's hash: importing the same file again adds it once.
 */

const CONTENT_KEYS = ['content', 'content2', 'content3', 'content4'] as const;
/** Starts each continuation piece, as the responses' raw copies do: no piece begins with "=". */
const CONTINUATION = '↪';

export interface UnreadableRow {
  readonly formId: FormId;
  /** The record's number in its file, and the file's column titles beside its fields. */
  readonly row: number;
  readonly header: readonly string[];
  readonly fields: readonly string[];
  /** Why it was kept, in the sheet's language. */
  readonly reason: string;
  readonly email?: string;
}

export interface UnreadableRecordOptions {
  readonly receivedAt: LocalDateTime;
  /** "CSV – cần kiểm tra": what the "Nguồn" column shows. */
  readonly source: string;
  /** The runtime's longest cell (Excel 32,767): each piece of the content stays below it. */
  readonly cellLimit?: number;
}

export function unreadableId(row: UnreadableRow): string {
  return `U${contentHash([row.formId, ...row.fields].join('\u0001'))}`;
}

export function unreadableRecord(
  row: UnreadableRow,
  options: UnreadableRecordOptions,
): { responseId: string; record: Record<string, Cell>; overflow: boolean; kept: number } {
  const fields: Record<string, string> = {};
  row.fields.forEach((value, i) => {
    const title = row.header[i] ?? `#${i + 1}`;
    fields[title in fields ? `${title} #${i + 1}` : title] = value;
  });
  const json = JSON.stringify({ unreadable: row.reason, row: row.row, fields });
  const responseId = unreadableId(row);
  const record: Record<string, Cell> = {
    responseId,
    form: row.formId,
    submittedAt: null,
    receivedAt: options.receivedAt,
    source: cellSafe(options.source),
    email: row.email ? cellSafe(row.email) : null,
  };
  const chunk = Math.min(RAW_CHUNK, (options.cellLimit ?? Infinity) - CONTINUATION.length);
  let at = 0;
  CONTENT_KEYS.forEach((key, i) => {
    const room = i === 0 ? chunk : chunk - CONTINUATION.length;
    let end = Math.min(json.length, at + room);
    const code = json.charCodeAt(end - 1);
    // Never split a surrogate pair between two cells.
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    const piece = json.slice(at, end);
    record[key] = piece === '' ? null : i === 0 ? piece : CONTINUATION + piece;
    at = end;
  });
  return { responseId, record, overflow: at < json.length, kept: at };
}
