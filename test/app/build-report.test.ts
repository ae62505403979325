import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/app/report/build-report';
import { ALL_TABLES } from '../../src/core/schema/tables';
import type { TableKey } from '../../src/core/schema/types';
import { MemoryTables } from '../support/memory-tables';
import { d, sampleGrids } from '../core/report/report-fixture';

function tablesOf(grids: ReturnType<typeof sampleGrids>): MemoryTables {
  const tables = new MemoryTables();
  for (const spec of ALL_TABLES) {
    const grid = grids[spec.key as TableKey];
    if (grid)
      tables.tabs.set(
        spec.name,
        grid.map((r) => r.slice()),
      );
  }
  tables.tabs.set('Nhật ký', [['Thời điểm', 'Tác vụ']]);
  return tables;
}

const env = { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' };

describe('buildReportModel', () => {
  it('reads each tab the report needs exactly once and writes nothing', () => {
    const tables = tablesOf(sampleGrids());
    buildReportModel({ tables, env, clock: { now: () => new Date('2021-10-07T10:30:00Z') } });
    expect(tables.calls).toMatchObject({ tableNames: 1, read: 9, write: 0, append: 0, create: 0 });
  });

  it('reports at "now" in the school’s zone, whatever the machine’s zone', () => {
    const tables = tablesOf(sampleGrids());
    // 10:30 UTC is 17:30 in Hồ Chí Minh: after the 17:00 report time, so final.
    const final = buildReportModel({ tables, env, clock: { now: () => new Date('2021-10-07T10:30:00Z') } });
    expect(final.at).toEqual(d(7, 17, 30));
    expect(final.preview).toBe(false);
    // 09:30 UTC is 16:30 there: still a preview.
    const early = buildReportModel({ tables, env, clock: { now: () => new Date('2021-10-07T09:30:00Z') } });
    expect(early.preview).toBe(true);
  });

  it('reports at the given moment when asked', () => {
    const model = buildReportModel(
      { tables: tablesOf(sampleGrids()), env, clock: { now: () => new Date('2030-01-01T00:00:00Z') } },
      { at: d(5, 12) },
    );
    expect(model.at).toEqual(d(5, 12));
    expect(model.preview).toBe(true);
  });

  it('builds from an empty spreadsheet', () => {
    const model = buildReportModel({ tables: new MemoryTables(), env, clock: { now: () => new Date(0) } });
    expect(model.blocks.length).toBeGreaterThan(10);
  });
});
