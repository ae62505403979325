import type { Grid, LocalDateTime } from '../../core/cell';
import { COMMENDATIONS_TABLE } from '../../core/schema/commendation-table';
import { readCommendationRows, type CommendationRow } from '../../core/commendation/commendation-rows';
import type { Plan } from '../../core/plan';
import { reportFigures } from '../../core/report';
import type { ReportFigures } from '../../core/report/figures';
import { readNominationRows, type NominationRow } from '../../core/report/response-tabs';
import { ALL_TABLES, SETTINGS_TABLE } from '../../core/schema/tables';
import type { TableKey } from '../../core/schema/types';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parseSettings } from '../../core/validation';
import type { ClockPort, EnvironmentPort, TablesPort } from '../../ports';
import { readTabs } from '../read-tabs';

/** What the commendation reads: the tabs the report's rule needs, the nominations and "Khen thưởng". */
const READ: readonly TableKey[] = [
  'settings',
  'people',
  'activities',
  'attendance',
  'trainingSignups',
  'nominations',
];

export interface CommendationTabs {
  readonly at: LocalDateTime;
  readonly figures: ReportFigures;
  readonly plan: Plan;
  readonly rows: readonly CommendationRow[];
  readonly nominations: readonly NominationRow[];
  readonly grids: Partial<Record<TableKey, Grid | undefined>>;
  readonly tabNames: Partial<Record<TableKey, string>>;
}

export interface ReadPorts {
  readonly tables: TablesPort;
  readonly clock: ClockPort;
  readonly env: EnvironmentPort;
}

/** Each tab read once; the figures computed by the report's own code, at now in the school's zone. */
export function readCommendationTabs(ports: ReadPorts): CommendationTabs {
  const { grids, tabNames } = readTabs(ports.tables, [
    ...ALL_TABLES.filter((spec) => READ.includes(spec.key)),
    COMMENDATIONS_TABLE,
  ]);
  const zone = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name).settings?.timeZone;
  const at = toWallClock(ports.clock.now(), zone && isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE);
  const figures = reportFigures({
    grids,
    tabNames,
    at,
    env: { spreadsheetTimeZone: ports.env.spreadsheetTimeZone(), scriptTimeZone: ports.env.scriptTimeZone() },
  });
  return {
    at,
    figures,
    plan: figures.plan,
    rows: readCommendationRows(grids.commendations),
    nominations: readNominationRows(grids.nominations),
    grids,
    tabNames,
  };
}
