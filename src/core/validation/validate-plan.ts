import type { Grid } from '../cell';
import type { Finding } from '../findings';
import type { Plan } from '../plan';
import type { TableKey } from '../schema/types';
import { parsePlan, PLAN_TABLES, type ParsedPlan } from './parse-plan';
import { ACTIVITY_RULES } from './rules/activity-rules';
import type { EnvironmentZones, Rule } from './rules/context';
import { textNamesPlanYear } from './rules/other-year-rules';
import { ROSTER_RULES } from './rules/roster-rules';
import { datesReadMonthFirst } from './rules/locale-rules';
import { SETTINGS_RULES } from './rules/settings-rules';

export const PLAN_RULES: readonly Rule[] = [
  ...SETTINGS_RULES,
  ...ACTIVITY_RULES,
  datesReadMonthFirst,
  ...ROSTER_RULES,
  textNamesPlanYear,
];

/** The rules' findings over an already parsed plan. */
export function validatePlan(parsed: ParsedPlan, env: EnvironmentZones = {}): Finding[] {
  return PLAN_RULES.flatMap((rule) => rule({ parsed, env }));
}

const TABLE_ORDER: readonly TableKey[] = PLAN_TABLES.map((t) => t.key);

/** Tab order, then row (tab-wide findings first), then errors before warnings. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (x, y) =>
        TABLE_ORDER.indexOf(x.f.table) - TABLE_ORDER.indexOf(y.f.table) ||
        (x.f.row ?? 0) - (y.f.row ?? 0) ||
        (x.f.severity === y.f.severity ? 0 : x.f.severity === 'error' ? -1 : 1) ||
        x.i - y.i,
    )
    .map(({ f }) => f);
}

export interface CheckedPlan {
  readonly plan: Plan;
  /** Parse and rule findings together, sorted for reading. */
  readonly findings: Finding[];
  readonly parsed: ParsedPlan;
}

/** Parse + validate in one call: what the use case and the CLI need. */
export function checkPlan(
  grids: Partial<Record<TableKey, Grid | undefined>>,
  tabNames: Partial<Record<TableKey, string>> = {},
  env: EnvironmentZones = {},
): CheckedPlan {
  const parsed = parsePlan(grids, tabNames);
  const findings = sortFindings([...parsed.findings, ...validatePlan(parsed, env)]);
  return { plan: parsed.plan, findings, parsed };
}
