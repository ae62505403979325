import { recordOwner } from '../app/jobs/automation-owner';
import type { Language } from '../core/plan';
import type { PropertiesPort } from '../ports';
import { menuTexts } from './messages';
import { currentOwnership, removeOwnTriggers } from './owner';
import { availableUi } from './ui';

export interface TakeOverOutcome {
  readonly text: string;
  /** True when this account now owns the automation and its triggers must be installed. */
  readonly tookOver: boolean;
}

/**
 * "Chuyển quyền chạy tự động". Nobody can see or delete another account's triggers, so:
 * - run by an account that does not own the automation, it first deletes that account's own
 *   leftover triggers (a former owner running it is how they clean up), then asks whether to
 *   move the automation here; yes records the new owner (the caller then installs its set);
 * - the previous owner's triggers, which only they can delete, are told about, and each one
 *   deletes its account's triggers the next time it fires (gas/owner.ts), sending nothing.
 * Without a dialog to confirm in, nothing is moved.
 */
export function takeOver(properties: PropertiesPort, lang: Language): TakeOverOutcome {
  const t = menuTexts(lang).owner;
  const { ownership, me } = currentOwnership(properties);
  switch (ownership.kind) {
    case 'unknownUser':
      return { text: t.unknownUser, tookOver: false };
    case 'unclaimed':
      return { text: t.unclaimed, tookOver: false };
    case 'owner':
      return { text: t.alreadyOwner(me), tookOver: false };
    case 'other':
      break;
  }
  const removed = removeOwnTriggers();
  const ui = availableUi();
  const answer = ui?.alert(
    menuTexts(lang).titles.takeOver,
    t.confirmTakeOver(ownership.owner, me),
    ui.ButtonSet.YES_NO,
  );
  if (!ui || answer !== ui.Button.YES) {
    return { text: removed > 0 ? t.removedOwn(removed, ownership.owner) : t.declined, tookOver: false };
  }
  recordOwner(properties, me);
  return { text: t.tookOver(ownership.owner, me), tookOver: true };
}
