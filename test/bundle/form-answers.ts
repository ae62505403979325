import type { FakeForm } from '../gas/fakes';

/**
 * Answers to every question of a form as a person would give them: the CHOICE-th option of
 * each choice question (the first by default), NAME for "Họ và tên", a plausible text elsewhere.
 */
export function filledAnswers(form: FakeForm, name: string, choice = 0): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const item of form.items) {
    const option = item.choices[choice % Math.max(1, item.choices.length)]!;
    if (item.type === 'CHECKBOX') answers[item.title] = [option];
    else if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') answers[item.title] = option;
    else if (/họ và tên/i.test(item.title)) answers[item.title] = name;
    else answers[item.title] = 'Tổ 1';
  }
  return answers;
}
