import { foldHeader } from '../text';
import { catalogue } from '../i18n/catalogue';
import { parseCsv, type CsvParse } from './csv';
import {
  decideDateOrder,
  orderOf,
  readTimestamp,
  type DateOrder,
  type OrderDecision,
  type TimestampProblem,
} from './timestamp-text';
import type { FormSpec, RawResponse } from './types';

/**
 * Google Forms' CSV exports — the Forms page's "Download responses (.csv)" and the linked
 * sheet's File → Download → .csv: a "Timestamp" column ("Dấu thời gian" in Vietnamese),
 * "Email Address" when emails are collected, then one column per question title; checkbox
 * answers joined with ", ".
 *
 * Timestamps are read by timestamp-text.ts, the same reader as JSON's. The day–month order is
 * the file's: an explicit `dateOrder` wins, else a row only one order can read settles the whole
 * file (Google writes one locale per file); when every row reads both ways the file is refused
 * ('csv.dateOrderUnknown') and the caller asks for the order — never guessed. The header's
 * language says nothing about it: an English "Timestamp" comes from en_US and en_GB alike.
 *
 * A row that cannot become a response is never dropped: it is returned in `unreadable` with its
 * issue, for the raw log. That includes a tail cut off mid-row (a download that did not finish).
 */

export type { DateOrder } from './timestamp-text';

export type CsvIssueCode =
  | 'csv.empty'
  | 'csv.noTimestampColumn'
  | 'csv.separator'
  | 'csv.extraColumn'
  | 'csv.missingColumn'
  | 'csv.duplicateColumn'
  | 'csv.raggedRow'
  | 'csv.badTimestamp'
  | 'csv.truncatedRow'
  | 'csv.dateOrderFromFile'
  | 'csv.dateOrderUnknown'
  | 'csv.dateOrderConflict';

export interface CsvIssue {
  readonly code: CsvIssueCode;
  /**
   * 'fatal': the file cannot be imported at all (nothing is recorded); 'error': a row is kept
   * for review or a required question cannot be answered; 'warning': read anyway.
   */
  readonly severity: 'fatal' | 'error' | 'warning';
  /** 1-based record of the CSV (the header is 1), as a spreadsheet opening the file shows it. */
  readonly row?: number;
  readonly column?: string;
  /** The text in question: a timestamp, or the separator the file uses. */
  readonly value?: string;
  readonly problem?: TimestampProblem;
  readonly order?: DateOrder;
  /** The second example of a conflict between orders. */
  readonly against?: { readonly row: number; readonly value: string };
}

export interface UnreadableCsvRow {
  readonly row: number;
  /** The record's fields as read, beside the header's titles. */
  readonly fields: readonly string[];
  readonly issue: CsvIssue;
  /** The collected address, when the row has one: the person can be asked to answer again. */
  readonly email?: string;
}

export interface FormsCsvParse {
  readonly responses: RawResponse[];
  /** Rows that could not become a response: to be kept in the raw log, flagged. */
  readonly unreadable: UnreadableCsvRow[];
  readonly issues: CsvIssue[];
  readonly header: readonly string[];
  readonly decision?: OrderDecision;
}

export interface FormsCsvOptions {
  readonly dateOrder?: DateOrder;
  /** The school's zone, for timestamps that carry an offset (GMT+7). */
  readonly timeZone?: string;
}

const TIMESTAMP_HEADERS = ['timestamp', 'dau thoi gian', 'thoi gian', 'thoi diem gui'];
const EMAIL_HEADERS = ['email address', 'dia chi email', 'email'];
const OTHER_SEPARATORS = [';', '\t'] as const;

const timestampColumn = (header: readonly string[]): number =>
  header.findIndex((h) => TIMESTAMP_HEADERS.includes(foldHeader(h)));

/** The file read with the first separator that gives a timestamp column (comma first). */
function readWithSeparator(text: string): { parsed: CsvParse; separator: string; tsAt: number } {
  const parsed = parseCsv(text);
  const tsAt = timestampColumn(parsed.rows[0] ?? []);
  if (tsAt >= 0 || parsed.rows.length === 0) return { parsed, separator: ',', tsAt };
  for (const separator of OTHER_SEPARATORS) {
    const other = parseCsv(text, separator);
    const at = timestampColumn(other.rows[0] ?? []);
    if (at >= 0) return { parsed: other, separator, tsAt: at };
  }
  return { parsed, separator: ',', tsAt: -1 };
}

/** The separator the header line seems to use, when it is not a comma (for the error). */
function likelySeparator(text: string): string | undefined {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (ch: string): number => line.split(ch).length - 1;
  const best = OTHER_SEPARATORS.find((sep) => count(sep) > count(','));
  return best;
}

