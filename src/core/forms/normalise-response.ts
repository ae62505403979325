import type { LocalDateTime } from '../cell';
import type { Activity, Family } from '../plan';
import { foldHeader, foldKey } from '../text';
import { formatShortDate, formatTime } from '../i18n/dates';
import { contentHash } from './hash';
import { isProblem, type NoteCode, type Reason } from './reasons';
import { cellSafe, cleanAnswerText, cleanEmail, FORMULA_GUARD, MAX_ANSWER_LENGTH } from './sanitise';
import { readResultAnswers, type ResultFacts } from './result-answers';
import { RESULT_ACTIVITY_KEY } from './result-form';
import { parseSessionChoice, splitJoinedChoices } from './session-choice';
import type { Answer, FormId, FormSpec, Question, RawResponse } from './types';

/**
 * One response, cleaned and checked: the normalised row of its form's tab. A response with
 * problems is still returned (and stored, marked) — never dropped, never thrown.
 */
export interface NormalisedResponse {
  readonly formId: FormId;
  readonly responseId: string;
  readonly submittedAt: LocalDateTime;
  /** Lower-cased when valid; the cleaned text as typed when not; '' when missing. */
  readonly email: string;
  readonly emailValid: boolean;
  /** Cleaned answers keyed by question key; checkbox answers are lists. */
  readonly answers: Readonly<Record<string, string | readonly string[]>>;
  /** Training: the activity ids of the ticked sessions that still exist, in ticked order. */
  readonly sessionIds: readonly string[];
  /** Nomination: true only for an explicit "Đồng ý …". */
  readonly consent: boolean;
  /** Results form: what the answers mean (activity, outcome, counts, links, posts). */
  readonly result?: ResultFacts;
  /** Problems flag the row (kept, marked, not counted); notes say what cleaning changed. */
  readonly problems: readonly Reason[];
  readonly notes: readonly Reason[];
  readonly flagged: boolean;
}

export interface NormaliseContext {
  readonly specs: readonly FormSpec[];
  /** The Activities as they are now (sessions are matched by id against them). */
  readonly activities: readonly Activity[];
  /** A form closed at this wall-clock time takes no later responses (they are flagged). */
  readonly closedAt?: Partial<Record<FormId, LocalDateTime>>;
  /** "Phụ huynh": a family that leaves its class blank is given the class its address is listed with. */
  readonly families?: readonly Family[];
}

/** The class "Phụ huynh" lists for this address, when exactly one class does. */
function listedClass(email: string, families: readonly Family[] | undefined): string | undefined {
  if (email === '' || !families) return undefined;
  const classes = new Set(
    families
      .filter((f) => f.email?.trim().toLowerCase() === email)
      .map((f) => f.className?.normalize('NFC').trim() ?? '')
      .filter((c) => c !== ''),
  );
  // A parent of two children in two classes: which one the answer is about is not ours to guess.
  return classes.size === 1 ? cellSafe([...classes][0]!) : undefined;
}

/** Headers that carry the collected address in Google's exports and in our own JSON. */
const EMAIL_TITLES = ['email', 'email address', 'dia chi email'];

/**
 * Each spec's questions by every folded name they answer to (title, key, aliases), the first
 * question winning a name, as a search in order would. Made once per spec: a 10,000-row import
 * asks it for every answer of every row.
 */
const questionIndexes = new WeakMap<FormSpec, ReadonlyMap<string, Question>>();

function findQuestion(spec: FormSpec, title: string): Question | undefined {
  let index = questionIndexes.get(spec);
  if (!index) {
    const names = new Map<string, Question>();
    const claim = (name: string, q: Question) => void (names.has(name) || names.set(name, q));
    for (const q of spec.questions) {
      claim(foldHeader(q.title), q);
      claim(foldKey(q.key), q);
      for (const alias of q.aliases ?? []) claim(foldHeader(alias), q);
    }
    questionIndexes.set(spec, (index = names));
  }
  return index.get(foldHeader(title));
}

/**
 * The canonical value of an answer: a label of the form as shown (its language), or a
 * canonical value itself (an answer sent before the language changed).
 */
function matchChoice(value: string, question: Question): string | undefined {
  const folded = foldKey(value);
  const choices = question.choices ?? [];
  const at = choices.findIndex((c) => foldKey(c) === folded);
  if (at >= 0) return question.values?.[at] ?? choices[at];
  return question.values?.find((c) => foldKey(c) === folded);
}

