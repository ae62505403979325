import { readFileSync } from 'node:fs';
import type { LocalDateTime } from '../../src/core/cell';
import type { Answer, FormId, RawResponse } from '../../src/core/forms';

/** The checked-in hostile corpus (test/fixtures/hostile-responses.json) and how to read it. */

type Generated = string | { $repeat: string; times: number; $suffix?: string };
export interface Entry {
  name: string;
  form: FormId;
  raw: {
    responseId?: string;
    timestamp: string;
    email?: Generated;
    answers: Record<string, Generated | Generated[]>;
  };
  deliverTwice?: boolean;
  expect: { outcome: 'clean' | 'flagged'; problems: string[] };
}

export const corpus = JSON.parse(
  readFileSync(new URL('../fixtures/hostile-responses.json', import.meta.url), 'utf8'),
) as { context: { closedAt: Partial<Record<FormId, string>> }; responses: Entry[] };

const expand = (v: Generated): string =>
  typeof v === 'string' ? v : v.$repeat.repeat(v.times) + (v.$suffix ?? '');

export const dt = (iso: string): LocalDateTime => ({ kind: 'local-datetime', iso });

export function toRaw(entry: Entry): RawResponse {
  const answers: Record<string, Answer> = {};
  for (const [title, value] of Object.entries(entry.raw.answers))
    answers[title] = Array.isArray(value) ? value.map(expand) : expand(value);
  return {
    ...(entry.raw.responseId !== undefined ? { responseId: entry.raw.responseId } : {}),
    timestamp: dt(entry.raw.timestamp),
    ...(entry.raw.email !== undefined ? { email: expand(entry.raw.email) } : {}),
    answers,
  };
}
