/**
 * The week's report for leadership: figures computed once from the tabs at a given
 * moment, laid out as a tree of blocks that each runtime renders (docx locally, DocumentApp in
 * Apps Script). buildReport(input) → ReportModel; reportFigures(input) → the figures alone.
 */
export * from './blocks';
export * from './build-report-model';
export { NO_DATA, NOT_FILLED, PREVIEW_MARK } from './report-text';
export type { ActivityParticipation } from './participation';
export { DISTRICT_FIGURE_KEYS } from './district-figures';
export { figuresGrid, FIGURES_TAB_NAMES } from './figures-tab';
