import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { shownAnswers } from './answer-labels';
import type { NormalisedResponse } from './normalise-response';
import type { Placement } from './seats';
import type { FormSpec } from './types';

/**
 * What a confirmation mail repeats back, label → value (the `details` of confirmationMail):
 * each answered question in form order, then the seat or waitlist place of each session.
 * Values are the cleaned answers; the mail renderer escapes them.
 */
export function confirmationDetails(
  spec: FormSpec,
  response: NormalisedResponse,
  placements: readonly Placement[] = [],
  lang: Language = 'vi',
): [string, string][] {
  const t = catalogue(lang).forms.seats;
  const out: [string, string][] = [];
  const answers = shownAnswers(spec, response.answers);
  for (const question of spec.questions) {
    if (question.key === 'email') continue;
    const value = answers[question.key];
    const text = value === undefined ? '' : typeof value === 'string' ? value : value.join('; ');
    if (text !== '') out.push([question.title, text]);
  }
  for (const p of placements) {
    out.push([
      t.detailLabel(p.sessionId),
      p.state === 'seated' ? t.detailSeated : t.detailWaiting(p.position),
    ]);
  }
  return out;
}
