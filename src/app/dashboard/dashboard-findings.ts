import type { Grid } from '../../core/cell';
import type { DashboardFindings } from '../../core/dashboard/dashboard-model';
import type { Finding } from '../../core/findings';
import { renderFinding } from '../../core/i18n/finding-messages';
import type { Language } from '../../core/plan';
import type { TableKey } from '../../core/schema/types';
import { cellText, columnLetter } from '../../core/table';

/** How many findings the page lists; the rest are counted, and each row's cell has them all. */
export const FINDINGS_SHOWN = 50;

/** Opens a cell of a tab, when the runtime can ("https://docs.google.com/…#gid=…&range=B5"). */
export type CellLink = (tab: string, cell: string) => string | undefined;

const norm = (text: string): string => text.normalize('NFC').trim().toLowerCase();

/** The finding's cell: its column found by the header text in the tab's first row. */
function cellOf(finding: Finding, grid: Grid | undefined): string {
  if (finding.row === undefined) return '';
  const header = grid?.[0] ?? [];
  const column =
    finding.column === undefined
      ? -1
      : header.findIndex((h) => norm(cellText(h)) === norm(finding.column ?? ''));
  return `${columnLetter(Math.max(0, column))}${finding.row}`;
}

/** The plan check's findings (errors first, as checkPlan sorts them), each with its cell. */
export function dashboardFindings(
  findings: readonly Finding[],
  grids: Partial<Record<TableKey, Grid | undefined>>,
  tabNames: Partial<Record<TableKey, string>>,
  language: Language,
  link: CellLink | undefined,
): DashboardFindings {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const ordered = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const shown = ordered.slice(0, FINDINGS_SHOWN).map((f) => {
    const tab = tabNames[f.table] ?? f.tableName;
    const cell = cellOf(f, grids[f.table]);
    return {
      severity: f.severity,
      tab,
      cell,
      text: renderFinding(f, language),
      href: link?.(tab, cell) ?? null,
    };
  });
  return { errors, warnings: findings.length - errors, shown };
}
