import { OWNER_ONLY_JOBS, ownershipOf, recordOwner, type Ownership } from '../app/jobs/automation-owner';
import type { JobName } from '../app/jobs/jobs';
import { PROCESS_RESPONSES_HANDLER, TRIGGER_RULES } from '../app/jobs/triggers';
import type { Language } from '../core/plan';
import type { PropertiesPort } from '../ports';
import { menuTexts } from './messages';

/**
 * The account an execution runs as: the person who clicked, or a trigger's creator
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
 * '' when Google does not say (the product then treats the run as nobody's).
 */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

export function currentOwnership(properties: PropertiesPort): { ownership: Ownership; me: string } {
  const me = effectiveUserEmail();
  return { ownership: ownershipOf(properties, me), me };
}

/** Our handlers, the only triggers the product ever deletes (a principal's own stay). */
const OUR_HANDLERS: ReadonlySet<string> = new Set(TRIGGER_RULES.map((rule) => rule.handler));

/**
 * Deletes this account's triggers of our handlers. getProjectTriggers lists only the running
 * account's, which is exactly what an account may delete. A pending processing run is left to
 * fire: the responses it was made for are waiting for it, and it may run for anyone.
 */
export function removeOwnTriggers(keep: string = PROCESS_RESPONSES_HANDLER): number {
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    const handler = trigger.getHandlerFunction();
    if (!OUR_HANDLERS.has(handler) || handler === keep) continue;
    ScriptApp.deleteTrigger(trigger);
    removed++;
  }
  return removed;
}

/** A trigger's execution (its event names the trigger), as opposed to a menu click. */
export const isTriggerRun = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && 'triggerUid' in event;

/**
 * Why this run must not do its job, or undefined when it may.
 * - A menu item that installs triggers or sends mail, clicked by an editor who does not own the
 *   automation: refused with who owns it and what to do.
 * - A trigger of an account that no longer owns the automation (after a take-over): nobody
 *   else can delete it, so it deletes its account's triggers itself and does nothing else. The
 *   processing run of responses is the exception: it only records what families sent (the
 *   owner's own submit triggers record the same responses, deduplicated), so nothing is lost
 *   while the old triggers retire.
 * Nobody owning it yet (before Setup, or a sheet set up by an earlier version) changes nothing.
 */
export function ownerRefusal(
  name: JobName,
  event: unknown,
  properties: PropertiesPort,
  lang: Language,
): string | undefined {
  const t = menuTexts(lang).owner;
  const { ownership, me } = currentOwnership(properties);
  if (isTriggerRun(event)) {
    if (ownership.kind !== 'other' || name === 'processResponses') return undefined;
    return t.retired(ownership.owner, removeOwnTriggers());
  }
  if (!OWNER_ONLY_JOBS.has(name)) return undefined;
  if (ownership.kind === 'other') return t.otherEditor(ownership.owner, me);
  if (ownership.kind === 'unknownUser') return t.unknownUser;
  return undefined;
}

/**
 * Setup's and the forms item's claim, under the script lock: the first account to install the
 * triggers becomes the owner. Returns the refusal when someone else got there first (two
 * editors clicking at once), the line to tell when the owner was recorded now, or ''.
 */
export function claimOwnership(
  properties: PropertiesPort,
  lang: Language,
): { refusal?: string; line: string } {
  const t = menuTexts(lang).owner;
  const { ownership, me } = currentOwnership(properties);
  switch (ownership.kind) {
    case 'owner':
      return { line: '' };
    case 'unclaimed':
      recordOwner(properties, me);
      return { line: t.claimed(me) };
    case 'other':
      return { refusal: t.otherEditor(ownership.owner, me), line: '' };
    case 'unknownUser':
      return { refusal: t.unknownUser, line: '' };
  }
}
