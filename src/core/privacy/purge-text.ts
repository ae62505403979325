import type { PurgedTable } from './personal-columns';
import type { PurgePlan } from './purge-plan';

/** How each purged tab is named to the principal, with the unit of its rows. */
export const PURGED_TABLE_LABELS: Readonly<Record<PurgedTable, { tab: string; unit: string }>> = {
  families: { tab: 'Phụ huynh', unit: 'gia đình' },
  nominations: { tab: 'Đề cử gia đình hiếu học', unit: 'đề cử' },
  trainingSignups: { tab: 'Đăng ký tập huấn', unit: 'đăng ký của phụ huynh' },
  rawResponses: { tab: 'Phản hồi gốc', unit: 'phản hồi' },
  outbox: { tab: 'Hộp thư đi', unit: 'thư' },
};

/** One line per tab with something purged: `Phụ huynh: 150 gia đình`. */
export function purgeSummaryLines(plan: PurgePlan): string[] {
  return plan.tabs.map((t) => {
    const label = PURGED_TABLE_LABELS[t.table];
    return `${label.tab}: ${t.rows.length} ${label.unit}`;
  });
}
