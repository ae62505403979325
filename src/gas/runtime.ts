import type { AppPorts } from '../app/ports-bundle';
import { consoleLog, environment, scriptLock, scriptProperties, systemClock } from './services';
import { SheetTables } from './tables';

export interface GasRuntime extends AppPorts {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Composes the ports over the spreadsheet this script is bound to. One per execution. */
export function gasRuntime(): GasRuntime {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    throw new Error('Không tìm thấy bảng tính: script phải được gắn với một Google Sheet.');
  }
  const tables = new SheetTables(spreadsheet, () => SpreadsheetApp.newDataValidation());
  return {
    spreadsheet,
    tables,
    env: environment(() => tables.timeZone()),
    clock: systemClock(),
    properties: scriptProperties(),
    lock: scriptLock(),
    log: consoleLog(),
  };
}
