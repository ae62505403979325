import { planEdited as planEditedRule, type EditOutcome } from '../app/jobs/plan-edit';
import type { GasRuntime } from './runtime';

export { editTouchesCalendar } from '../app/jobs/plan-edit';

/** The installable edit trigger: the edited range's tab name is all it reads. */
export function planEdited(
  e: GoogleAppsScript.Events.SheetsOnEdit | undefined,
  runtime: () => Pick<GasRuntime, 'properties' | 'triggers' | 'clock'>,
): EditOutcome {
  const range = e?.range;
  return planEditedRule(range ? range.getSheet().getName() : undefined, runtime);
}
