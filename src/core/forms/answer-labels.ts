import { forms as enForms } from '../i18n/en/forms';
import { forms as viForms } from '../i18n/vi/forms';
import { foldKey } from '../text';
import type { FormSpec, Question } from './types';

/**
 * Answers are stored by their canonical (Vietnamese) value and shown in the plan's language:
 * a form in English shows "Check in (I am here)", the row and the count know "Điểm danh có mặt".
 */

/** The label the form shows for a canonical value (the value itself when it is no choice). */
export function shownAnswer(question: Question, value: string): string {
  const at = question.values?.indexOf(value) ?? -1;
  return at >= 0 && question.choices?.[at] !== undefined ? question.choices[at] : value;
}

/** Every answer of a response as its form shows it. */
export function shownAnswers(
  spec: FormSpec,
  answers: Readonly<Record<string, string | readonly string[]>>,
): Record<string, string | readonly string[]> {
  const out: Record<string, string | readonly string[]> = { ...answers };
  for (const question of spec.questions) {
    const value = answers[question.key];
    if (value === undefined || !question.values) continue;
    out[question.key] =
      typeof value === 'string' ? shownAnswer(question, value) : value.map((v) => shownAnswer(question, v));
  }
  return out;
}

function fixedChoices(t: typeof viForms): string[] {
  const c = t.choices;
  return [
    ...Object.values(c.intents),
    ...Object.values(c.who),
    ...Object.values(c.pledges),
    ...Object.values(c.relations),
    c.modes.school,
    c.modes.home,
    c.consentNo,
  ];
}

/** The pledge courses as either language's form offers them (a pledges cell is joined from these). */
export const PLEDGE_LABELS: readonly string[] = [viForms, enForms].flatMap((t) =>
  Object.values(t.choices.pledges),
);

const CANONICAL = new Map<string, string>();
{
  const vi = fixedChoices(viForms);
  const en = fixedChoices(enForms);
  vi.forEach((value, i) => {
    CANONICAL.set(foldKey(value), value);
    CANONICAL.set(foldKey(en[i]!), value);
  });
}

/**
 * A cell's product word read back as its canonical value, whichever language wrote it; any other
 * text (a group, an "other" answer) is returned as it is.
 */
export function canonicalChoice(value: string): string {
  return CANONICAL.get(foldKey(value)) ?? value;
}
