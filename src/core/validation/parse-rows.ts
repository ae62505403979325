import type { Grid } from '../cell';
import { parseCell, type CodecContext, type Typed } from '../codec';
import type { Finding } from '../findings';
import type { TableSpec } from '../schema/types';
import { readTable, type ReadTable } from '../table';
import type { FindingCode } from '../finding-codes';
import { makeFinding } from './make-finding';

/** One data row with each known column parsed to its type. */
export interface ParsedRow<K extends string = string> {
  /** 1-based sheet row. */
  readonly row: number;
  readonly values: Partial<Record<K, Typed>>;
}

export interface ParsedRows<K extends string = string> {
  readonly table: ReadTable<K>;
  readonly rows: ParsedRow<K>[];
  readonly findings: Finding[];
}

/** The header text of a column as the sheet spells it (or as the schema does, if missing). */
export function columnName<K extends string>(table: ReadTable<K>, key: K): string {
  const found = table.header.headerText[key];
  if (found) return found;
  return table.spec.columns.find((c) => c.key === key)?.header ?? key;
}

/**
 * Reads a tab by header and parses every cell of the known columns. The findings column is the
 * system's own output and is not parsed. Never throws: every problem becomes a finding with
 * its row and column.
 */
export function parseRows<K extends string>(
  spec: TableSpec<K>,
  grid: Grid | undefined,
  tableName: string,
  ctx: CodecContext,
): ParsedRows<K> {
  const table = readTable(spec, grid);
  const findings: Finding[] = table.header.findings.map((f) => ({ ...f, tableName }));
  const columns = spec.columns.filter(
    (c) => c.key !== spec.findingsColumn && table.header.index[c.key] !== undefined,
  );
  const rows = table.rows.map((record) => {
    const values: Partial<Record<K, Typed>> = {};
    for (const column of columns) {
      const parsed = parseCell(record.cells[column.key], column, ctx);
      if (parsed.value !== undefined) values[column.key] = parsed.value;
      for (const problem of parsed.problems) {
        findings.push(
          makeFinding(
            problem.severity,
            problem.code as FindingCode,
            { table: spec.key, tableName, row: record.row, column: columnName(table, column.key) },
            problem.params,
          ),
        );
      }
    }
    return { row: record.row, values };
  });
  return { table, rows, findings };
}
