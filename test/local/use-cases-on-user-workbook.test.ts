import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { LOG_TABLE } from '../../src/core/schema/tables';
import { foldHeader } from '../../src/core/text';
import { setup } from '../../src/app/plan/setup';
import { validatePlan } from '../../src/app/plan/validate-plan';
import { fixedClock } from '../../src/local/runtime/clock';
import { localPorts } from '../../src/local/commands/local-ports';
import { Workbook } from '../../src/local/workbook/workbook';
import { USER_HEADER, userWorkbookFile } from './user-workbook';

const NOW = fixedClock(new Date('2021-09-30T03:00:00Z'));
const FINDINGS = foldHeader('Kết quả kiểm tra');
const LOG = LOG_TABLE.name;

/** Every cell outside the findings columns, by tab: what validation must never change. */
function userCells(tables: Workbook): Record<string, Grid> {
  const out: Record<string, Grid> = { [LOG]: [] };
  for (const name of tables.tableNames()) {
    const grid = tables.read(name) ?? [];
    const skip = (grid[0] ?? []).map((h) => typeof h === 'string' && foldHeader(h) === FINDINGS);
    out[name] = grid.map((row) => row.filter((_, j) => !skip[j]));
  }
  return out;
}

describe('setup and validate on a workbook the user reordered and extended', () => {
  it('setup keeps the user’s columns, their order and their values; new headers only go after them', async () => {
    const file = await userWorkbookFile();
    const tables = await Workbook.open(file);
    const before = tables.read('Hoạt động')!;
    setup(localPorts(tables, file, NOW), { plan: 'seed' });
    await tables.save(file);
    const after = (await Workbook.open(file)).read('Hoạt động')!;
    expect(after[0]!.slice(0, USER_HEADER.length)).toEqual(USER_HEADER);
    // No default activity is poured into a tab that already has the user's rows.
    expect(after.slice(0, before.length).map((r) => r.slice(0, USER_HEADER.length))).toEqual(before);
  });

  it('validate writes findings only into the findings columns, and saving keeps that true', async () => {
    const file = await userWorkbookFile();
    const tables = await Workbook.open(file);
    setup(localPorts(tables, file, NOW), { plan: 'seed' });
    await tables.save(file);
    const reopened = await Workbook.open(file);
    const before = userCells(reopened);
    validatePlan(localPorts(reopened, file, NOW));
    await reopened.save(file);
    const after = userCells(await Workbook.open(file));
    // The log tab only grows: validation appends its line after the earlier ones.
    const [logBefore, logAfter] = [before[LOG] ?? [], after[LOG] ?? []];
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter.length).toBe(logBefore.length + 1);
    delete after[LOG];
    delete before[LOG];
    expect(after).toEqual(before);
  });
});
