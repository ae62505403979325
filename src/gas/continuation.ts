import type { PropertiesPort, TriggersPort } from '../ports';
import { CONTINUATION_HANDLER } from './handlers';

/** When the pending continuation is due (ISO instant); absent when none is pending. */
const DUE_KEY = 'outbox.continuation.dueAt';

/**
 * The one-off trigger that resumes the outbox drain. A fired one-off trigger stays in
 * getProjectTriggers() until deleted, so "pending" is remembered as a due time in properties;
 * cancelling deletes every trigger of the continuation handler, fired or not, and touches no
 * other trigger.
 */
export function continuationTriggers(properties: PropertiesPort, now: () => Date): TriggersPort {
  const ours = (): GoogleAppsScript.Script.Trigger[] =>
    ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUATION_HANDLER);
  const cancel = (): void => {
    for (const trigger of ours()) ScriptApp.deleteTrigger(trigger);
    properties.delete(DUE_KEY);
  };
  return {
    scheduleContinuation(afterMs: number): void {
      cancel();
      const delay = Math.max(1, Math.round(afterMs));
      ScriptApp.newTrigger(CONTINUATION_HANDLER).timeBased().after(delay).create();
      properties.set(DUE_KEY, new Date(now().getTime() + delay).toISOString());
    },
    cancelContinuation: cancel,
    hasPendingContinuation(): boolean {
      const due = properties.get(DUE_KEY);
      if (due === undefined || Date.parse(due) <= now().getTime()) return false;
      return ours().length > 0;
    },
  };
}
