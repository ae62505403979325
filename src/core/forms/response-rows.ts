import type { Cell, LocalDateTime } from '../cell';
import type { Language } from '../plan';
import type { NormalisedResponse } from './normalise-response';
import { reasonText } from './reasons';
import { cellSafe } from './sanitise';
import { shownAnswers } from './answer-labels';
import type { Answer, FormId, FormSpec, RawResponse } from './types';

/**
 * From responses to table records (column key → cell) for the tabs of
 * src/core/schema/response-tables.ts. Every text cell here is cell-safe: it never starts with
 * = + - @ (a property test checks every record of the hostile corpus).
 */

export interface RecordOptions {
  /** The training tab's seat column, from placementText. */
  readonly seats?: string;
  /** True for a person's first row: nominations then start with status "mới". */
  readonly newRow?: boolean;
  readonly language?: Language;
  /** The form the response answered: its product choices are written as the form shows them. */
  readonly spec?: FormSpec;
}

const JOINERS: Record<string, string> = { sessions: '\n', pledges: ', ' };

export function normalisedRecord(
  response: NormalisedResponse,
  options: RecordOptions = {},
): Record<string, Cell> {
  const lang = options.language ?? 'vi';
  const record: Record<string, Cell> = {
    responseId: response.responseId,
    submittedAt: response.submittedAt,
    email: response.email,
  };
  const answers = options.spec ? shownAnswers(options.spec, response.answers) : response.answers;
  for (const [key, value] of Object.entries(answers)) {
    if (key === 'consent') continue;
    record[key] = typeof value === 'string' ? value : cellSafe(value.join(JOINERS[key] ?? ', '));
  }
  if (response.formId === 'nomination') {
    record['consent'] = response.consent ? 'có' : 'không';
    if (options.newRow) record['status'] = 'mới';
  }
  if (response.formId === 'result') {
    const facts = response.result;
    record['activityId'] = facts?.activityId ?? null;
    // A count that reads is a number in the cell (the sheet adds it up); one that does not
    // stays as typed, and the row's problems say why.
    for (const [key, n] of Object.entries(facts?.counts ?? {})) record[key] = n;
  }
  if (response.formId === 'training' && options.seats !== undefined)
    record['seats'] = cellSafe(options.seats);
  record['problems'] = cellSafe(response.problems.map((r) => reasonText(r, lang)).join('\n'));
  record['cleaning'] = cellSafe(response.notes.map((r) => reasonText(r, lang)).join('\n'));
  for (const [key, value] of Object.entries(record)) {
    if (value === '') record[key] = null;
  }
  return record;
}

/** Longest slice of raw JSON in one cell (Google Sheets allows 50,000 characters). */
export const RAW_CHUNK = 45_000;
/** What a slice leaves free below the runtime's cell limit (the continuation mark, a margin). */
const CHUNK_MARGIN = 767;
const RAW_CONTENT_KEYS = ['content', 'content2', 'content3', 'content4'] as const;
/** Starts each continuation chunk, so no chunk can begin with a formula character. */
const CONTINUATION = '↪';

export interface RawRecordOptions {
  readonly receivedAt?: LocalDateTime;
  /** 'Google Forms', 'CSV', 'JSON', … */
  readonly source?: string;
  /** The runtime's cell limit (TablesPort.cellLimit): slices are cut to fit under it. */
  readonly cellLimit?: number;
}

interface RawContent {
  readonly timestamp: string;
  readonly email?: string;
  readonly responseId?: string;
  readonly answers: Readonly<Record<string, Answer>>;
}

export interface RawRecord {
  readonly record: Record<string, Cell>;
  /** True when the JSON did not fit in the four content cells, each cut under the runtime's cell limit. */
  readonly overflow: boolean;
  /** How many characters of the JSON the content cells hold (all of it unless overflow). */
  readonly kept: number;
}

/** The audit row: the response as received, answers as JSON, split across the content cells. */
export function rawRecord(
  formId: FormId,
  responseId: string,
  raw: RawResponse,
  options: RawRecordOptions = {},
): RawRecord {
  const content: RawContent = {
    timestamp: raw.timestamp.iso,
    ...(raw.email !== undefined ? { email: raw.email } : {}),
    ...(raw.responseId !== undefined ? { responseId: raw.responseId } : {}),
    answers: raw.answers,
  };
  const json = JSON.stringify(content);
  const record: Record<string, Cell> = {
    responseId,
    form: formId,
    submittedAt: raw.timestamp,
    receivedAt: options.receivedAt ?? null,
    source: options.source ?? null,
    email: raw.email === undefined ? null : cellSafe(raw.email),
  };
  const chunk =
    options.cellLimit === undefined ? RAW_CHUNK : Math.min(RAW_CHUNK, options.cellLimit - CHUNK_MARGIN);
  let at = 0;
  RAW_CONTENT_KEYS.forEach((key, i) => {
    const room = i === 0 ? chunk : chunk - CONTINUATION.length;
    let end = Math.min(json.length, at + room);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    const piece = json.slice(at, end);
    record[key] = piece === '' ? null : i === 0 ? piece : CONTINUATION + piece;
    at = end;
  });
  return { record, overflow: at < json.length, kept: at };
}

/** Reads an audit row back (to replay the log): undefined when the content is not ours. */
export function rawResponseFromRecord(cells: Readonly<Record<string, Cell>>): RawResponse | undefined {
  const json = RAW_CONTENT_KEYS.map((key, i) => {
    const cell = cells[key];
    const text = typeof cell === 'string' ? cell : '';
    return i > 0 && text.startsWith(CONTINUATION) ? text.slice(CONTINUATION.length) : text;
  }).join('');
  try {
    const content = JSON.parse(json) as Partial<RawContent>;
    if (
      typeof content.timestamp !== 'string' ||
      typeof content.answers !== 'object' ||
      content.answers === null
    ) {
      return undefined;
    }
    // The JSON's own timestamp, not the cell: it survives any runtime's date conversion.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(content.timestamp)) return undefined;
    const timestamp: LocalDateTime = { kind: 'local-datetime', iso: content.timestamp };
    return {
      timestamp,
      ...(content.email !== undefined ? { email: content.email } : {}),
      ...(content.responseId !== undefined ? { responseId: content.responseId } : {}),
      answers: content.answers,
    };
  } catch {
    return undefined;
  }
}
