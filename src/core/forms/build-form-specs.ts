import type { Activity, Language, Plan } from '../plan';
import { catalogue, type Catalogue } from '../i18n/catalogue';
import { formatDayDate, formatTime } from '../i18n/dates';
import { forms as viForms } from '../i18n/vi/forms';
import { foldKey } from '../text';
import { resultForm } from './result-form';
import { sessionActivities, sessionChoiceLabel } from './session-choice';
import type { FormId, FormSpec, Question } from './types';

/**
 * The four forms generated from the plan, in the plan's language. Choices that come from the
 * plan (groups, sessions) are rebuilt on every call, so re-running Setup refreshes them;
 * `seatsTaken` (seated count per activity id, from allocateSeats) makes each session label show
 * the seats left. The constants below are the canonical (Vietnamese) answers: a response in any
 * language is stored and counted by them.
 */

const C = viForms.choices;

export const INTENT_PRESENT = C.intents.present;

export const WHO_STAFF = C.who.staff;

export const PLEDGE_CHOICES = Object.values(C.pledges);

export interface FormSpecOptions {
  /** Seated count per activity id; absent ids count as 0. */
  readonly seatsTaken?: Readonly<Record<string, number>>;
}

type Texts = Catalogue['forms'];
type ChoiceSet = (t: Texts) => readonly string[];

/** The plan's language; a plan without Settings is Vietnamese. */
function languageOf(plan: Plan): Language {
  return plan.settings?.language ?? 'vi';
}

/**
 * A question in the plan's language. In another language than Vietnamese it remembers the
 * Vietnamese title (a response keyed by it is still read) and the canonical value of each choice.
 */
function question(
  lang: Language,
  key: keyof Texts['questions'],
  fields: Omit<Question, 'key' | 'title' | 'choices'>,
  choices?: ChoiceSet,
): Question {
  const t = catalogue(lang).forms;
  const base: Question = {
    key: key === 'nominator' ? 'name' : key,
    title: t.questions[key],
    ...fields,
    ...(choices ? { choices: [...choices(t)] } : {}),
  };
  if (lang === 'vi') return base;
  return {
    ...base,
    aliases: [viForms.questions[key]],
    ...(choices ? { values: [...choices(viForms)] } : {}),
  };
}

