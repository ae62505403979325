import { finalReportKey } from '../app/report/report-job';
import { readSettings } from '../app/plan/settings-store';
import { withTime } from '../core/cell';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toInstant } from '../core/time-zone';
import type { PropertiesPort, TablesPort } from '../ports';
import { REPORT_HANDLER } from './handlers';
import type { WantedTrigger } from './trigger-installer';

/** The instant the installed report trigger is for (ISO); a different report time re-installs it. */
const INSTALLED_AT_KEY = 'report.trigger.at';
/** A report time already past (Setup run late) still gets its run, this soon. */
const LATE_START_MS = 60_000;

/**
 * The one-off trigger at the report time (Settings "Thời điểm lập báo cáo", default 17:00 of
 * the week's last day, in the school's zone). None once the year's final report is done, nor
 * without a readable week.
 */
export function reportTrigger(
  tables: TablesPort,
  properties: PropertiesPort,
  now: Date,
): WantedTrigger | undefined {
  const settings = readSettings(tables);
  if (!settings) return undefined;
  if (properties.get(finalReportKey(settings.year)) !== undefined) return undefined;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const due = toInstant(settings.reportAt ?? withTime(settings.weekEnd, 17), zone);
  const key = due.toISOString();
  const at = due.getTime() > now.getTime() ? due : new Date(now.getTime() + LATE_START_MS);
  return { kind: 'at', handler: REPORT_HANDLER, at, current: properties.get(INSTALLED_AT_KEY) === key, key };
}

/** After installing: the trigger now in place is for this report time. */
export function rememberReportTrigger(properties: PropertiesPort, wanted: WantedTrigger | undefined): void {
  if (wanted?.kind === 'at' && wanted.key !== undefined) properties.set(INSTALLED_AT_KEY, wanted.key);
}
