/** Parsing the tabs into the typed plan, and the checks over it. */
export { parsePlan, PLAN_TABLES, type ParsedPlan } from './parse-plan';
export { parseSettings } from './parse-settings';
export { checkPlan } from './validate-plan';
export type { EnvironmentZones } from './rules/context';