/** Every label a checkbox answer may be joined from: the form's own and the canonical ones. */
function knownLabels(question: Question): readonly string[] {
  return [...(question.choices ?? []), ...(question.values ?? [])];
}

class ReasonList {
  readonly problems: Reason[] = [];
  readonly notes: Reason[] = [];
  private readonly seen = new Set<string>();

  add(reason: Reason): void {
    const key = reason.code + '\u0000' + JSON.stringify(reason.params);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    (isProblem(reason.code) ? this.problems : this.notes).push(reason);
  }
}

function cleanOne(value: string, question: Question, reasons: ReasonList): string {
  const cleaned = cleanAnswerText(value, question.type === 'paragraph');
  const note = (code: NoteCode, extra: Record<string, string | number> = {}): void =>
    reasons.add({ code, params: { question: question.title, ...extra } });
  if (cleaned.invisibleRemoved) note('text.invisibleRemoved');
  if (cleaned.truncated) note('text.truncated', { max: MAX_ANSWER_LENGTH });
  if (cleaned.formulaNeutralised) note('text.formulaNeutralised');
  return cleaned.text;
}

function asList(answer: Answer, question: Question): string[] {
  if (typeof answer !== 'string') return [...answer];
  return splitJoinedChoices(answer, knownLabels(question));
}

function asText(answer: Answer): string {
  return typeof answer === 'string' ? answer : answer.join(', ');
}

/** An explicit yes in words; a guarded formula ("'=TRUE()") is never consent. */
const isYes = (value: string): boolean =>
  !value.startsWith(FORMULA_GUARD) && /^(dong y|co|yes|agree|i agree)\b/.test(foldKey(value));

