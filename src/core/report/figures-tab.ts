import type { Grid } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { ReportModel } from './blocks';

/**
 * The "Số liệu báo cáo" tab as a grid: key, label, value, one row per figure in the order of
 * DISTRICT_FIGURE_KEYS. A reader across schools goes by the key in column A; a value nobody
 * reported is an empty cell, never 0.
 */

/** The tab's name in each language: a writer keeps whichever the sheet already has. */
export const FIGURES_TAB_NAMES = [catalogue('vi').report.figures.tab, catalogue('en').report.figures.tab];

export function figuresGrid(model: ReportModel): Grid {
  const t = catalogue(model.language).report.figures;
  return [[...t.header], ...(model.figures ?? []).map((x) => [x.key, t.labels[x.key], x.value ?? null])];
}
