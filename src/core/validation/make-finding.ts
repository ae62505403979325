import type { Finding, FindingParams, Severity } from '../findings';
import type { TableKey } from '../schema/types';
import type { FindingCode } from '../finding-codes';

/** Where a finding points: the tab (as named in the workbook), and the row/column if any. */
export interface Place {
  readonly table: TableKey;
  readonly tableName: string;
  readonly row?: number;
  readonly column?: string;
}

export function makeFinding(
  severity: Severity,
  code: FindingCode,
  place: Place,
  params: FindingParams = {},
): Finding {
  const finding: Finding = { severity, code, table: place.table, tableName: place.tableName, params };
  return {
    ...finding,
    ...(place.row !== undefined ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
  };
}
