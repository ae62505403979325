import type { Grid } from '../../core/cell';
import type { TableKey } from '../../core/schema/types';
import { findTabName } from '../../core/table';
import { parsePlan, PLAN_TABLES, type ParsedPlan } from '../../core/validation';
import type { TablesPort } from '../../ports';

/** The plan tabs the calendar needs (not the outreach log), one read each, parsed. */
export function readPlanTabs(tables: TablesPort): {
  grids: Partial<Record<TableKey, Grid | undefined>>;
  parsed: ParsedPlan;
} {
  const names = tables.tableNames();
  const grids: Partial<Record<TableKey, Grid | undefined>> = {};
  const tabNames: Partial<Record<TableKey, string>> = {};
  for (const spec of PLAN_TABLES) {
    const name = spec.key === 'outreach' ? undefined : findTabName(spec, names);
    if (name === undefined) continue;
    tabNames[spec.key] = name;
    grids[spec.key] = tables.read(name);
  }
  return { grids, parsed: parsePlan(grids, tabNames) };
}
