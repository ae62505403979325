import type { TableSpec } from '../../src/core/schema/types';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import {
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/response-tables';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { DEFAULT_NOW, type FakeSpreadsheet } from '../gas/fakes';
import { MemoryTables } from '../support/memory-tables';
import type { LoadedBundle } from './load-bundle';
import { withPlan } from './outbox-world';

export const REPORT_TABS = [ATTENDANCE_TABLE, TRAINING_SIGNUPS_TABLE, NOMINATIONS_TABLE, RAW_RESPONSES_TABLE];

/**
 * The response tabs after the sample week's responses arrived: recorded by the same pipeline
 * the submit triggers run, on memory tables, then pasted. `copies` repeats the attendance rows
 * (as a school with many more answers would have) to show the report's cost does not follow.
 * `specs`: the tabs to give (default the report's).
 */
export function sampleResponseTabs(
  copies = 1,
  specs: readonly TableSpec[] = REPORT_TABS,
): Map<string, (string | number | boolean)[][]> {
  const memory = new MemoryTables();
  const log = { info: () => undefined, error: () => undefined };
  const clock = { now: () => new Date(DEFAULT_NOW) };
  setup({ tables: memory, clock, log }, { plan: 'seed', sample: true });
  importResponses({ tables: memory, clock, log, lock: { withLock: (_ms, fn) => fn() } }, sampleResponses());
  const tabs = new Map<string, (string | number | boolean)[][]>();
  for (const spec of specs) {
    const grid = memory.tabs.get(spec.name);
    if (!grid || grid.length === 0) continue;
    const [header, ...rows] = grid;
    const repeated = spec === ATTENDANCE_TABLE ? Array.from({ length: copies }, () => rows).flat() : rows;
    tabs.set(
      spec.name,
      [header!, ...repeated].map((row) =>
        header!.map((_, i) => {
          const cell = row[i] ?? null;
          if (cell === null) return '';
          if (typeof cell === 'object') return new Date(`${cell.iso}:00+07:00`) as unknown as string;
          return cell;
        }),
      ),
    );
  }
  return tabs;
}

export function pasteTabs(
  spreadsheet: FakeSpreadsheet,
  tabs: Map<string, (string | number | boolean)[][]>,
): void {
  for (const [name, values] of tabs) {
    const sheet = spreadsheet.sheet(name)!;
    const missing = values.length - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  }
}

/** Setup, the sample roster, the sample week's responses. */
export function reportWorld(code: string, copies = 1): LoadedBundle {
  const bundle = withPlan(code);
  pasteTabs(bundle.fakes.spreadsheet, sampleResponseTabs(copies));
  return bundle;
}
