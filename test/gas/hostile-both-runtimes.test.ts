import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleFormSubmit } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import type { Grid, LocalDateTime } from '../../src/core/cell';
import type { FormId } from '../../src/core/forms';
import {
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/tables';
import { Workbook } from '../../src/local/workbook/workbook';
import type { TablesPort } from '../../src/ports';
import { corpus, dt, toRaw } from '../support/hostile-corpus';
import { MemoryTables } from '../support/memory-tables';
import { freshTables } from './adapter-on-fakes';

/**
 * The hostile corpus through the same pipeline on each runtime's own tables adapter: the Google
 * Sheet (SheetTables over the strict fakes, where a string starting with "=" would become a
 * live formula), the local .xlsx (saved and opened again) and plain memory. Every runtime must
 * end with the same raw and normalised tabs, and the sheet with no formula in any cell.
 */
const TABS = [RAW_RESPONSES_TABLE, ATTENDANCE_TABLE, TRAINING_SIGNUPS_TABLE, NOMINATIONS_TABLE];

function play(tables: TablesPort): void {
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 5, 1, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(ports, { plan: 'seed', sample: true });
  const closedAt: Partial<Record<FormId, LocalDateTime>> = {};
  for (const [form, iso] of Object.entries(corpus.context.closedAt)) closedAt[form as FormId] = dt(iso!);
  for (const entry of corpus.responses) {
    const raw = toRaw(entry);
    for (let i = 0; i < (entry.deliverTwice ? 2 : 1); i++) {
      handleFormSubmit(ports, { formId: entry.form, raw, source: 'JSON' }, { closedAt });
    }
  }
}

const tabsOf = (tables: TablesPort): Record<string, Grid | undefined> =>
  Object.fromEntries(TABS.map((spec) => [spec.name, tables.read(spec.name)]));

describe('the hostile corpus in both runtimes', () => {
  it('leaves the same tabs in the Google Sheet, the .xlsx and memory, and no formula in the sheet', async () => {
    const memory = new MemoryTables();
    play(memory);
    const expected = tabsOf(memory);
    expect(expected[RAW_RESPONSES_TABLE.name]!.length).toBeGreaterThan(corpus.responses.length / 2);

    const { fakes, tables: sheet } = freshTables();
    play(sheet);
    expect(tabsOf(sheet)).toEqual(expected);
    for (const spec of TABS) {
      const stored = fakes.spreadsheet.sheet(spec.name)!;
      const formulas = stored.getRange(1, 1, stored.getLastRow(), stored.getLastColumn()).getFormulas();
      expect(
        formulas.flat().filter((f) => f !== ''),
        spec.name,
      ).toEqual([]);
    }

    const dir = mkdtempSync(join(tmpdir(), 'hostile-xlsx-'));
    try {
      const book = Workbook.create();
      play(book);
      const file = join(dir, 'hostile.xlsx');
      await book.save(file);
      expect(tabsOf(await Workbook.open(file))).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
