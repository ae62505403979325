import type { Grid } from '../../core/cell';
import type { TableKey } from '../../core/schema/types';
import { readTabs } from '../read-tabs';
import { parsePlan, PLAN_TABLES, type ParsedPlan } from '../../core/validation';
import type { TablesPort } from '../../ports';

/** The plan tabs the calendar needs (not the outreach log), one read each, parsed. */
export function readPlanTabs(tables: TablesPort): {
  grids: Partial<Record<TableKey, Grid | undefined>>;
  parsed: ParsedPlan;
} {
  const { grids, tabNames } = readTabs(
    tables,
    PLAN_TABLES.filter((spec) => spec.key !== 'outreach'),
  );
  return { grids, parsed: parsePlan(grids, tabNames) };
}
