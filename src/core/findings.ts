import type { TableKey } from './schema/types';

export type Severity = 'error' | 'warning';

export type FindingParams = Record<string, string | number>;

/**
 * One thing the principal should look at. `row` is the 1-based sheet row (the header is row 1),
 * `column` the header text as it is in the sheet (or as it should be, when missing).
 * `code` is stable for tests and tools; the message is rendered from the catalogue.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly table: TableKey;
  readonly tableName: string;
  readonly row?: number;
  readonly column?: string;
  readonly params: FindingParams;
}
