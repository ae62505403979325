/** Parsing the tabs into the typed plan, and the checks over it. */
export { parsePlan, PLAN_TABLES, type ParsedPlan } from './parse-plan';
export { parseSettings, type ParsedSettings } from './parse-settings';
export { parseRows, columnName, type ParsedRow, type ParsedRows } from './parse-rows';
export { validatePlan, checkPlan, sortFindings, PLAN_RULES, type CheckedPlan } from './validate-plan';
export type { EnvironmentZones, Rule, RuleContext } from './rules/context';
