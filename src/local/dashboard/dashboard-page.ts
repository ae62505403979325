import { buildDashboard } from '../../app/dashboard/build-dashboard';
import type { DashboardModel } from '../../core/dashboard/dashboard-model';
import { renderDashboardHtml } from '../../core/dashboard/render-dashboard';
import type { Language } from '../../core/plan';
import { LocalEnvironment } from '../runtime/environment';
import { openForUpdate } from '../workbook/workbook-file';
import type { PropertiesPort, TablesPort } from '../../ports';
import { JsonProperties, propertiesPathOf } from '../files/json-properties';

export interface DashboardPageOptions {
  /** The page's language; default the workbook's ("Ngôn ngữ" in Settings). */
  readonly language?: Language;
  /** The moment the page shows the week at; default now. */
  readonly now?: Date;
  /** The workbook's properties, where each job's last run is kept; default none. */
  readonly properties?: Pick<PropertiesPort, 'get'>;
}

/**
 * The dashboard of a workbook: read under its file lock (nothing is written to it, so a
 * read-only file is fine), built as Apps Script builds it, but with no link to a cell, since
 * a browser cannot open a cell of an .xlsx file.
 */
export async function readDashboardModel(
  file: string,
  options: DashboardPageOptions = {},
): Promise<DashboardModel> {
  const { workbook, release } = await openForUpdate(file, 'read');
  try {
    return dashboardModelOf(workbook, { properties: new JsonProperties(propertiesPathOf(file)), ...options });
  } finally {
    release();
  }
}

/** The model of a workbook already open (the local server's copy in memory). */
export function dashboardModelOf(tables: TablesPort, options: DashboardPageOptions = {}): DashboardModel {
  const now = options.now ?? new Date();
  return buildDashboard(
    {
      tables,
      clock: { now: () => now },
      env: new LocalEnvironment(),
      ...(options.properties ? { properties: options.properties } : {}),
    },
    options.language ? { language: options.language } : {},
  );
}

/** The whole page of a workbook already open. */
export function dashboardPageOf(tables: TablesPort, options: DashboardPageOptions = {}): string {
  const model = dashboardModelOf(tables, options);
  return renderDashboardHtml(model, model.language);
}

/** The whole page, one self-contained HTML document. */
export async function renderDashboardPage(file: string, options: DashboardPageOptions = {}): Promise<string> {
  const model = await readDashboardModel(file, options);
  return renderDashboardHtml(model, model.language);
}
