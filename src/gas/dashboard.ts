import { buildDashboard } from '../app/dashboard/build-dashboard';
import type { CellLink } from '../app/dashboard/dashboard-findings';
import { uiLanguage } from '../app/jobs/language';
import type { DashboardModel } from '../core/dashboard/dashboard-model';
import {
  dashboardPayload,
  renderDashboardSidebar,
  type DashboardPayload,
} from '../core/dashboard/render-dashboard';
import { catalogue } from '../core/i18n/catalogue';
import { gasRuntime, type GasRuntime } from './runtime';

/**
 * "Bảng điều khiển" in the spreadsheet: a sidebar (HtmlService, which the script.container.ui
 * scope already covers) whose figures come from one server function, dashboardData(), read
 * again when the principal presses "Làm mới".
 */

/** The model over this spreadsheet: each tab read once, the mail quota asked once. */
function modelNow(runtime: GasRuntime): DashboardModel {
  return buildDashboard({
    tables: runtime.tables,
    clock: runtime.clock,
    env: runtime.env,
    mailQuota: () => runtime.mail.remainingDailyQuota(),
    cellLink: cellLinks(runtime.spreadsheet),
    properties: runtime.properties,
  });
}

/**
 * A cell opens by the sheet's address with its tab's id and the range (…/edit#gid=ID&range=B5).
 * The tabs' ids are asked for once, on the first link.
 */
function cellLinks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CellLink {
  let ids: Map<string, number> | undefined;
  let url = '';
  return (tab, cell) => {
    if (!ids) {
      url = spreadsheet.getUrl().replace(/[?#].*$/, '');
      ids = new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet.getSheetId()] as const));
    }
    const id = ids.get(tab);
    if (id === undefined) return undefined;
    return `${url}#gid=${id}${cell === '' ? '' : `&range=${encodeURIComponent(cell)}`}`;
  };
}

/** Menu "Bảng điều khiển": the sidebar, with today's figures already in it. */
export function showDashboardSidebar(): void {
  const runtime = gasRuntime();
  const model = modelNow(runtime);
  const output = HtmlService.createHtmlOutput(renderDashboardSidebar(model, model.language)).setTitle(
    catalogue(uiLanguage(runtime.properties)).dashboard.title,
  );
  SpreadsheetApp.getUi().showSidebar(output);
}

/** What the sidebar's "Làm mới" asks for through google.script.run: plain data only. */
export function dashboardDataNow(): DashboardPayload {
  const model = modelNow(gasRuntime());
  return dashboardPayload(model, model.language);
}
