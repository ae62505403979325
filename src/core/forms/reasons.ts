import type { Language } from '../plan';
import { catalogue } from '../i18n/catalogue';

/**
 * Why a response was flagged (a *problem*: the row is kept but marked for the organiser and not
 * counted) or what was changed while cleaning it (a *note*: the row is clean). Codes are stable
 * for tests and tools; the text is rendered from the catalogue.
 */
export const PROBLEM_CODES = [
  'required.missing',
  'email.missing',
  'email.invalid',
  'choice.unknown',
  'session.unknown',
  'session.cancelled',
  'form.closed',
  'nomination.noConsent',
  'response.noAnswers',
  'result.unknownActivity',
  'result.badCount',
  'result.badLink',
  'result.badPost',
  'result.conflict',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const NOTE_CODES = [
  'text.formulaNeutralised',
  'text.truncated',
  'text.invisibleRemoved',
  'answer.unknownQuestion',
  'class.fromFamilies',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export type ReasonCode = ProblemCode | NoteCode;

export interface Reason {
  readonly code: ReasonCode;
  /** Question title, offending value, … as the message needs. */
  readonly params: Readonly<Record<string, string | number>>;
}

const str = (value: string | number | undefined): string => String(value ?? '');

export function reasonText(reason: Reason, lang: Language = 'vi'): string {
  const t = catalogue(lang).forms.reasons;
  const r = catalogue(lang).results.reasons;
  const p = reason.params;
  switch (reason.code) {
    case 'result.unknownActivity':
      return r.unknownActivity(str(p.value));
    case 'result.badCount':
      return r.badCount(str(p.question), str(p.value));
    case 'result.badLink':
      return r.badLink(str(p.value));
    case 'result.badPost':
      return r.badPost(str(p.value));
    case 'result.conflict':
      return r.conflict(str(p.field), str(p.typed), str(p.reported));
    case 'required.missing':
      return t[reason.code](str(p.question));
    case 'email.missing':
    case 'nomination.noConsent':
    case 'response.noAnswers':
      return t[reason.code];
    case 'email.invalid':
    case 'session.unknown':
      return t[reason.code](str(p.value));
    case 'choice.unknown':
      return t[reason.code](str(p.question), str(p.value));
    case 'session.cancelled':
      return t[reason.code](str(p.id), str(p.title));
    case 'form.closed':
      return t[reason.code](str(p.closedAt));
    case 'text.truncated':
      return t[reason.code](str(p.question), str(p.max));
    case 'text.formulaNeutralised':
    case 'text.invisibleRemoved':
    case 'answer.unknownQuestion':
      return t[reason.code](str(p.question));
    case 'class.fromFamilies':
      return t[reason.code](str(p.className));
  }
}

export function isProblem(code: ReasonCode): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}