export function normaliseResponse(
  formId: FormId,
  raw: RawResponse,
  context: NormaliseContext,
): NormalisedResponse {
  const spec = context.specs.find((s) => s.id === formId);
  if (!spec) throw new RangeError(`no form spec "${formId}"`);
  const reasons = new ReasonList();
  const byKey = new Map<string, Answer>();
  let emailAnswer: string | undefined;
  for (const [title, answer] of Object.entries(raw.answers)) {
    const question = findQuestion(spec, title);
    if (question) {
      if (!byKey.has(question.key)) byKey.set(question.key, answer);
    } else if (EMAIL_TITLES.includes(foldHeader(title))) {
      emailAnswer = asText(answer);
    } else if (asText(answer).trim() !== '') {
      reasons.add({ code: 'answer.unknownQuestion', params: { question: cellSafe(title) } });
    }
  }

  const answers: Record<string, string | string[]> = {};
  const sessionIds: string[] = [];
  for (const question of spec.questions) {
    if (question.key === 'email') continue;
    const answer = byKey.get(question.key);
    if (question.type === 'checkbox') {
      const items = answer === undefined ? [] : asList(answer, question);
      const cleaned = items.map((item) => cleanOne(item, question, reasons)).filter((item) => item !== '');
      const kept: string[] = [];
      for (const item of cleaned) {
        if (question.key === 'sessions') {
          const match = parseSessionChoice(item, context.activities);
          if (match.kind === 'session') {
            if (!sessionIds.includes(match.activityId)) sessionIds.push(match.activityId);
          } else if (match.kind === 'cancelled') {
            reasons.add({
              code: 'session.cancelled',
              params: { id: match.activityId, title: cellSafe(match.activity.title) },
            });
          } else {
            reasons.add({ code: 'session.unknown', params: { value: item } });
          }
          kept.push(item);
          continue;
        }
        const choice = matchChoice(item, question);
        if (choice) kept.push(choice);
        else {
          if (!question.otherOption)
            reasons.add({ code: 'choice.unknown', params: { question: question.title, value: item } });
          kept.push(item);
        }
      }
      answers[question.key] = kept;
      if (question.required && kept.length === 0) {
        reasons.add({ code: 'required.missing', params: { question: question.title } });
      }
      continue;
    }
    let text = answer === undefined ? '' : cleanOne(asText(answer), question, reasons);
    // The results form's activity is matched by its id (readResultAnswers), not as a choice
    // label: a label whose title was edited since still names its activity.
    const byId = formId === 'result' && question.key === RESULT_ACTIVITY_KEY;
    if (
      text !== '' &&
      !byId &&
      (question.type === 'multipleChoice' || question.type === 'list') &&
      question.choices
    ) {
      // Consent is read as yes/no ("Đồng ý", "dong y", "Có", "I agree"), not as the long label's
      // exact text, which names the ward association and may change with Settings.
      const canonical = question.values ?? question.choices;
      const choice =
        question.key === 'consent' && canonical.length === 2
          ? isYes(text)
            ? canonical[0]
            : /^(khong|no)\b/.test(foldKey(text))
              ? canonical[1]
              : undefined
          : matchChoice(text, question);
      if (choice) text = choice;
      else if (!question.otherOption) {
        reasons.add({ code: 'choice.unknown', params: { question: question.title, value: text } });
      }
    }
    answers[question.key] = text;
    if (question.required && text === '') {
      reasons.add({ code: 'required.missing', params: { question: question.title } });
    }
  }

  const emailSource = raw.email?.trim()
    ? raw.email
    : ((byKey.has('email') ? asText(byKey.get('email')!) : emailAnswer) ?? '');
  const cleanedEmail = emailSource.trim() === '' ? { email: '', valid: false } : cleanEmail(emailSource);
  if (emailSource.trim() === '') reasons.add({ code: 'email.missing', params: {} });
  else if (!cleanedEmail.valid) reasons.add({ code: 'email.invalid', params: { value: cleanedEmail.email } });

  let consent = false;
  if (formId === 'nomination') {
    const said = answers['consent'];
    consent = typeof said === 'string' && isYes(said);
    if (!consent) reasons.add({ code: 'nomination.noConsent', params: {} });
  }

  let result: ResultFacts | undefined;
  if (formId === 'result') {
    const read = readResultAnswers(answers, spec.questions, context.activities);
    read.problems.forEach((problem) => reasons.add(problem));
    result = read.facts;
  }

  const closedAt = context.closedAt?.[formId];
  if (closedAt && raw.timestamp.iso >= closedAt.iso) {
    reasons.add({
      code: 'form.closed',
      params: { closedAt: `${formatShortDate(closedAt)} ${formatTime(closedAt)}` },
    });
  }

  const answered = Object.values(raw.answers).some((a) => asText(a).trim() !== '');
  if (!answered) reasons.add({ code: 'response.noAnswers', params: {} });

  const given = raw.responseId === undefined ? '' : cellSafe(raw.responseId);
  // The id is made from what was answered, before the class is filled in from "Phụ huynh":
  // the same response read again after the tab changed keeps its id.
  const responseId =
    given !== '' ? given : derivedResponseId(formId, raw.timestamp, cleanedEmail.email, answers);
  if (answers['childClass'] === '' && cleanedEmail.valid) {
    const listed = listedClass(cleanedEmail.email, context.families);
    if (listed) {
      answers['childClass'] = listed;
      reasons.add({ code: 'class.fromFamilies', params: { className: listed } });
    }
  }

  return {
    formId,
    responseId,
    submittedAt: raw.timestamp,
    email: cleanedEmail.email,
    emailValid: cleanedEmail.valid,
    answers,
    sessionIds,
    consent,
    ...(result ? { result } : {}),
    problems: reasons.problems,
    notes: reasons.notes,
    flagged: reasons.problems.length > 0,
  };
}

/**
 * "R" + 16 hex digits over the cleaned content: the same response delivered twice, or once
 * as NFD and once as NFC, gets the same id; a different answer or minute gets another.
 */
/**
 * Questions added to the forms after ids were first derived: left blank, they leave a response's
 * id as it was, so a CSV imported before and again after the change is still one response.
 */
const LATER_QUESTIONS: ReadonlySet<string> = new Set(['childClass']);

export function derivedResponseId(
  formId: FormId,
  timestamp: LocalDateTime,
  email: string,
  answers: Readonly<Record<string, string | readonly string[]>>,
): string {
  const body = Object.keys(answers)
    .filter((key) => !(LATER_QUESTIONS.has(key) && answers[key] === ''))
    .sort()
    .map((key) => {
      const value = answers[key]!;
      return `${key}=${typeof value === 'string' ? value : value.join('\u001f')}`;
    })
    .join('\u001e');
  return 'R' + contentHash(`${formId}\u001d${timestamp.iso}\u001d${email}\u001d${body}`);
}

/** The normalised response written back as a raw one (titles as the form shows them). */
export function toRawResponse(spec: FormSpec, response: NormalisedResponse): RawResponse {
  const answers: Record<string, Answer> = {};
  for (const question of spec.questions) {
    const value = response.answers[question.key];
    if (value !== undefined) answers[question.title] = value;
  }
  return { responseId: response.responseId, timestamp: response.submittedAt, email: response.email, answers };
}
