import type { LocalDateTime } from '../../core/cell';
import { cellLines, planDocumentModel } from '../../core/plan-document/plan-blocks';
import type { ReportModel } from '../../core/report';
import { ACTIVITIES_TABLE, SETTINGS_TABLE } from '../../core/schema/tables';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parsePlan } from '../../core/validation';
import { parseSettings } from '../../core/validation';
import type { ClockPort, TablesPort } from '../../ports';
import { readTabs } from '../read-tabs';

/**
 * The school's KẾ HOẠCH as a document model, from the Settings and Activities tabs (read once
 * each). Undefined when Settings lack the week itself: a plan without its dates is not written.
 * The runtime renders it as the report is rendered (a Google Doc, or a .docx).
 */
export function buildPlanDocument(
  ports: { tables: TablesPort; clock: ClockPort },
  options: { readonly at?: LocalDateTime } = {},
): ReportModel | undefined {
  const { grids, tabNames } = readTabs(ports.tables, [SETTINGS_TABLE, ACTIVITIES_TABLE]);
  const parsed = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name);
  const settings = parsed.settings;
  if (!settings) return undefined;
  const { plan } = parsePlan(grids, tabNames);
  const raw = (key: 'basis' | 'preamble' | 'purposes' | 'planNotes') => {
    const row = parsed.rows[key];
    return cellLines(parsed.table.rows.find((r) => r.row === row)?.cells.value);
  };
  const planDate = parsed.values.planDate;
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  return planDocumentModel({
    settings,
    lines: {
      basis: raw('basis'),
      preamble: raw('preamble'),
      purposes: raw('purposes'),
      planNotes: raw('planNotes'),
    },
    ...(planDate && typeof planDate === 'object' && !Array.isArray(planDate) ? { planDate } : {}),
    activities: plan.activities,
    at: options.at ?? toWallClock(ports.clock.now(), zone),
  });
}
