import { readCommendationRows } from '../../core/commendation/commendation-rows';
import { COMMENDATIONS_TABLE } from '../../core/schema/commendation-table';
import { readNominationRows } from '../../core/report/response-tabs';
import { NOMINATIONS_TABLE } from '../../core/schema/response-tables';
import { findTabName, mapHeader } from '../../core/table';
import type { TablesPort } from '../../ports';

/**
 * What the demo's principal decides, typed into the workbook as a principal would: every
 * proposal approved except the last person's ("không", so the decision is seen to leave them
 * out), and every nomination not yet reviewed marked "được chọn" — among them the sample's
 * nomination without consent, which the letter to the ward must still leave out. Only the demo
 * calls this; the default plan holds no approval.
 */
export function demoReview(tables: TablesPort): void {
  const names = tables.tableNames();
  const commendations = findTabName(COMMENDATIONS_TABLE, names);
  if (commendations) {
    const grid = tables.read(commendations) ?? [];
    const at = mapHeader(COMMENDATIONS_TABLE, grid[0] ?? []).index.decision;
    const rows = readCommendationRows(grid).filter((r) => r.decision === 'đề nghị');
    const lastPerson = rows.filter((r) => r.kind === 'cá nhân').at(-1);
    if (at !== undefined)
      for (const r of rows)
        tables.write(commendations, r.row - 1, at, [[r === lastPerson ? 'không' : 'đồng ý']]);
  }
  const nominations = findTabName(NOMINATIONS_TABLE, names);
  if (nominations) {
    const grid = tables.read(nominations) ?? [];
    const at = mapHeader(NOMINATIONS_TABLE, grid[0] ?? []).index.status;
    if (at !== undefined)
      for (const r of readNominationRows(grid))
        if (r.status === 'mới' || r.status === 'đã xem')
          tables.write(nominations, r.row - 1, at, [['được chọn']]);
  }
}
