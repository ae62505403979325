import type { Grid, LocalDateTime } from '../../core/cell';
import { buildFormSpecs, type FormId, type FormSpec, type NormaliseContext } from '../../core/forms';
import type { Plan, Settings } from '../../core/plan';
import { ACTIVITIES_TABLE, FAMILIES_TABLE, PEOPLE_TABLE, SETTINGS_TABLE } from '../../core/schema/tables';
import type { TableKey } from '../../core/schema/types';
import type { ReadTable } from '../../core/table';
import { readTabs } from '../read-tabs';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parsePlan } from '../../core/validation';
import type { ClockPort, TablesPort } from '../../ports';

/**
 * What the forms use cases need from the plan: Settings, People (the attendance form's groups),
 * "Phụ huynh" (the families' classes) and Activities (sessions and seats), read once each, and the FormSpecs built from them —
 * the same specs syncForms renders, so a response is read against the form it came from.
 */
export interface FormsContext {
  readonly plan: Plan;
  readonly settings: Settings | undefined;
  readonly specs: readonly FormSpec[];
  readonly normalise: NormaliseContext;
  readonly zone: string;
  /** Tab names as found, by table key (for the settings rows syncForms writes). */
  readonly tabNames: Partial<Record<TableKey, string>>;
  readonly grids: Partial<Record<TableKey, Grid | undefined>>;
  readonly tables: Partial<Record<TableKey, ReadTable>>;
  /** Every tab name of the workbook (one tableNames() call). */
  readonly allTabNames: readonly string[];
}

const PLAN_SPECS = [SETTINGS_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, ACTIVITIES_TABLE] as const;

export interface FormsContextOptions {
  readonly seatsTaken?: Readonly<Record<string, number>>;
  readonly closedAt?: Partial<Record<FormId, LocalDateTime>>;
}

export function loadFormsContext(tables: TablesPort, options: FormsContextOptions = {}): FormsContext {
  const allTabNames = tables.tableNames();
  const { grids, tabNames } = readTabs(tables, PLAN_SPECS, allTabNames);
  const parsed = parsePlan(grids, tabNames);
  const settings = parsed.plan.settings;
  const zone = settings && isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const specs = buildFormSpecs(parsed.plan, options.seatsTaken ? { seatsTaken: options.seatsTaken } : {});
  return {
    plan: parsed.plan,
    settings,
    specs,
    normalise: {
      specs,
      activities: parsed.plan.activities,
      families: parsed.plan.families,
      ...(options.closedAt ? { closedAt: options.closedAt } : {}),
    },
    zone,
    tabNames,
    grids,
    tables: parsed.tables,
    allTabNames,
  };
}

/** The school's wall clock now. */
export function schoolNow(context: FormsContext, clock: ClockPort): LocalDateTime {
  return toWallClock(clock.now(), context.zone);
}
