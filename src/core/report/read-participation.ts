import type { Grid } from '../cell';
import type { ActivityParticipation } from './participation';
import { ACTIVITY_RESULTS_TABLE } from '../schema/response-tables';
import { cellText, readTable } from '../table';

type CountKey = 'staff' | 'children' | 'parents' | 'others';
const COUNT_KEYS: readonly CountKey[] = ['staff', 'children', 'parents', 'others'];

/**
 * Who took part in each activity, from the "Kết quả hoạt động" grid, for the report. Only a
 * count that is a number in its cell counts: a "khoảng 30" was flagged when recorded and is
 * left undefined here, so the report says it was not reported instead of counting 0. One
 * entry per activity; if the tab holds two rows for one (copied by hand), the later one wins.
 */
export function activityParticipation(grid: Grid | undefined): ActivityParticipation[] {
  if (!grid || grid.length === 0) return [];
  const byActivity = new Map<string, { at: string; entry: ActivityParticipation }>();
  for (const { cells } of readTable(ACTIVITY_RESULTS_TABLE, grid).rows) {
    const activityId = cellText(cells.activityId).trim().toUpperCase();
    if (activityId === '') continue;
    const entry: { activityId: string } & Partial<Record<CountKey, number>> = { activityId };
    for (const key of COUNT_KEYS) {
      const value = cells[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) entry[key] = value;
    }
    const at = cellText(cells.submittedAt);
    const known = byActivity.get(activityId);
    if (!known || at >= known.at) byActivity.set(activityId, { at, entry });
  }
  return [...byActivity.values()].map((v) => v.entry).sort((a, b) => (a.activityId < b.activityId ? -1 : 1));
}
