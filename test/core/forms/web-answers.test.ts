import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFormSpecs } from '../../../src/core/forms/build-form-specs';
import type { FormSpec, Question, QuestionType } from '../../../src/core/forms/types';
import { FIELD_LIMITS, OTHER_CHOICE, otherField, readWebAnswers } from '../../../src/core/forms/web-answers';
import { plan } from './plan-fixture';

const TYPES: readonly QuestionType[] = ['text', 'email', 'paragraph', 'multipleChoice', 'checkbox', 'list'];
const hasChoices = (q: Question): boolean =>
  q.type === 'multipleChoice' || q.type === 'checkbox' || q.type === 'list';

/** Any text a person may type, Vietnamese in both normal forms included. */
const typed = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    'Nguyễn Thị Hoa',
    'Trần Văn Đức',
    'Lê Hoàng Yến'.normalize('NFD'),
    '=HYPERLINK("x")',
    '<script>',
  ),
);

const question = (i: number): fc.Arbitrary<Question> =>
  fc
    .record({
      type: fc.constantFrom(...TYPES),
      required: fc.boolean(),
      choices: fc.uniqueArray(
        fc.string({ minLength: 1, maxLength: 12 }).filter((c) => c.trim() !== '' && c !== OTHER_CHOICE),
        { minLength: 1, maxLength: 5 },
      ),
      otherOption: fc.boolean(),
    })
    .map(({ type, required, choices, otherOption }) => ({
      key: `k${i}`,
      title: `Câu ${i}`,
      type,
      required,
      ...(['multipleChoice', 'checkbox', 'list'].includes(type)
        ? { choices: [...new Set(choices.map((c) => c.normalize('NFC')))] }
        : {}),
      ...(otherOption && type !== 'list' && type !== 'text'
        ? { otherOption: type !== 'email' && type !== 'paragraph' }
        : {}),
    }));

const spec: fc.Arbitrary<FormSpec> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => question(i))))
  .map((questions) => ({
    id: 'training',
    title: 'T',
    description: '',
    questions,
    confirmation: '',
    collectsEmail: true,
  }));

/** A valid post for the spec, drawn at random: what a person could send from the page. */
function validPost(s: FormSpec): fc.Arbitrary<Record<string, string[]>> {
  return fc
    .tuple(
      ...s.questions.map((q) => {
        const answered = q.required ? fc.constant(true) : fc.boolean();
        return fc.tuple(
          answered,
          typed,
          fc.subarray(q.choices?.length ? [...q.choices] : ['x'], { minLength: 1 }),
          fc.nat(),
        );
      }),
    )
    .map((drawn) => {
      const fields: Record<string, string[]> = {};
      s.questions.forEach((q, i) => {
        const [answered, text, ticks, pick] = drawn[i]!;
        if (!answered) return;
        if (q.type === 'email') fields[q.key] = ['ban.hoa@truong.edu.vn'];
        else if (q.type === 'checkbox') fields[q.key] = ticks;
        else if (hasChoices(q)) fields[q.key] = [q.choices![pick % q.choices!.length]!];
        else fields[q.key] = [text.trim() === '' ? 'x' : text];
      });
      return fields;
    });
}

const withPost = spec.chain((s) => fc.tuple(fc.constant(s), validPost(s)));

describe('a posted form read against its FormSpec', () => {
  it('takes every valid post, in NFC, keyed by the question titles', () => {
    fc.assert(
      fc.property(withPost, ([s, fields]) => {
        const read = readWebAnswers(s, fields);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        for (const q of s.questions) {
          const sent = fields[q.key];
          if (!sent) expect(read.answers[q.title]).toBeUndefined();
          else if (q.type === 'checkbox') expect(read.answers[q.title]).toEqual([...new Set(sent)]);
          else expect(read.answers[q.title]).toBe(sent[0]!.normalize('NFC'));
        }
      }),
    );
  });

  it('refuses a post without a required answer, naming that question', () => {
    fc.assert(
      fc.property(withPost, fc.nat(), ([s, fields], pick) => {
        const required = s.questions.filter((q) => q.required);
        fc.pre(required.length > 0);
        const q = required[pick % required.length]!;
        const rest = { ...fields };
        // Left out, or sent blank (a box that is ticked always carries its choice).
        if (pick % 2 === 0 || q.type === 'checkbox') delete rest[q.key];
        else rest[q.key] = [' \t '];
        expect(readWebAnswers(s, rest)).toEqual({
          ok: false,
          problem: { kind: 'missing', question: q.title },
        });
      }),
    );
  });

  it('refuses a value that is not one of the choices', () => {
    fc.assert(
      fc.property(withPost, fc.nat(), typed, ([s, fields], pick, value) => {
        const choosing = s.questions.filter(hasChoices);
        fc.pre(choosing.length > 0);
        const q = choosing[pick % choosing.length]!;
        fc.pre(value.trim() !== '' && !q.choices!.includes(value.normalize('NFC')));
        const read = readWebAnswers(s, { ...fields, [q.key]: [value] });
        expect(read).toEqual({
          ok: false,
          problem: { kind: 'notAChoice', question: q.title, value: value.normalize('NFC') },
        });
      }),
    );
  });

  it('refuses an answer longer than its field', () => {
    fc.assert(
      fc.property(withPost, fc.nat(), ([s, fields], pick) => {
        const q = s.questions[pick % s.questions.length]!;
        const limit = FIELD_LIMITS[q.type];
        const read = readWebAnswers(s, { ...fields, [q.key]: ['a'.repeat(limit + 1)] });
        expect(read).toEqual({ ok: false, problem: { kind: 'tooLong', question: q.title, limit } });
      }),
      { numRuns: 50 },
    );
  });

  it('takes the text beside "Khác:" and refuses that choice without it', () => {
    const q: Question = {
      key: 'who',
      title: 'Bạn là',
      type: 'multipleChoice',
      required: true,
      choices: ['Giáo viên'],
      otherOption: true,
    };
    const s: FormSpec = {
      id: 'training',
      title: 'T',
      description: '',
      questions: [q],
      confirmation: '',
      collectsEmail: true,
    };
    expect(readWebAnswers(s, { who: [OTHER_CHOICE], [otherField('who')]: ['Ông bà'] })).toEqual({
      ok: true,
      answers: { 'Bạn là': 'Ông bà' },
    });
    expect(readWebAnswers(s, { who: [OTHER_CHOICE] })).toEqual({
      ok: false,
      problem: { kind: 'missing', question: 'Bạn là' },
    });
    const closed: FormSpec = { ...s, questions: [{ ...q, otherOption: false }] };
    expect(readWebAnswers(closed, { who: [OTHER_CHOICE], [otherField('who')]: ['Ông bà'] }).ok).toBe(false);
  });

  it('refuses an address that is not one, and takes the real forms filled in with their first choices', () => {
    for (const s of buildFormSpecs(plan())) {
      const fields: Record<string, string[]> = {};
      for (const q of s.questions) {
        if (!q.required) continue;
        fields[q.key] = [q.type === 'email' ? 'a@truong.edu.vn' : (q.choices?.[0] ?? 'Hoa')];
      }
      expect(readWebAnswers(s, fields).ok, s.id).toBe(true);
      expect(readWebAnswers(s, { ...fields, email: ['=cmd@x'] })).toMatchObject({
        ok: false,
        problem: { kind: 'badEmail' },
      });
    }
  });
});
