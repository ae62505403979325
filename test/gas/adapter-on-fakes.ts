import { SheetTables } from '../../src/gas/tables';
import { createGasFakes, type GasFakeOptions, type GasFakes } from './fakes';

/** The real adapter over a fake spreadsheet: the cast is the only place the types are bridged. */
export function tablesOn(fakes: GasFakes): SheetTables {
  return new SheetTables(
    fakes.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    () =>
      fakes.globals.SpreadsheetApp.newDataValidation() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  );
}

export function freshTables(options: GasFakeOptions = {}): { fakes: GasFakes; tables: SheetTables } {
  const fakes = createGasFakes(options);
  return { fakes, tables: tablesOn(fakes) };
}
