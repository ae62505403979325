import type { LocalDateTime } from '../../core/cell';
import { buildReport, type ActivityParticipation, type ReportModel } from '../../core/report';
import { ALL_TABLES, SETTINGS_TABLE } from '../../core/schema/tables';
import type { TableKey } from '../../core/schema/types';
import { readTabs } from '../read-tabs';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parseSettings } from '../../core/validation';
import type { ClockPort, EnvironmentPort, TablesPort } from '../../ports';

/** The tabs the report reads: the plan, the three normalised response tabs and the outbox. */
const REPORT_TABLES: readonly TableKey[] = [
  'settings',
  'people',
  'families',
  'activities',
  'outreach',
  'attendance',
  'trainingSignups',
  'nominations',
  'outbox',
];

export interface BuildReportOptions {
  /** The moment to report on (wall clock of the school); default: now in the school's zone. */
  readonly at?: LocalDateTime;
  /** Who took part in each activity; default: what the participation source reads, else nothing. */
  readonly participation?: readonly ActivityParticipation[];
}

/** Where the owners' reported participation is read (the results tab), under the report's lock. */
export interface ParticipationSource {
  read(): readonly ActivityParticipation[];
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
    participation?: ParticipationSource;
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
  const participation = options.participation ?? ports.participation?.read();
  return buildReport({
    grids,
    tabNames,
    at,
    ...(participation ? { participation } : {}),
    env: { spreadsheetTimeZone: ports.env.spreadsheetTimeZone(), scriptTimeZone: ports.env.scriptTimeZone() },
  });
}
