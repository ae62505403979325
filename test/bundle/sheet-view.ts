import type { Cell, Grid } from '../../src/core/cell';
import { toWallClock } from '../../src/core/time-zone';
import { setup } from '../../src/app/plan/setup';
import { FAMILIES_TABLE, PEOPLE_TABLE, SETTINGS_TABLE } from '../../src/core/schema/tables';
import { cellText } from '../../src/core/table';
import { isFamilyMailLabel } from '../support/family-mail';
import { MemoryTables, trimGrid } from '../support/memory-tables';
import { DEFAULT_NOW } from '../gas/fakes';
import type { FakeSpreadsheet } from '../gas/fakes';

/** The fake sheet's stored values as the core's cells (dates as wall clock of the sheet's zone). */
export function gridOf(spreadsheet: FakeSpreadsheet, tab: string): Grid | undefined {
  const sheet = spreadsheet.sheet(tab);
  if (!sheet) return undefined;
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const cells = sheet.dump().map((row) =>
    row.map((stored): Cell => {
      if (!stored || stored.value === '') return null;
      if (stored.formula !== undefined) return `FORMULA ${stored.formula}`;
      if (Object.prototype.toString.call(stored.value) === '[object Date]')
        return toWallClock(stored.value as Date, zone);
      return stored.value as Cell;
    }),
  );
  return trimGrid(cells);
}

/** A tab's rows as records by header (test view). */
export function recordsOf(spreadsheet: FakeSpreadsheet, tab: string): Record<string, Cell>[] {
  const grid = gridOf(spreadsheet, tab) ?? [];
  const [header, ...rows] = grid;
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

/**
 * Setup in Apps Script writes no roster (a school types its own); tests put the sample roster
 * (40 staff, clearly fake addresses) into the People tab as a principal would paste it.
 */
export function pasteSampleRoster(spreadsheet: FakeSpreadsheet, options: { families?: boolean } = {}): void {
  const memory = new MemoryTables();
  const log = { info: () => undefined, error: () => undefined };
  setup({ tables: memory, clock: { now: () => new Date(DEFAULT_NOW) }, log }, { plan: 'seed', sample: true });
  const tabs = options.families ? [PEOPLE_TABLE.name, FAMILIES_TABLE.name] : [PEOPLE_TABLE.name];
  for (const name of tabs) {
    const grid = trimGrid(memory.tabs.get(name)!);
    const sheet = spreadsheet.sheet(name)!;
    const values = grid.map((row) =>
      row.map((cell) => (cell === null ? '' : (cell as string | number | boolean))),
    );
    sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  }
}

/**
 * Settings "Gửi thư cho phụ huynh" set to "có" in the live sheet, as the principal types it, for
 * the tests of what families are mailed; the product's default "không" mails them nothing.
 */
export function mailFamiliesInSheet(spreadsheet: FakeSpreadsheet): void {
  const sheet = spreadsheet.sheet(SETTINGS_TABLE.name);
  if (!sheet) throw new Error('no Settings tab');
  const row = sheet.dump().findIndex((r) => isFamilyMailLabel(cellText((r[0]?.value ?? null) as Cell)));
  if (row < 0) throw new Error('no "Gửi thư cho phụ huynh" row in Settings');
  sheet.getRange(row + 1, 2).setValue('có');
}
