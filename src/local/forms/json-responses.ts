import { decideDateOrder, orderOf, readTimestamp, type DateOrder } from '../../core/forms/timestamp-text';
import type { Answer, RawResponse } from '../../core/forms/types';
import { catalogue, type Catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { bothReadings } from './csv-issue-text';

export interface JsonOptions {
  readonly dateOrder?: DateOrder;
  /** The school's zone, for timestamps that carry an offset. */
  readonly timeZone?: string;
}

/**
 * `respond --json`: one response object or an array of them, as another tool would write it:
 * `{ "responseId"?: "…", "timestamp": "2021-10-05T08:03" | any layout a CSV may use,
 *    "email": "…", "answers": { "<question title>": "text" | ["choice", …] } }`.
 * Timestamps are read as a CSV's are (core/forms/timestamp-text.ts): the same text gives the
 * same time either way, and a day–month order the data does not settle is asked for.
 * Returns the responses, or one line saying what is wrong (nothing is recorded then).
 */
export function parseJsonResponses(
  text: string,
  lang: Language = 'vi',
  options: JsonOptions = {},
): RawResponse[] | string {
  const t = catalogue(lang).forms.imports;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return t.jsonInvalid;
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return t.jsonEmpty;
  const stamps = items.map((item) => {
    const stamp = (item as { timestamp?: unknown } | null)?.timestamp;
    return typeof stamp === 'string' ? stamp : '';
  });
  const decision = decideDateOrder(stamps, options.dateOrder);
  if (decision.kind === 'unknown') {
    const [dayFirst, monthFirst] = bothReadings(stamps[decision.at]!, lang);
    return t.jsonDateOrderUnknown(stamps[decision.at]!, dayFirst, monthFirst);
  }
  if (decision.kind === 'conflict')
    return t.jsonDateOrderConflict(stamps[decision.at]!, stamps[decision.against]!);
  const order = orderOf(decision);
  const responses: RawResponse[] = [];
  for (const [i, item] of items.entries()) {
    const where = t.jsonWhere(Array.isArray(data) ? i + 1 : undefined);
    const read = readOne(item, t, (stamp) => readTimestamp(stamp, order, options.timeZone), order);
    if (typeof read === 'string') return `${where}: ${read}`;
    responses.push(read);
  }
  return responses;
}

function readOne(
  item: unknown,
  t: Catalogue['forms']['imports'],
  readStamp: (text: string) => ReturnType<typeof readTimestamp>,
  order: DateOrder | undefined,
): RawResponse | string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return t.jsonNotObject;
  const o = item as Record<string, unknown>;
  if (typeof o.timestamp !== 'string') return t.jsonNoTimestamp;
  const stamp = readStamp(o.timestamp);
  if (!stamp.ok) return t.jsonBadTimestamp(stamp.zone ?? o.timestamp, stamp.problem, order);
  const timestamp = stamp.value;
  if (o.email !== undefined && typeof o.email !== 'string') return t.jsonEmail;
  if (o.responseId !== undefined && (typeof o.responseId !== 'string' || o.responseId.trim() === ''))
    return t.jsonResponseId;
  if (typeof o.answers !== 'object' || o.answers === null || Array.isArray(o.answers)) return t.jsonNoAnswers;
  const answers: Record<string, Answer> = {};
  for (const [title, value] of Object.entries(o.answers as Record<string, unknown>)) {
    if (typeof value === 'string') answers[title] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      answers[title] = value as string[];
    else if (typeof value === 'number' || typeof value === 'boolean') answers[title] = String(value);
    else return t.jsonBadAnswer(title);
  }
  return {
    ...(typeof o.responseId === 'string' ? { responseId: o.responseId.trim() } : {}),
    timestamp,
    ...(typeof o.email === 'string' && o.email !== '' ? { email: o.email } : {}),
    answers,
  };
}
