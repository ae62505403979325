import { withTime, type Cell, type LocalDateTime } from '../../core/cell';
import { COMMENDATIONS_TABLE } from '../../core/schema/commendation-table';
import { cellSafe } from '../../core/forms/sanitise';
import { NOMINATIONS_TABLE } from '../../core/schema/response-tables';
import { choiceLabel } from '../../core/sheet-language';
import { cellText, findTabName, mapHeader } from '../../core/table';
import type { TableSpec } from '../../core/schema/types';
import { foldKey } from '../../core/text';
import type { LockPort, TablesPort } from '../../ports';

const LOCK_WAIT_MS = 10_000;

/**
 * Writes one column's cells on the rows whose key column holds one of the keys. The tab is read
 * again under the lock, so a row sorted or inserted meanwhile is still found by its key.
 */
function writeByKey(
  tables: TablesPort,
  spec: TableSpec,
  keyColumn: string,
  values: ReadonlyMap<string, Partial<Record<string, Cell>>>,
): number {
  const name = findTabName(spec, tables.tableNames());
  if (name === undefined || values.size === 0) return 0;
  const grid = tables.read(name) ?? [];
  if (grid.length === 0) return 0;
  const header = mapHeader(spec, grid[0]!);
  const keyAt = header.index[keyColumn];
  if (keyAt === undefined) return 0;
  const wanted = new Map([...values].map(([k, v]) => [foldKey(k), v]));
  let written = 0;
  grid.slice(1).forEach((line, i) => {
    const cells = wanted.get(foldKey(cellText(line[keyAt] ?? null)));
    if (!cells) return;
    for (const [column, value] of Object.entries(cells)) {
      const at = header.index[column];
      if (at === undefined) continue;
      const word = typeof value === 'string' && header.language === 'en' ? choiceLabel(value, 'en') : value;
      tables.write(name, i + 1, at, [[word ?? null]]);
    }
    written++;
  });
  return written;
}

/** "Đã tạo" of each commendation row, by its id. */
export function recordCommendationStates(
  ports: { readonly tables: TablesPort; readonly lock: LockPort },
  states: ReadonlyMap<string, string>,
): number {
  return ports.lock.withLock(LOCK_WAIT_MS, () =>
    writeByKey(
      ports.tables,
      COMMENDATIONS_TABLE,
      'id',
      new Map([...states].map(([id, state]) => [id, { state: cellSafe(state) }])),
    ),
  );
}

/** The nominations the ward letter named: "đã gửi phường" and the day it was sent. */
export function recordWardSent(
  ports: { readonly tables: TablesPort; readonly lock: LockPort },
  responseIds: readonly string[],
  on: LocalDateTime,
): number {
  const day = withTime(on, 0);
  return ports.lock.withLock(LOCK_WAIT_MS, () =>
    writeByKey(
      ports.tables,
      NOMINATIONS_TABLE,
      'responseId',
      new Map(responseIds.map((id) => [id, { status: 'đã gửi phường', sentOn: day }])),
    ),
  );
}
