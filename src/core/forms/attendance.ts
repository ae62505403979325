import type { Language, Person } from '../plan';
import { catalogue } from '../i18n/catalogue';
import { forms as viForms } from '../i18n/vi/forms';
import { INTENT_PRESENT } from './build-form-specs';
import type { NormalisedResponse } from './normalise-response';

/**
 * The opening ceremony against its target: over ACTIVE staff only (People, matched by email),
 * whole school and per group. A person counts as registered when any of their responses
 * registered or checked in, and as present when any checked in: a later "register" never
 * undoes a check-in. Responses from addresses not in People are counted apart (`outsiders`).
 */

export interface Ratio {
  readonly count: number;
  readonly total: number;
  /** 0–100, unrounded. */
  readonly percent: number;
  readonly met: boolean;
  /** More people needed to reach the target (0 when met). */
  readonly needed: number;
}

export interface GroupAttendance {
  readonly group: string;
  readonly registered: Ratio;
  readonly present: Ratio;
}

export interface OpeningAttendance {
  readonly target: number;
  readonly registered: Ratio;
  readonly present: Ratio;
  readonly groups: readonly GroupAttendance[];
  /** Valid emails that answered but are not active staff. */
  readonly outsiders: readonly string[];
}

export const NO_GROUP = viForms.noGroup;

export function ratio(count: number, total: number, target: number): Ratio {
  const percent = total === 0 ? 0 : (count * 100) / total;
  // Integer arithmetic: 50 % of 40 is exactly 20, never 20.000000001.
  const required = total === 0 ? 0 : Math.ceil((target * total) / 100 - 1e-9);
  const needed = Math.max(0, required - count);
  return { count, total, percent, met: total > 0 && needed === 0, needed };
}

export function openingAttendance(
  people: readonly Person[],
  responses: readonly NormalisedResponse[],
  target: number,
): OpeningAttendance {
  const staff = people.filter((p) => p.active && p.email.trim() !== '');
  const byEmail = new Map(staff.map((p) => [p.email.trim().toLowerCase(), p] as const));
  const registered = new Set<string>();
  const present = new Set<string>();
  const outsiders = new Set<string>();
  for (const r of responses) {
    if (r.formId !== 'attendance' || !r.emailValid) continue;
    if (r.problems.some((p) => p.code === 'form.closed')) continue;
    if (!byEmail.has(r.email)) {
      outsiders.add(r.email);
      continue;
    }
    registered.add(r.email);
    if (r.answers['intent'] === INTENT_PRESENT) present.add(r.email);
  }
  const groupNames = [...new Set(staff.map((p) => p.group?.trim() || NO_GROUP))].sort();
  const groups = groupNames.map((group) => {
    const members = staff
      .filter((p) => (p.group?.trim() || NO_GROUP) === group)
      .map((p) => p.email.trim().toLowerCase());
    return {
      group,
      registered: ratio(members.filter((e) => registered.has(e)).length, members.length, target),
      present: ratio(members.filter((e) => present.has(e)).length, members.length, target),
    };
  });
  return {
    target,
    registered: ratio(registered.size, staff.length, target),
    present: ratio(present.size, staff.length, target),
    groups,
    outsiders: [...outsiders].sort(),
  };
}

/** "45 %", "45,5 %" (Vietnamese decimal comma), "45.5 %" in English. */
export function formatPercent(percent: number, lang: Language = 'vi'): string {
  const rounded = Math.round(percent * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} %`;
}

/**
 * "18/40 CB-GV-NV đã đăng ký dự khai mạc (45 %) – cần thêm 2 người để đạt 50 %"
 * `basis`: 'registered' before the day, 'present' on and after it.
 */
export function attendanceProgressText(
  attendance: OpeningAttendance,
  basis: 'registered' | 'present',
  lang: Language = 'vi',
): string {
  const r = attendance[basis];
  return catalogue(lang).forms.progress.attendance(
    r.count,
    r.total,
    basis === 'registered',
    formatPercent(r.percent, lang),
    r.met,
    formatPercent(attendance.target, lang),
    r.needed,
  );
}
