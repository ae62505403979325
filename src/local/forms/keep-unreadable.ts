import { appendRecords, loadRawLog } from '../../app/forms/response-store';
import { unreadableRecord, type UnreadableRow } from '../../core/forms/unreadable-record';
import { toWallClock } from '../../core/time-zone';
import type { ClockPort, LockPort, TablesPort } from '../../ports';

export interface KeptRows {
  /** Raw-log ids of the rows added now. */
  readonly kept: readonly string[];
  /** Rows the raw log already held (the same file imported again). */
  readonly already: number;
  /** Rows whose content did not fit the raw log's four cells: their id and what was kept. */
  readonly overflow: readonly { readonly responseId: string; readonly kept: number }[];
}

/**
 * Imported rows that could not become responses go into "Phản hồi gốc" anyway, under the same
 * lock as the import and in one append: what a school received is never dropped, only flagged.
 */
export function keepUnreadable(
  ports: { tables: TablesPort; clock: ClockPort; lock: LockPort },
  rows: readonly UnreadableRow[],
  options: { source: string; timeZone: string },
): KeptRows {
  if (rows.length === 0) return { kept: [], already: 0, overflow: [] };
  return ports.lock.withLock(30_000, () => {
    const log = loadRawLog(ports.tables, ports.tables.tableNames());
    const receivedAt = toWallClock(ports.clock.now(), options.timeZone);
    // The .xlsx workbook says how long a cell may be; a port that does not is Google's 50,000.
    const cellLimit = (ports.tables as { cellLimit?: number }).cellLimit;
    const seen = new Set(log.ids);
    const made = [];
    let already = 0;
    for (const row of rows) {
      const entry = unreadableRecord(row, {
        receivedAt,
        source: options.source,
        ...(cellLimit !== undefined ? { cellLimit } : {}),
      });
      if (seen.has(entry.responseId)) {
        already++;
        continue;
      }
      seen.add(entry.responseId);
      made.push(entry);
    }
    appendRecords(
      ports.tables,
      log.tab,
      made.map((m) => m.record),
    );
    return {
      kept: made.map((m) => m.responseId),
      already,
      overflow: made.filter((m) => m.overflow).map(({ responseId, kept }) => ({ responseId, kept })),
    };
  });
}
