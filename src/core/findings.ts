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

/** A finding's parameter as text; an absent one renders empty rather than "undefined". */
export const param = (p: FindingParams, key: string): string => (p[key] === undefined ? '' : String(p[key]));
/** The parameter between quotation marks, as the messages quote what the principal typed. */
export const quoted = (p: FindingParams, key: string): string => `“${param(p, key)}”`;
export const has = (p: FindingParams, key: string): boolean => p[key] !== undefined && p[key] !== '';
