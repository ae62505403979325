export { PURGED_MARKER, PSEUDONYM_DOMAIN, isPseudonym, Pseudonyms } from './marker';
export { isPurgeDue, purgeDueAt } from './purge-date';
export { COLUMN_POLICIES, RAW_KEPT_ANSWERS, type ColumnPolicy, type PurgedTable } from './personal-columns';
export {
  applyTabPurge,
  planPurge,
  PURGED_TABLES,
  SPEC_OF,
  type PurgeInput,
  type PurgePlan,
  type RowChange,
  type TabPurge,
} from './purge-plan';
export { purgeSummaryLines, PURGED_TABLE_LABELS } from './purge-text';
