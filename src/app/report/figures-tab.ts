import { catalogue } from '../../core/i18n/catalogue';
import { figuresGrid, FIGURES_TAB_NAMES, type ReportModel } from '../../core/report';
import type { TablesPort } from '../../ports';

/**
 * Writes the report's figures to their own tab, made on first use in the sheet's language and
 * rewritten whole by every report, so the tab always holds the figures of the last report.
 * Rows a longer earlier write left below are blanked, never left behind as stale figures.
 */
export function writeFiguresTab(tables: TablesPort, model: ReportModel): string {
  const names = tables.tableNames();
  const name =
    FIGURES_TAB_NAMES.find((n) => names.includes(n)) ?? catalogue(model.language).report.figures.tab;
  tables.create(name);
  const grid = figuresGrid(model);
  const before = tables.read(name) ?? [];
  const width = grid[0]!.length;
  const blank = Array.from({ length: Math.max(0, before.length - grid.length) }, () =>
    Array.from({ length: width }, () => null),
  );
  tables.write(name, 0, 0, [...grid, ...blank]);
  return name;
}
