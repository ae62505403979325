import type { AppPorts } from '../app/ports-bundle';
import { executionDeadline, type Deadline } from '../app/deadline';
import type { CheckpointPort, DocumentsPort, FormsPort, MailPort, SleepPort, TriggersPort } from '../ports';
import { continuationTriggers } from './continuation';
import { GasForms } from './forms';
import { GasReportDocuments } from './report-document';
import { mailApp, spreadsheetFlush, utilitiesSleep } from './mail';
import { consoleLog, environment, scriptLock, scriptProperties, systemClock } from './services';
import { SheetTables } from './tables';
import { uiLanguage } from '../app/jobs/language';
import { catalogue } from '../core/i18n/catalogue';

export interface GasRuntime extends AppPorts {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  sleep: SleepPort;
  checkpoint: CheckpointPort;
  triggers: TriggersPort;
  forms: FormsPort;
  documents: DocumentsPort;
  /** This execution's one deadline: the sweep, the calendar sync and the drain share it. */
  deadline: Deadline;
}

/**
 * Composes the ports over the spreadsheet this script is bound to. One per execution, made when
 * it starts (so its deadline counts from then). Building a port calls no service: each one
 * touches its service only when used.
 */
export function gasRuntime(): GasRuntime {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    throw new Error(catalogue(uiLanguage(scriptProperties())).shell.noSpreadsheet);
  }
  const tables = new SheetTables(spreadsheet, () => SpreadsheetApp.newDataValidation());
  const clock = systemClock();
  const deadline = executionDeadline(clock);
  const properties = scriptProperties();
  const log = consoleLog();
  return {
    spreadsheet,
    tables,
    env: environment(
      () => tables.timeZone(),
      () => spreadsheet.getSpreadsheetLocale(),
    ),
    clock,
    properties,
    lock: scriptLock(),
    log,
    mail: mailApp(),
    sleep: utilitiesSleep(),
    checkpoint: spreadsheetFlush(),
    triggers: continuationTriggers(properties, () => clock.now()),
    forms: new GasForms({ log: (message) => log.info(message) }),
    documents: new GasReportDocuments((message) => log.info(message), properties),
    deadline,
  };
}
