import { localDateTime, type LocalDateTime } from '../cell';
import { foldHeader } from '../text';
import { catalogue } from '../i18n/catalogue';
import { parseCsv } from './csv';
import type { FormSpec, RawResponse } from './types';

/**
 * Google Forms' CSV export ("Download responses (.csv)" / the linked sheet saved as CSV):
 * a "Timestamp" column, "Email Address" when emails are collected, then one column per
 * question title; checkbox answers joined with ", ".
 *
 * Timestamps: Google writes them in the *spreadsheet locale*, so "10/5/2021 8:03:12" is
 * 5 October in a US-locale export and "05/10/2021 08:03:12" in a Vietnamese one. We decide
 * once per file: an explicit `dateOrder` wins; otherwise the header language tells — English
 * headers ("Timestamp") mean M/D/Y, Vietnamese ("Dấu thời gian") mean D/M/Y. If that order
 * makes some row impossible (month 13…) and the other order reads every row, the file is read
 * in the other order and an issue says so. ISO "2021-10-05 08:03:12" is always accepted.
 * Seconds are dropped: the core's wall clock keeps minutes.
 */

export type DateOrder = 'MDY' | 'DMY';

export type CsvIssueCode =
  | 'csv.empty'
  | 'csv.noTimestampColumn'
  | 'csv.unterminatedQuote'
  | 'csv.extraColumn'
  | 'csv.missingColumn'
  | 'csv.duplicateColumn'
  | 'csv.raggedRow'
  | 'csv.badTimestamp'
  | 'csv.dateOrderSwitched';

export interface CsvIssue {
  readonly code: CsvIssueCode;
  /** 'error': rows were rejected or a required question cannot be answered; 'warning': read anyway. */
  readonly severity: 'error' | 'warning';
  /** 1-based line of the CSV record (the header is 1). */
  readonly row?: number;
  readonly column?: string;
}

export interface FormsCsvParse {
  readonly responses: RawResponse[];
  /** Rows that could not become a response (no readable timestamp), with their fields. */
  readonly rejected: { readonly row: number; readonly fields: readonly string[] }[];
  readonly issues: CsvIssue[];
  readonly dateOrder: DateOrder;
}

const TIMESTAMP_HEADERS = { en: ['timestamp'], vi: ['dau thoi gian', 'thoi gian', 'thoi diem gui'] };
const EMAIL_HEADERS = ['email address', 'dia chi email', 'email'];

const TS =
  /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?)?\s*$/i;

/** A timestamp in the given order; undefined when it is not a possible wall-clock time. */
export function parseFormsTimestamp(text: string, order: DateOrder): LocalDateTime | undefined {
  const m = TS.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let year: number, month: number, day: number;
  if (m[1]!.length === 4) [year, month, day] = [a, b, c];
  else if (order === 'MDY') [month, day, year] = [a, b, c];
  else [day, month, year] = [a, b, c];
  if (year < 1000) return undefined;
  let hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem === 'PM' || meridiem === 'CH';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  try {
    return localDateTime(year, month, day, hour, minute);
  } catch {
    return undefined;
  }
}

export function parseFormsCsv(
  text: string,
  spec: FormSpec,
  options: { dateOrder?: DateOrder } = {},
): FormsCsvParse {
  const issues: CsvIssue[] = [];
  const parsed = parseCsv(text);
  if (parsed.unterminatedQuote) issues.push({ code: 'csv.unterminatedQuote', severity: 'warning' });
  const [header, ...body] = parsed.rows;
  if (!header) {
    issues.push({ code: 'csv.empty', severity: 'error' });
    return { responses: [], rejected: [], issues, dateOrder: options.dateOrder ?? 'DMY' };
  }
  const folded = header.map((h) => foldHeader(h));
  const tsAt = folded.findIndex((h) => [...TIMESTAMP_HEADERS.en, ...TIMESTAMP_HEADERS.vi].includes(h));
  if (tsAt < 0) {
    issues.push({ code: 'csv.noTimestampColumn', severity: 'error', row: 1, column: 'Timestamp' });
    return {
      responses: [],
      rejected: body.map((fields, i) => ({ row: i + 2, fields })),
      issues,
      dateOrder: options.dateOrder ?? 'DMY',
    };
  }
  const emailAt = folded.findIndex((h, i) => i !== tsAt && EMAIL_HEADERS.includes(h));

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
    issues.push({
      code: 'csv.missingColumn',
      severity: question.required ? 'error' : 'warning',
      row: 1,
      column: question.title,
    });
  }

  const headerOrder: DateOrder = TIMESTAMP_HEADERS.en.includes(folded[tsAt]!) ? 'MDY' : 'DMY';
  let dateOrder = options.dateOrder ?? headerOrder;
  if (!options.dateOrder) {
    const other: DateOrder = dateOrder === 'MDY' ? 'DMY' : 'MDY';
    const stamps = body.map((r) => r[tsAt] ?? '').filter((s) => s.trim() !== '');
    const fails = (order: DateOrder): number => stamps.filter((s) => !parseFormsTimestamp(s, order)).length;
    if (fails(dateOrder) > 0 && fails(other) === 0) {
      issues.push({ code: 'csv.dateOrderSwitched', severity: 'warning', column: header[tsAt] });
      dateOrder = other;
    }
  }

  const responses: RawResponse[] = [];
  const rejected: { row: number; fields: readonly string[] }[] = [];
  body.forEach((fields, i) => {
    const row = i + 2;
    if (fields.length !== header.length) issues.push({ code: 'csv.raggedRow', severity: 'warning', row });
    const timestamp = parseFormsTimestamp(fields[tsAt] ?? '', dateOrder);
    if (!timestamp) {
      issues.push({ code: 'csv.badTimestamp', severity: 'error', row, column: header[tsAt] });
      rejected.push({ row, fields });
      return;
    }
    const answers: Record<string, string> = {};
    fields.forEach((value, at) => {
      if (at === tsAt || at === emailAt) return;
      const title = at < header.length ? header[at]! : catalogue(spec.language).forms.csvColumn(at + 1);
      if (!(title in answers)) answers[title] = value;
    });
    const email = emailAt >= 0 ? fields[emailAt] : undefined;
    responses.push({ timestamp, ...(email !== undefined && email !== '' ? { email } : {}), answers });
  });
  return { responses, rejected, issues, dateOrder };
}
