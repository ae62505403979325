import type { Activity, Language, Plan } from '../plan';
import { catalogue } from '../i18n/catalogue';
import { results as viResults } from '../i18n/vi/results';
import type { ActivityStatus } from '../schema/tables';
import type { FormSpec, Question } from './types';

/**
 * The fourth form, "Báo cáo kết quả hoạt động": an activity's owner says what happened once it
 * is over. The activity is a list of "[HD01] title" labels — the id in front, as with sessions,
 * so a renamed activity still maps back — and each owner's mail opens the form with their
 * activity chosen already (a prefilled link). Counts are short texts, not number items, so a
 * "khoảng 30" reaches us and is flagged instead of being refused by the form.
 */

type ResultTexts = (typeof viResults)['questions'];
export type ResultQuestionKey = keyof ResultTexts;

/** The outcome choices as the Activities tab's status words (the form's labels fold to them). */
export const RESULT_OUTCOMES: readonly ActivityStatus[] = ['đã thực hiện', 'hoãn', 'hủy'];

/** The question whose value a prefilled link sets: one link per activity label. */
export const RESULT_ACTIVITY_KEY = 'activity';

export const RESULT_COUNT_KEYS = ['staff', 'children', 'parents', 'others'] as const;
export type ResultCountKey = (typeof RESULT_COUNT_KEYS)[number];

/** "[HD01] Treo băng rôn" — the label the form lists and a prefilled link chooses. */
export function resultActivityLabel(activity: Activity): string {
  return `[${activity.id}] ${activity.title}`;
}

function resultQuestion(
  lang: Language,
  key: ResultQuestionKey,
  fields: Omit<Question, 'key' | 'title'>,
): Question {
  const title = catalogue(lang).results.questions[key];
  return lang === 'vi'
    ? { key, title, ...fields }
    : { key, title, aliases: [viResults.questions[key]], ...fields };
}

export function resultForm(plan: Plan, lang: Language, week: string): FormSpec {
  const t = catalogue(lang).results;
  const outcomes = t.outcomes;
  const vo = viResults.outcomes;
  const labels = plan.activities.map(resultActivityLabel);
  const count = (key: ResultCountKey): Question =>
    resultQuestion(lang, key, { type: 'text', required: false, help: t.help.counts });
  return {
    id: 'result',
    title: t.title(week),
    description: t.description,
    questions: [
      resultQuestion(lang, 'email', { type: 'email', required: true }),
      resultQuestion(lang, 'activity', {
        ...(labels.length > 0 ? { type: 'list', choices: labels } : { type: 'text' }),
        required: true,
        help: t.help.activity,
      }),
      resultQuestion(lang, 'outcome', {
        type: 'multipleChoice',
        required: true,
        choices: [outcomes.done, outcomes.postponed, outcomes.cancelled],
        // The canonical answers are the Vietnamese labels; they fold to the status words.
        ...(lang === 'vi' ? {} : { values: [vo.done, vo.postponed, vo.cancelled] }),
      }),
      ...RESULT_COUNT_KEYS.map(count),
      resultQuestion(lang, 'achieved', { type: 'paragraph', required: false, help: t.help.achieved }),
      resultQuestion(lang, 'evidenceLinks', {
        type: 'paragraph',
        required: false,
        help: t.help.evidenceLinks,
      }),
      resultQuestion(lang, 'posts', { type: 'paragraph', required: false, help: t.help.posts }),
    ],
    confirmation: t.confirmation,
    collectsEmail: true,
    prefill: { questionKey: RESULT_ACTIVITY_KEY, values: labels },
  };
}
