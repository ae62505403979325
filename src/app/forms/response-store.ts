import type { Cell, Grid } from '../../core/cell';
import {
  normaliseResponse,
  rawResponseFromRecord,
  type FormId,
  type NormaliseContext,
  type NormalisedResponse,
} from '../../core/forms';
import { RAW_RESPONSES_TABLE } from '../../core/schema/response-tables';
import type { TableSpec } from '../../core/schema/types';
import {
  cellText,
  defaultHeader,
  findTabName,
  mapHeader,
  readTable,
  recordToRow,
  type HeaderMap,
} from '../../core/table';
import type { TablesPort } from '../../ports';

/**
 * The response tabs through the TablesPort, at a constant number of calls whatever their size
 * (performance): each tab is read once, the raw log grows by one append, a normalised
 * tab is written as one rectangular block however many of its rows change.
 */

export interface StoredRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

export interface LoadedTab {
  readonly spec: TableSpec;
  /** The tab's name as found, or the Vietnamese name when it does not exist yet. */
  readonly tabName: string;
  readonly exists: boolean;
  readonly grid: Grid;
  readonly header: HeaderMap;
  readonly rows: readonly StoredRow[];
}

export function loadTab(tables: TablesPort, spec: TableSpec, allTabNames: readonly string[]): LoadedTab {
  const found = findTabName(spec, allTabNames);
  const grid = found === undefined ? [] : (tables.read(found) ?? []);
  const table = readTable(spec, grid.length > 0 ? grid : [defaultHeader(spec)]);
  return {
    spec,
    tabName: found ?? spec.name,
    exists: found !== undefined,
    grid,
    header: grid.length > 0 ? table.header : mapHeader(spec, defaultHeader(spec)),
    rows: table.rows.map((r) => ({ row: r.row, cells: r.cells as Record<string, Cell> })),
  };
}

/** Creates the tab (with its header) when it is missing or blank: the first response ever. */
function ensureHeader(tables: TablesPort, tab: LoadedTab): boolean {
  if (tab.grid.length > 0) return false;
  if (!tab.exists) tables.create(tab.tabName);
  return true;
}

/** Appends rows (records by column key) in one call; a blank tab gets its header in the same block. */
export function appendRecords(
  tables: TablesPort,
  tab: LoadedTab,
  records: readonly Readonly<Record<string, Cell>>[],
): void {
  if (records.length === 0) return;
  const rows = records.map((r) => recordToRow(tab.header, r));
  if (ensureHeader(tables, tab)) tables.write(tab.tabName, 0, 0, [defaultHeader(tab.spec), ...rows]);
  else tables.append(tab.tabName, rows);
}

/**
 * Writes changed rows (by 1-based sheet row: the cells to overwrite) and new rows as ONE block:
 * from the first changed row to the last new one, across the tab's own columns. Rows in
 * between are written back as read — this runs under the lock, so nobody changed them.
 */
export function writeRows(
  tables: TablesPort,
  tab: LoadedTab,
  changed: ReadonlyMap<number, Readonly<Record<string, Cell>>>,
  added: readonly Readonly<Record<string, Cell>>[],
): void {
  if (changed.size === 0 && added.length === 0) return;
  if (ensureHeader(tables, tab)) {
    tables.write(tab.tabName, 0, 0, [
      defaultHeader(tab.spec),
      ...added.map((r) => recordToRow(tab.header, r)),
    ]);
    return;
  }
  const columns = Object.values(tab.header.index) as number[];
  const minCol = Math.min(...columns);
  const maxCol = Math.max(...columns);
  const width = Math.max(tab.header.width, maxCol + 1);
  const firstNew = tab.grid.length + 1;
  // Loops, not Math.min(...rows): a spread of many thousands of rows can overflow the stack.
  let first = firstNew;
  let lastChanged = 0;
  for (const row of changed.keys()) {
    if (row < first) first = row;
    if (row > lastChanged) lastChanged = row;
  }
  const last = added.length > 0 ? firstNew + added.length - 1 : lastChanged;
  const block: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    let line: Cell[];
    if (row >= firstNew) {
      line = recordToRow({ ...tab.header, width }, added[row - firstNew]!);
    } else {
      const original = tab.grid[row - 1] ?? [];
      line = Array.from({ length: width }, (_, i) => original[i] ?? null);
      const overlay = changed.get(row);
      if (overlay) {
        for (const [key, value] of Object.entries(overlay)) {
          const at = (tab.header.index as Record<string, number | undefined>)[key];
          if (at !== undefined) line[at] = value;
        }
      }
    }
    block.push(line.slice(minCol, maxCol + 1));
  }
  tables.write(tab.tabName, first - 1, minCol, block);
}

/** One audit row of "Phản hồi gốc", as far as the pipeline needs it. */
export interface RawLogEntry {
  readonly row: number;
  readonly responseId: string;
  readonly form: string;
  readonly cells: Readonly<Record<string, Cell>>;
}

export interface RawLog {
  readonly tab: LoadedTab;
  readonly ids: ReadonlySet<string>;
  /** In sheet order, i.e. order of arrival. */
  readonly entries: readonly RawLogEntry[];
}

export function loadRawLog(tables: TablesPort, allTabNames: readonly string[]): RawLog {
  const tab = loadTab(tables, RAW_RESPONSES_TABLE, allTabNames);
  const entries: RawLogEntry[] = [];
  const ids = new Set<string>();
  for (const { row, cells } of tab.rows) {
    const responseId = cellText(cells['responseId']).trim();
    if (responseId === '') continue;
    ids.add(responseId);
    entries.push({ row, responseId, form: cellText(cells['form']).trim(), cells });
  }
  return { tab, ids, entries };
}

/**
 * Every response of one form in the raw log, normalised against the plan as it is now, in
 * order of arrival (each id once). Rows that are not ours (edited by hand) are skipped.
 */
export function rawHistory(log: RawLog, formId: FormId, context: NormaliseContext): NormalisedResponse[] {
  const out: NormalisedResponse[] = [];
  const seen = new Set<string>();
  for (const entry of log.entries) {
    if (entry.form !== formId || seen.has(entry.responseId)) continue;
    const raw = rawResponseFromRecord(entry.cells);
    if (!raw) continue;
    seen.add(entry.responseId);
    out.push(normaliseResponse(formId, { ...raw, responseId: entry.responseId }, context));
  }
  return out;
}
