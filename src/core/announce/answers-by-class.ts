import type { NormalisedResponse } from '../forms/normalise-response';
import type { Family, Person } from '../plan';
import { purgedMarker } from '../privacy/marker';
import { foldKey } from '../text';
import { forms as viForms } from '../i18n/vi/forms';
import { shortName } from './class-names';

/**
 * How many families of each class of "Phụ huynh" have answered the forms families answer (the
 * opening and the training signups), so a teacher knows whom to nudge in her class's Zalo
 * group. A family counts once whatever it answered and however often it sent a form.
 */

/** One answer as the counting needs it (a response of the attendance or training form). */
export interface ClassAnswer {
  /** The response's address ('' when none): a family is recognised by it. */
  readonly email: string;
  /** The class the respondent chose or typed ("Lớp của con"); empty when left blank. */
  readonly childClass?: string;
  /** The training form's "Bạn là" (canonical value); absent on the attendance form. */
  readonly who?: string;
  /** Tells two answers without an address apart. */
  readonly responseId: string;
}

export interface ClassTally {
  /**
   * 'class': a class of "Phụ huynh"; 'unclassed': its families without a class; 'unlisted': a
   * class only answers name, not in "Phụ huynh" (a typo, or a class missing from the tab).
   */
  readonly kind: 'class' | 'unclassed' | 'unlisted';
  /** The class as the kit shows it (one line, shortened); '' for the unclassed families. */
  readonly name: string;
  /** Families of the tab in this class (0 for an unlisted class). */
  readonly families: number;
  /** Distinct families that answered. */
  readonly answered: number;
}

export interface AnswersByClass {
  /** The tab's classes in the order the sheet first names them, then unlisted ones as first answered. */
  readonly classes: readonly ClassTally[];
  /** Parents who named no class and whose address is not in "Phụ huynh". */
  readonly unclassedAnswers: number;
}

const STAFF = viForms.choices.who.staff;
const RESIDENT = viForms.choices.who.resident;

/** A family row the purge has emptied: its class is gone with the rest, it is nobody to count. */
const PURGED = new Set([purgedMarker('vi'), purgedMarker('en')]);

const emailKey = (email: string | undefined): string => (email ?? '').trim().toLowerCase();

/** Where one respondent is counted: a tally's key, or the unclassed answers. */
type Place = { readonly tally: string } | { readonly unclassed: true };

export function answersByClass(
  families: readonly Family[],
  people: readonly Pick<Person, 'email'>[],
  answers: readonly ClassAnswer[],
): AnswersByClass {
  const familyKey = (family: Family): string => {
    const name = shortName(family.className ?? '');
    return name === '' ? '' : `c:${name}`;
  };
  const tallies = new Map<string, { kind: ClassTally['kind']; name: string; families: number }>();
  // Folded names find the tab's class for an answer typed "la 1"; a name that folds to nothing
  // (only emoji) is found by its exact text only.
  const byFolded = new Map<string, string>();
  const familiesByEmail = new Map<string, Family[]>();
  for (const family of families) {
    if (PURGED.has(family.className ?? '') || PURGED.has(family.parentName)) continue;
    const name = shortName(family.className ?? '');
    const key = familyKey(family);
    const tally = tallies.get(key);
    if (tally) tally.families++;
    else tallies.set(key, { kind: name === '' ? 'unclassed' : 'class', name, families: 1 });
    const folded = foldKey(name);
    if (name !== '' && folded !== '' && !byFolded.has(folded)) byFolded.set(folded, key);
    const email = emailKey(family.email);
    if (email !== '') familiesByEmail.set(email, [...(familiesByEmail.get(email) ?? []), family]);
  }
  const staff = new Set(people.map((p) => emailKey(p.email)).filter((e) => e !== ''));

  const tabKeyOf = (name: string): string | undefined => {
    if (tallies.get(`c:${name}`)?.kind === 'class') return `c:${name}`;
    const folded = foldKey(name);
    return folded === '' ? undefined : byFolded.get(folded);
  };

  const placeOf = new Map<string, Place>();
  for (const answer of answers) {
    const email = emailKey(answer.email);
    const named = shortName(answer.childClass ?? '');
    const own = familiesByEmail.get(email);
    if (own) {
      // The tab is the teacher's list: a family counts in its own class. A parent with children
      // in two classes (two rows, one address) counts in the class the answer names.
      const wanted = named === '' ? undefined : tabKeyOf(named);
      const family = own.find((f) => wanted !== undefined && familyKey(f) === wanted);
      if (!placeOf.has(`f:${email}`) || family)
        placeOf.set(`f:${email}`, { tally: familyKey(family ?? own[0]!) });
      continue;
    }
    // Staff (by "Nhân sự" or by "Bạn là") are no family, even when a class was ticked by mistake.
    if (staff.has(email) || answer.who === STAFF) continue;
    const who = email !== '' ? `e:${email}` : `r:${answer.responseId}`;
    if (named !== '') {
      const key = tabKeyOf(named) ?? `u:${named}`;
      if (!tallies.has(key)) tallies.set(key, { kind: 'unlisted', name: named, families: 0 });
      placeOf.set(who, { tally: key });
    } else if (answer.who !== RESIDENT && !placeOf.has(who)) {
      placeOf.set(who, { unclassed: true });
    }
  }

  const answered = new Map<string, number>();
  let unclassedAnswers = 0;
  for (const place of placeOf.values()) {
    if ('unclassed' in place) unclassedAnswers++;
    else answered.set(place.tally, (answered.get(place.tally) ?? 0) + 1);
  }
  const classes = [...tallies]
    .map(([key, t]) => ({ ...t, answered: answered.get(key) ?? 0 }))
    // A class named only by an answer whose respondent later named another is nobody's now.
    .filter((t) => t.kind !== 'unlisted' || t.answered > 0);
  return { classes, unclassedAnswers };
}

/**
 * The counted answers among normalised responses of the attendance and training forms, oldest
 * first. A flagged response is not counted, as nowhere else: it waits to be fixed.
 */
export function classAnswersOf(responses: readonly NormalisedResponse[]): ClassAnswer[] {
  const text = (value: string | readonly string[] | undefined): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  return responses
    .filter((r) => !r.flagged && (r.formId === 'attendance' || r.formId === 'training'))
    .map((r, order) => ({ r, order }))
    .sort((a, b) =>
      a.r.submittedAt.iso < b.r.submittedAt.iso
        ? -1
        : a.r.submittedAt.iso > b.r.submittedAt.iso
          ? 1
          : a.order - b.order,
    )
    .map(({ r }) => {
      const childClass = text(r.answers['childClass']);
      const who = text(r.answers['who']);
      return {
        email: r.emailValid ? r.email : '',
        responseId: r.responseId,
        ...(childClass ? { childClass } : {}),
        ...(who ? { who } : {}),
      };
    });
}
