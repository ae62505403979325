import type { Cell, Grid } from '../../core/cell';
import type { Finding } from '../../core/findings';
import { CELL_LIMIT, type LedgerRow, type OutboxEntry } from '../../core/outbox/entry';
import { fitToCell } from '../../core/outbox/enqueue';
import {
  entryToRecord,
  parseLedger,
  readLedgerTable,
  sameKey,
  type OutboxColumn,
  type ParsedLedger,
} from '../../core/outbox/ledger-rows';
import { outboxStatus, type OutboxStatus } from '../../core/outbox/status';
import { OUTBOX_TABLE } from '../../core/schema/outbox-table';
import { defaultHeader, recordToRow, type HeaderMap } from '../../core/table';
import type { TablesPort } from '../../ports';

/**
 * The ledger tab "Hộp thư đi" through the TablesPort: one read per use, writes as one
 * rectangular block however many rows change
 * (docs/ARCHITECTURE.md, section 5).
 */
export interface LoadedOutbox {
  /** The tab's name as found (Vietnamese or its English alias); undefined when there is no tab. */
  readonly tabName: string | undefined;
  readonly grid: Grid;
  readonly header: HeaderMap<OutboxColumn>;
  readonly ledger: ParsedLedger;
  /** True when the header row lacks a required column: nothing may be written then. */
  readonly broken: boolean;
}

export function loadOutbox(tables: TablesPort): LoadedOutbox {
  for (const name of [OUTBOX_TABLE.name, ...OUTBOX_TABLE.aliases]) {
    const grid = tables.read(name);
    if (grid === undefined) continue;
    const table = readLedgerTable(grid);
    const ledger = parseLedger(table);
    const broken = grid.length > 0 && table.header.findings.some((f) => f.code === 'header.missing');
    return { tabName: name, grid, header: table.header, ledger, broken };
  }
  const table = readLedgerTable(undefined);
  return { tabName: undefined, grid: [], header: table.header, ledger: parseLedger(table), broken: false };
}

export interface EnqueueResult {
  /** Keys appended now. */
  readonly added: string[];
  /** Keys already in the ledger (or repeated in the request): nothing done for them. */
  readonly alreadyQueued: string[];
  readonly findings: readonly Finding[];
}

/**
 * Appends the entries whose key is new, in one append. Creates the tab (with its header) when
 * it is missing. Call it under the script lock: the read and the append must not interleave
 * with another execution's.
 */
/** `limit`: at most this many new entries now; the rest are left for a later call to queue. */
export function enqueueEntries(
  tables: TablesPort,
  candidates: readonly OutboxEntry[],
  limit = Number.POSITIVE_INFINITY,
): EnqueueResult {
  let store = loadOutbox(tables);
  if (store.broken) return { added: [], alreadyQueued: [], findings: store.ledger.findings };
  if (store.tabName === undefined || store.grid.length === 0) {
    const name = store.tabName ?? OUTBOX_TABLE.name;
    tables.create(name);
    tables.write(name, 0, 0, [defaultHeader(OUTBOX_TABLE)]);
    store = {
      ...store,
      tabName: name,
      grid: [defaultHeader(OUTBOX_TABLE)],
      header: readLedgerTable([defaultHeader(OUTBOX_TABLE)]).header,
    };
  }
  // A key is the same however its letters are cased or spaced (a row copied by hand).
  const seen = new Set(store.ledger.keys);
  const added: string[] = [];
  const alreadyQueued: string[] = [];
  const rows: Cell[][] = [];
  for (const entry of candidates) {
    if (seen.has(sameKey(entry.key))) {
      alreadyQueued.push(entry.key);
      continue;
    }
    if (added.length >= limit) continue;
    seen.add(sameKey(entry.key));
    added.push(entry.key);
    const kept = fitToCell(entry, tables.cellLimit ?? CELL_LIMIT, store.header.language);
    rows.push(recordToRow(store.header, entryToRecord(kept)));
  }
  if (rows.length > 0) tables.append(store.tabName!, rows);
  return { added, alreadyQueued, findings: store.ledger.findings };
}

/**
 * Writes the changed entries back as ONE block: the rows from the first to the last changed
 * one, the columns from the first to the last ledger column. Rows in between are written as
 * `current` has them (what this execution already wrote), else as they were read: this runs
 * under the lock, so nobody else changed them meanwhile.
 */
export function writeLedgerRows(
  tables: TablesPort,
  store: LoadedOutbox,
  changed: readonly LedgerRow[],
  current: ReadonlyMap<number, OutboxEntry> = new Map(),
): void {
  if (changed.length === 0 || store.tabName === undefined) return;
  const byRow = new Map(changed.map((c) => [c.row, c.entry]));
  const rowsSorted = [...byRow.keys()].sort((a, b) => a - b);
  const first = rowsSorted[0]!;
  const last = rowsSorted[rowsSorted.length - 1]!;
  const columns = Object.values(store.header.index) as number[];
  const minCol = Math.min(...columns);
  const maxCol = Math.max(...columns);
  const width = Math.max(store.header.width, maxCol + 1);
  const block: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    const original = store.grid[row - 1] ?? [];
    const line: Cell[] = Array.from({ length: width }, (_, i) => original[i] ?? null);
    const entry = byRow.get(row) ?? current.get(row);
    if (entry) {
      const fresh = recordToRow({ ...store.header, width }, entryToRecord(entry));
      for (const at of columns) line[at] = fresh[at] ?? null;
    }
    block.push(line.slice(minCol, maxCol + 1));
  }
  tables.write(store.tabName, first - 1, minCol, block);
}

/** The outbox at a glance (one read): counts per state and the rows that need a look. */
export function readOutboxStatus(tables: TablesPort): OutboxStatus {
  return outboxStatus(loadOutbox(tables).ledger);
}
