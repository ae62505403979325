import type { LocalDateTime } from '../../core/cell';
import { buildReport, type ActivityParticipation, type ReportModel } from '../../core/report';
import { ALL_TABLES, SETTINGS_TABLE } from '../../core/schema/tables';
import type { TableKey } from '../../core/schema/types';
import { activityParticipation } from '../../core/report/read-participation';
import { readTabs } from '../read-tabs';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parseSettings } from '../../core/validation';
import type { ClockPort, EnvironmentPort, TablesPort } from '../../ports';

/** The tabs the report reads: the plan, the normalised response tabs (results too) and the outbox. */
const REPORT_TABLES: readonly TableKey[] = [
  'settings',
  'people',
  'families',
  'activities',
  'outreach',
  'attendance',
  'trainingSignups',
  'nominations',
  'activityResults',
  'outbox',
];

export interface BuildReportOptions {
  /** The moment to report on (wall clock of the school); default: now in the school's zone. */
  readonly at?: LocalDateTime;
  /** Who took part in each activity; default: what the owners reported in "Kết quả hoạt động". */
  readonly participation?: readonly ActivityParticipation[];
}

/**
 * Reads each tab once (one `getValues` each in Apps Script) and builds the report model. It
 * writes nothing: the runtime renders the model (Doc or .docx) and records what it did.
 */
export function buildReportModel(
  ports: {
    tables: TablesPort;
    clock: ClockPort;
    env: EnvironmentPort;
  },
  options: BuildReportOptions = {},
): ReportModel {
  const { grids, tabNames } = readTabs(
    ports.tables,
    ALL_TABLES.filter((spec) => REPORT_TABLES.includes(spec.key)),
  );
  const zone = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name).settings?.timeZone;
  const at =
    options.at ?? toWallClock(ports.clock.now(), zone && isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE);
  const participation = options.participation ?? activityParticipation(grids.activityResults);
  return buildReport({
    grids,
    tabNames,
    at,
    participation,
    env: { spreadsheetTimeZone: ports.env.spreadsheetTimeZone(), scriptTimeZone: ports.env.scriptTimeZone() },
  });
}
