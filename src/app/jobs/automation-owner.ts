import type { PropertiesPort } from '../../ports';
import type { JobName } from './jobs';

/**
 * One account runs the automation. Installable triggers run as the person who created them and
 * each account sees only its own, so a second editor's Setup would install a second set: two
 * drains, two submit handlers, mail from two accounts, and neither could remove the other's.
 * The owner is the account that ran Setup first; it is kept in one script property.
 */
const OWNER_PROPERTY = 'automationOwner';

export type Ownership =
  /** The account running now owns the automation. */
  | { readonly kind: 'owner'; readonly owner: string }
  /** Nobody owns it yet (before the first Setup). */
  | { readonly kind: 'unclaimed' }
  /** Someone else owns it. */
  | { readonly kind: 'other'; readonly owner: string }
  /** The running account is not known (no email): it may be anyone, so it owns nothing. */
  | { readonly kind: 'unknownUser'; readonly owner?: string };

/** Emails compare without case or surrounding spaces (Google accounts are case-insensitive). */
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ownershipOf(properties: PropertiesPort, email: string): Ownership {
  const owner = properties.get(OWNER_PROPERTY)?.trim() || undefined;
  if (email.trim() === '') return owner ? { kind: 'unknownUser', owner } : { kind: 'unknownUser' };
  if (owner === undefined) return { kind: 'unclaimed' };
  return same(owner, email) ? { kind: 'owner', owner } : { kind: 'other', owner };
}

/** Records `email` as the owner (Setup's first run, or a take-over the user confirmed). */
export function recordOwner(properties: PropertiesPort, email: string): void {
  properties.set(OWNER_PROPERTY, email.trim());
}

/**
 * Menu items that install triggers or send mail from the account that runs them: only the
 * owner may run them. The others (the check, the previews, import and export of the plan)
 * write nothing that runs later, so any editor may.
 */
export const OWNER_ONLY_JOBS: ReadonlySet<JobName> = new Set([
  'setup',
  'forms',
  'invite',
  'drain',
  'continuation',
  'calendarSync',
  'reminders',
  'progress',
  'report',
  'purge',
]);
