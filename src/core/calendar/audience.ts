import type { Plan } from '../plan';
import { AUDIENCE_ALL_STAFF, AUDIENCE_EVERYONE, AUDIENCE_NONE, AUDIENCE_PARENTS } from '../schema/tables';
import { isUndeliverable, isValidAddress } from '../outbox/recipients';
import { cleanText, foldKey } from '../text';
import { mailableAddress } from '../outbox/family-mail';

export type AudienceGuests =
  { ok: true; guests: string[]; invalid: string[] } | { ok: false; audience: string };

const normalise = (email: string): string => cleanText(email).toLowerCase();

/**
 * The guest list of an audience: all active staff, the families, both, a group of the People
 * tab (matched without regard to case or diacritics), or nobody, plus the extra guests given
 * (people seated in a training). Duplicates collapse; invalid addresses are returned apart so
 * the caller can refuse the event rather than invite a wrong list. Families are guests only
 * when Settings let the school mail them. A `.invalid` address (the
 * purge's pseudonym of a family) is nobody to invite: left out, not an error, so a purged
 * training signup never brings a guest back.
 */
export function resolveAudience(
  plan: Plan,
  audience: string | undefined,
  extra: readonly string[] = [],
): AudienceGuests {
  const folded = foldKey(audience ?? '');
  const staff = plan.people.filter((p) => p.active);
  let base: string[];
  if (folded === '' || folded === foldKey(AUDIENCE_NONE)) base = [];
  else if (folded === foldKey(AUDIENCE_ALL_STAFF)) base = staff.map((p) => p.email);
  else if (folded === foldKey(AUDIENCE_PARENTS)) base = familyEmails(plan);
  else if (folded === foldKey(AUDIENCE_EVERYONE))
    base = [...staff.map((p) => p.email), ...familyEmails(plan)];
  else {
    const group = staff.filter((p) => p.group !== undefined && foldKey(p.group) === folded);
    if (group.length === 0) return { ok: false, audience: audience ?? '' };
    base = group.map((p) => p.email);
  }
  const seen = new Set<string>();
  const invalid: string[] = [];
  // Calendar mails its guests: without the school's consent to mail families, a family seated
  // in a session is not a guest (the class's Zalo group tells them) — nor is "Phụ huynh".
  const mayMail = mailableAddress(plan);
  for (const raw of [...base, ...extra]) {
    const email = normalise(raw);
    if (email === '' || isUndeliverable(email) || !mayMail(email)) continue;
    if (!isValidAddress(email)) invalid.push(raw);
    else seen.add(email);
  }
  return { ok: true, guests: [...seen].sort(), invalid };
}

function familyEmails(plan: Plan): string[] {
  return plan.families.flatMap((f) => (f.email ? [f.email] : []));
}
