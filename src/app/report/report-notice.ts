import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import type { ReportJobResult } from './report-job';

/**
 * What a report run that did not finish its work says (the menu's dialog, or the trigger's
 * log): another run is making the report, or the Doc was written and the sheet stayed busy.
 * Undefined when the run did its work (or had none left).
 */
export function reportNotice(result: ReportJobResult, lang: Language): string | undefined {
  const t = catalogue(lang).report.job;
  if (result.busy) {
    const { retryAfterMs } = result.busy;
    if (retryAfterMs !== undefined) return t.busyRetry(Math.max(1, Math.round(retryAfterMs / 60_000)));
    return result.busy.scheduled ? t.busyNoRetry : t.busyNow;
  }
  return result.recorded === false ? t.notRecorded : undefined;
}
