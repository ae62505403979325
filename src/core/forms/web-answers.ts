import { cleanEmail, MAX_ANSWER_LENGTH } from './sanitise';
import type { Answer, FormSpec, Question, QuestionType } from './types';

/**
 * A form posted by a browser (the local server's pages), read against its FormSpec before
 * anything is recorded: what Google Forms itself refuses — a required question left blank, a
 * value that is not one of the choices, an address that is not one — is refused here too, and
 * so is an answer longer than its field. Values come in as the browser sent them, one list per
 * field name (a checkbox sends one value per ticked box) and leave in NFC.
 */

/** Longest value a field takes, by question type: a paragraph holds what a cell keeps. */
export const FIELD_LIMITS: Readonly<Record<QuestionType, number>> = {
  text: 1_000,
  email: 254,
  paragraph: MAX_ANSWER_LENGTH,
  multipleChoice: 1_000,
  checkbox: 1_000,
  list: 1_000,
};

/** The value of the "Khác: …" choice, and the field that carries its text (`<key>.other`). */
export const OTHER_CHOICE = '__other__';
export const otherField = (key: string): string => `${key}.other`;

export type FieldProblem =
  | { readonly kind: 'missing'; readonly question: string }
  | { readonly kind: 'tooLong'; readonly question: string; readonly limit: number }
  | { readonly kind: 'notAChoice'; readonly question: string; readonly value: string }
  | { readonly kind: 'badEmail'; readonly question: string; readonly value: string };

export type WebAnswers =
  | { readonly ok: true; readonly answers: Readonly<Record<string, Answer>>; readonly email?: string }
  | { readonly ok: false; readonly problem: FieldProblem };

export type PostedFields = Readonly<Record<string, readonly string[]>>;

export function readWebAnswers(spec: FormSpec, fields: PostedFields): WebAnswers {
  const answers: Record<string, Answer> = {};
  let email: string | undefined;
  for (const question of spec.questions) {
    const read = readOne(question, fields);
    if ('kind' in read) return { ok: false, problem: read };
    if (read.answer === undefined) continue;
    answers[question.title] = read.answer;
    if (question.key === 'email' && typeof read.answer === 'string') email = read.answer;
  }
  return { ok: true, answers, ...(email !== undefined ? { email } : {}) };
}

const valuesOf = (fields: PostedFields, name: string): string[] =>
  (Object.prototype.hasOwnProperty.call(fields, name) ? fields[name]! : []).map((v) => v.normalize('NFC'));

function readOne(q: Question, fields: PostedFields): { answer?: Answer } | FieldProblem {
  const limit = FIELD_LIMITS[q.type];
  const values = valuesOf(fields, q.key);
  if (values.some((v) => v.length > limit)) return { kind: 'tooLong', question: q.title, limit };
  if (q.type === 'checkbox') return readTicks(q, values, fields);
  // One value per question that takes one: a second is not something the page can send.
  if (values.length > 1) return { kind: 'notAChoice', question: q.title, value: values[1]! };
  const value = values[0] ?? '';
  if (value.trim() === '') return q.required ? { kind: 'missing', question: q.title } : {};
  if (q.type === 'multipleChoice' || q.type === 'list') return readChoice(q, value, fields);
  if (q.type === 'email' && !cleanEmail(value).valid) return { kind: 'badEmail', question: q.title, value };
  return { answer: value };
}

function readChoice(q: Question, value: string, fields: PostedFields): { answer?: Answer } | FieldProblem {
  if (q.choices?.includes(value)) return { answer: value };
  if (q.otherOption && value === OTHER_CHOICE) return otherText(q, fields);
  return { kind: 'notAChoice', question: q.title, value };
}

function readTicks(q: Question, values: string[], fields: PostedFields): { answer?: Answer } | FieldProblem {
  const ticked: string[] = [];
  for (const value of values) {
    if (value === OTHER_CHOICE && q.otherOption) {
      const other = otherText(q, fields);
      if ('kind' in other) return other;
      ticked.push(other.answer as string);
    } else if (q.choices?.includes(value)) {
      if (!ticked.includes(value)) ticked.push(value);
    } else return { kind: 'notAChoice', question: q.title, value };
  }
  if (ticked.length === 0) return q.required ? { kind: 'missing', question: q.title } : {};
  return { answer: ticked };
}

/** The text typed beside "Khác:", required once that choice is ticked. */
function otherText(q: Question, fields: PostedFields): { answer: string } | FieldProblem {
  const [text = '', ...more] = valuesOf(fields, otherField(q.key));
  if (more.length > 0) return { kind: 'notAChoice', question: q.title, value: more[0]! };
  if (text.length > FIELD_LIMITS.text)
    return { kind: 'tooLong', question: q.title, limit: FIELD_LIMITS.text };
  if (text.trim() === '') return { kind: 'missing', question: q.title };
  return { answer: text };
}
