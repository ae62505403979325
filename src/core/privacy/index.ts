export { PURGED_MARKER, isPseudonym } from './marker';
export { isPurgeDue, purgeDueAt } from './purge-date';
export {
  applyTabPurge,
  planPurge,
  PURGED_TABLES,
  SPEC_OF,
  type FamilyForm,
  type PurgeInput,
  type PurgePlan,
  type TabPurge,
} from './purge-plan';
export { purgeSummaryLines } from './purge-text';