function activeGroups(plan: Plan): string[] {
  const seen = new Map<string, string>();
  for (const person of plan.people) {
    const group = person.group?.normalize('NFC').trim();
    if (person.active && group && !seen.has(foldKey(group))) seen.set(foldKey(group), group);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** The classes of "Phụ huynh" in the order the sheet first names them (one choice per folded name). */
function familyClasses(plan: Plan): string[] {
  const seen = new Map<string, string>();
  for (const family of plan.families) {
    const name = family.className?.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name && !seen.has(foldKey(name) || name)) seen.set(foldKey(name) || name, name);
  }
  return [...seen.values()];
}

/**
 * "Lớp của con": how a teacher learns which of her class's families answered. Not required
 * (staff leave it empty); "other" lets a parent type a class the tab does not list yet.
 */
function childClassQuestion(plan: Plan, lang: Language, t: Texts): Question {
  const classes = familyClasses(plan);
  // Exports of forms made before this question have no column for it; "Phụ huynh" then gives
  // a family's class by its address.
  const fields = { required: false, help: t.childClassHelp, quietIfMissing: true } as const;
  return classes.length > 0
    ? {
        ...question(lang, 'childClass', { ...fields, type: 'multipleChoice', otherOption: true }),
        choices: classes,
      }
    : question(lang, 'childClass', { ...fields, type: 'text' });
}

function governingBody(plan: Plan, t: Texts = viForms): string {
  return plan.settings?.governingBody ?? t.defaults.governingBody;
}

function wardAssociation(plan: Plan, t: Texts = viForms): string {
  return plan.settings?.wardAssociation ?? t.defaults.wardAssociation;
}

function modeChoices(plan: Plan): ChoiceSet {
  return (t) => [t.choices.modes.hall(governingBody(plan, t)), t.choices.modes.school, t.choices.modes.home];
}

function openingActivity(plan: Plan): Activity | undefined {
  return plan.activities.find((a) => a.category === 'khai mạc' && a.status !== 'hủy');
}

function attendanceForm(plan: Plan): FormSpec {
  const lang = languageOf(plan);
  const t = catalogue(lang).forms;
  const opening = openingActivity(plan);
  const when = opening?.start
    ? t.attendance.when(formatDayDate(opening.start, lang), formatTime(opening.start))
    : '';
  const target = plan.settings?.openingTarget;
  const groups = activeGroups(plan);
  const groupQuestion: Question =
    groups.length > 0
      ? {
          ...question(lang, 'group', { type: 'multipleChoice', required: true, otherOption: true }),
          choices: groups,
        }
      : question(lang, 'group', { type: 'text', required: true });
  return {
    id: 'attendance',
    title: t.attendance.title(t.weekTitle(String(plan.settings?.year ?? ''))),
    description:
      t.attendance.description(governingBody(plan, t), when) +
      (target !== undefined ? t.attendance.target(target) : ''),
    questions: [
      question(lang, 'email', { type: 'email', required: true, help: t.attendance.emailHelp }),
      question(lang, 'name', { type: 'text', required: true }),
      groupQuestion,
      childClassQuestion(plan, lang, t),
      question(lang, 'intent', { type: 'multipleChoice', required: true }, (x) => [
        x.choices.intents.register,
        x.choices.intents.present,
      ]),
      question(lang, 'mode', { type: 'multipleChoice', required: true }, modeChoices(plan)),
    ],
    confirmation: t.attendance.confirmation,
    collectsEmail: true,
  };
}

function trainingForm(plan: Plan, options: FormSpecOptions): FormSpec {
  const lang = languageOf(plan);
  const t = catalogue(lang).forms;
  const sessions = sessionActivities(plan.activities);
  const labels = sessions.map((a) => sessionChoiceLabel(a, options.seatsTaken?.[a.id] ?? 0, lang));
  const sessionQuestion: Question =
    labels.length > 0
      ? {
          ...question(lang, 'sessions', { type: 'checkbox', required: false, help: t.training.sessionsHelp }),
          choices: labels,
        }
      : question(lang, 'sessions', { type: 'paragraph', required: false, help: t.training.noSessions });
  return {
    id: 'training',
    title: t.training.title(t.weekTitle(String(plan.settings?.year ?? ''))),
    description: t.training.description,
    questions: [
      question(lang, 'email', { type: 'email', required: true, help: t.training.emailHelp }),
      question(lang, 'name', { type: 'text', required: true }),
      question(lang, 'who', { type: 'multipleChoice', required: true }, (x) => Object.values(x.choices.who)),
      childClassQuestion(plan, lang, t),
      sessionQuestion,
      question(lang, 'pledges', { type: 'checkbox', required: false, otherOption: true }, (x) =>
        Object.values(x.choices.pledges),
      ),
    ],
    confirmation: t.training.confirmation,
    collectsEmail: true,
  };
}

function nominationForm(plan: Plan): FormSpec {
  const lang = languageOf(plan);
  const t = catalogue(lang).forms;
  const ward = wardAssociation(plan, t);
  return {
    id: 'nomination',
    title: t.nomination.title(String(plan.settings?.year ?? '')),
    description: t.nomination.description(ward),
    questions: [
      question(lang, 'email', { type: 'email', required: true, help: t.nomination.emailHelp }),
      question(lang, 'nominator', { type: 'text', required: true }),
      question(lang, 'relation', { type: 'multipleChoice', required: true, otherOption: true }, (x) =>
        Object.values(x.choices.relations),
      ),
      question(lang, 'family', { type: 'text', required: true }),
      question(lang, 'child', { type: 'text', required: true }),
      question(lang, 'className', { type: 'text', required: true }),
      question(lang, 'address', { type: 'text', required: true }),
      question(lang, 'achievements', { type: 'paragraph', required: true }),
      question(lang, 'evidence', { type: 'text', required: false, help: t.nomination.evidenceHelp }),
      // A fixed title: it is the CSV column header, so it must not change with Settings.
      question(
        lang,
        'consent',
        { type: 'multipleChoice', required: true, help: t.nomination.consentHelp },
        (x) => [x.choices.consentYes(wardAssociation(plan, x)), x.choices.consentNo],
      ),
    ],
    confirmation: t.nomination.confirmation,
    collectsEmail: true,
  };
}

export function buildFormSpecs(plan: Plan, options: FormSpecOptions = {}): FormSpec[] {
  const language = languageOf(plan);
  const week = catalogue(language).forms.weekTitle(String(plan.settings?.year ?? ''));
  const specs = [
    attendanceForm(plan),
    trainingForm(plan, options),
    nominationForm(plan),
    resultForm(plan, language, week),
  ];
  return language === 'vi' ? specs : specs.map((spec) => ({ ...spec, language }));
}

export function formSpecOf(specs: readonly FormSpec[], id: FormId): FormSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new RangeError(`no form spec "${id}"`);
  return spec;
}