export function parseFormsCsv(text: string, spec: FormSpec, options: FormsCsvOptions = {}): FormsCsvParse {
  const issues: CsvIssue[] = [];
  const { parsed, separator, tsAt } = readWithSeparator(text);
  const [header, ...records] = parsed.rows;
  if (!header) {
    issues.push({ code: 'csv.empty', severity: 'fatal' });
    return { responses: [], unreadable: [], issues, header: [] };
  }
  if (tsAt < 0) {
    const sep = likelySeparator(text);
    issues.push({
      code: 'csv.noTimestampColumn',
      severity: 'fatal',
      row: 1,
      column: 'Timestamp',
      ...(sep ? { value: sep } : {}),
    });
    return { responses: [], unreadable: [], issues, header };
  }
  if (separator !== ',') issues.push({ code: 'csv.separator', severity: 'warning', value: separator });
  const folded = header.map((h) => foldHeader(h));
  const emailAt = folded.findIndex((h, i) => i !== tsAt && EMAIL_HEADERS.includes(h));
  const tsTitle = header[tsAt]!;
  issues.push(...columnIssues(header, folded, tsAt, emailAt, spec));

  // A row of empty cells (a sheet's formatted but unused rows) holds nothing to keep.
  const body = records
    .map((fields, i) => ({ row: i + 2, fields }))
    .filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  // The last record is cut off when the file ends inside its quotes, or short of cells with no
  // line break after it: the download stopped mid-row.
  const lastRecord = records.length + 1;
  const tail = body[body.length - 1];
  const cutOff =
    tail !== undefined &&
    tail.row === lastRecord &&
    (parsed.unterminatedQuote || (!parsed.endsWithLineBreak && tail.fields.length < header.length));
  const complete = cutOff ? body.slice(0, -1) : body;

  const decision = decideDateOrder(
    complete.map((r) => r.fields[tsAt] ?? ''),
    options.dateOrder,
  );
  const example = (at: number): { row: number; value: string } => ({
    row: complete[at]!.row,
    value: complete[at]!.fields[tsAt] ?? '',
  });
  if (decision.kind === 'unknown' || decision.kind === 'conflict') {
    const first = example(decision.at);
    issues.push({
      code: decision.kind === 'unknown' ? 'csv.dateOrderUnknown' : 'csv.dateOrderConflict',
      severity: 'fatal',
      column: tsTitle,
      ...first,
      ...(decision.kind === 'conflict' ? { against: example(decision.against) } : {}),
    });
    return { responses: [], unreadable: [], issues, header, decision };
  }
  if (decision.kind === 'file')
    issues.push({
      code: 'csv.dateOrderFromFile',
      severity: 'warning',
      column: tsTitle,
      order: decision.order,
      ...example(decision.at),
    });
  const order = orderOf(decision);

  const emailOf = (fields: readonly string[]): { email?: string } => {
    const email = emailAt >= 0 ? fields[emailAt]?.trim() : undefined;
    return email ? { email } : {};
  };
  const responses: RawResponse[] = [];
  const unreadable: UnreadableCsvRow[] = [];
  const texts = catalogue(spec.language).forms;
  for (const { row, fields } of complete) {
    if (fields.length !== header.length) issues.push({ code: 'csv.raggedRow', severity: 'warning', row });
    const value = fields[tsAt] ?? '';
    const read = readTimestamp(value, order, options.timeZone);
    if (!read.ok) {
      const issue: CsvIssue = {
        code: 'csv.badTimestamp',
        severity: 'error',
        row,
        column: tsTitle,
        value: read.problem === 'zone' ? (read.zone ?? value) : value,
        problem: read.problem,
        ...(order ? { order } : {}),
      };
      issues.push(issue);
      unreadable.push({ row, fields, issue, ...emailOf(fields) });
      continue;
    }
    const answers: Record<string, string> = {};
    fields.forEach((cell, at) => {
      if (at === tsAt || at === emailAt) return;
      const title = at < header.length ? header[at]! : texts.csvColumn(at + 1);
      if (!(title in answers)) answers[title] = cell;
    });
    const email = emailAt >= 0 ? fields[emailAt] : undefined;
    responses.push({ timestamp: read.value, ...(email ? { email } : {}), answers });
  }
  if (cutOff) {
    const issue: CsvIssue = { code: 'csv.truncatedRow', severity: 'error', row: tail.row };
    issues.push(issue);
    unreadable.push({ row: tail.row, fields: tail.fields, issue, ...emailOf(tail.fields) });
  }
  return { responses, unreadable, issues, header, decision };
}

/** What the header says against the form: extra, duplicated and missing questions. */
function columnIssues(
  header: readonly string[],
  folded: readonly string[],
  tsAt: number,
  emailAt: number,
  spec: FormSpec,
): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const questionTitles = new Map(spec.questions.map((q) => [foldHeader(q.title), q] as const));
  const seen = new Set<string>();
  header.forEach((title, i) => {
    if (i === tsAt || i === emailAt) return;
    const key = folded[i]!;
    if (seen.has(key))
      issues.push({ code: 'csv.duplicateColumn', severity: 'warning', row: 1, column: title });
    seen.add(key);
    if (!questionTitles.has(key))
      issues.push({ code: 'csv.extraColumn', severity: 'warning', row: 1, column: title });
  });
  for (const [key, question] of questionTitles) {
    if (seen.has(key)) continue;
    if (question.key === 'email' && emailAt >= 0) continue;
    if (question.quietIfMissing) continue;
    issues.push({
      code: 'csv.missingColumn',
      severity: question.required ? 'error' : 'warning',
      row: 1,
      column: question.title,
    });
  }
  return issues;
}
