import type { ReportRetryPort } from '../app/report/report-job';
import type { PropertiesPort } from '../ports';
import { REPORT_HANDLER } from './handlers';

/** The unique id of the retry trigger this script made last (absent: none is listed). */
const RETRY_UID_KEY = 'report.retry.trigger';

/**
 * The scheduled report's retry as a one-off trigger of the report's handler
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)).
 * A fired one-off trigger stays in getProjectTriggers() until deleted and tells no time of its
 * own, so the retry is known by its unique id: scheduling deletes the previous retry (fired or
 * not) first, and never touches the report trigger Setup installed for the report time.
 */
export function reportRetryTrigger(properties: PropertiesPort): ReportRetryPort {
  const cancel = (): void => {
    const uid = properties.get(RETRY_UID_KEY);
    if (uid === undefined) return;
    for (const trigger of ScriptApp.getProjectTriggers())
      if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
    properties.delete(RETRY_UID_KEY);
  };
  return {
    schedule(afterMs: number): void {
      cancel();
      const trigger = ScriptApp.newTrigger(REPORT_HANDLER)
        .timeBased()
        .after(Math.max(1, Math.round(afterMs)))
        .create();
      properties.set(RETRY_UID_KEY, trigger.getUniqueId());
    },
    cancel,
  };
}
