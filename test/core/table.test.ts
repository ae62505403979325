import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromUtcFields, localDateTime, type Cell, type Grid } from '../../src/core/cell';
import { ACTIVITIES_TABLE, ALL_TABLES, FAMILIES_TABLE, PEOPLE_TABLE } from '../../src/core/schema/tables';
import type { TableSpec } from '../../src/core/schema/types';
import { foldHeader } from '../../src/core/text';
import { isBlankCell, mapHeader, readTable, recordToRow } from '../../src/core/table';
import { checkPlan } from '../../src/core/validation';
import { ACTIVITY_HEADERS, CAMPAIGN, OPENING, TRAINING, goodGrids, tab } from './validation/fixtures';

/** Headers as principals retype them: shouting, no diacritics, decomposed Unicode, stray spaces. */
const VARIANTS: Record<string, (h: string) => string> = {
  asIs: (h) => h,
  upper: (h) => h.toUpperCase(),
  lower: (h) => h.toLowerCase(),
  noDiacritics: (h) =>
    h
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D'),
  nfd: (h) => h.normalize('NFD'),
  spaced: (h) => `  ${h.replace(/ /g, '   ')}\u00a0`,
};

function candidates(spec: TableSpec): Set<string> {
  return new Set(spec.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map(foldHeader)));
}

/** A user's own column header that cannot be mistaken for one of ours. */
const userHeader = (spec: TableSpec) =>
  fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => `Riêng ${s}`)
    .filter((h) => !candidates(spec).has(foldHeader(h)));

const textCell = fc.oneof(
  fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== ''),
  fc.integer({ min: -5, max: 5000 }),
  fc.constant(null),
);

interface Layout {
  spec: TableSpec;
  /** Header row: our columns (in random order, retyped) mixed with the user's. */
  header: string[];
  /** Column index → key (undefined for the user's columns). */
  keys: (string | undefined)[];
  body: Cell[][];
}

const layout: fc.Arbitrary<Layout> = fc.constantFrom(...ALL_TABLES).chain((spec) =>
  fc
    .record({
      order: fc.shuffledSubarray([...spec.columns], {
        minLength: spec.columns.length,
        maxLength: spec.columns.length,
      }),
      variants: fc.array(fc.constantFrom(...Object.keys(VARIANTS)), {
        minLength: spec.columns.length,
        maxLength: spec.columns.length,
      }),
      extras: fc.array(fc.tuple(userHeader(spec), fc.nat({ max: 40 })), { maxLength: 4 }),
      rows: fc.array(fc.option(fc.array(textCell, { minLength: 30, maxLength: 30 }), { freq: 4 }), {
        maxLength: 12,
      }),
    })
    .map(({ order, variants, extras, rows }) => {
      const columns: { header: string; key: string | undefined }[] = order.map((c, i) => ({
        header: VARIANTS[variants[i]!]!(c.header),
        key: c.key,
      }));
      for (const [header, at] of extras)
        columns.splice(at % (columns.length + 1), 0, { header, key: undefined });
      // A row of null is a blank row in the middle of the data; the rest have a value in every column.
      const body = rows.map((r) => columns.map((_, j) => (r === null ? null : (r[j] ?? 'x'))));
      return { spec, header: columns.map((c) => c.header), keys: columns.map((c) => c.key), body };
    }),
);

describe('mapping columns by header', () => {
  it('finds every column under any order, retyping and extra user columns, with no finding', () => {
    fc.assert(
      fc.property(layout, ({ spec, header, keys }) => {
        const map = mapHeader(spec, header);
        expect(map.findings).toEqual([]);
        for (const column of spec.columns) expect(map.index[column.key]).toBe(keys.indexOf(column.key));
        expect(map.width).toBe(header.length);
      }),
    );
  });

  it('reads each row’s values under the right keys, skipping blank rows but keeping sheet row numbers', () => {
    fc.assert(
      fc.property(layout, ({ spec, header, keys, body }) => {
        const table = readTable(spec, [header, ...body]);
        // A row counts when one of our columns that the principal fills has a value (any of
        // ours in an all-system tab such as the log); the user's own columns do not count.
        const allSystem = spec.columns.every((c) => c.system);
        const counts = (j: number): boolean =>
          keys[j] !== undefined && (allSystem || !spec.columns.find((k) => k.key === keys[j])?.system);
        const expectedRows = body
          .map((line, i) => ({ line, row: i + 2 }))
          .filter(({ line }) => line.some((c, j) => counts(j) && !isBlankCell(c)));
        expect(table.rows.map((r) => r.row)).toEqual(expectedRows.map((r) => r.row));
        for (const record of table.rows) {
          const line = body[record.row - 2]!;
          keys.forEach((key, j) => {
            if (key !== undefined) expect(record.cells[key]).toEqual(line[j]);
          });
        }
      }),
    );
  });

  it('round-trips read → recordToRow → read as identity, leaving the user’s columns as they were', () => {
    fc.assert(
      fc.property(layout, ({ spec, header, keys, body }) => {
        const grid: Grid = [header, ...body];
        const first = readTable(spec, grid);
        // Writing back: our values from the record, the user's own cells from the sheet untouched.
        const written = grid.map((line) => line.slice());
        for (const record of first.rows) {
          const ours = recordToRow(first.header, record.cells);
          written[record.row - 1] = ours.map((cell, j) =>
            keys[j] === undefined ? line(grid, record.row)[j]! : cell,
          );
        }
        expect(written).toEqual(grid);
        const second = readTable(spec, written);
        expect(second.rows).toEqual(first.rows);
      }),
    );
  });
});

const line = (grid: Grid, row: number): Cell[] => grid[row - 1]!;

const TAB_WIDE = new Set([
  'table.missing',
  'setting.missing',
  'env.spreadsheetTimeZone',
  'env.scriptTimeZone',
]);

function expectPlaced(findings: { code: string; row?: number; column?: string }[]): void {
  for (const f of findings) {
    if (TAB_WIDE.has(f.code)) continue;
    expect(f.row, f.code).toBeGreaterThanOrEqual(1);
    expect(typeof f.column, f.code).toBe('string');
  }
}

describe('a malformed sheet ends as findings with row and column, never as a throw', () => {
  it('missing and renamed headers', () => {
    const headers = ACTIVITY_HEADERS.filter((h) => h !== 'Kết thúc').map((h) =>
      h === 'Loại' ? 'Phân loại hoạt động' : h,
    );
    const { findings } = checkPlan({ ...goodGrids(), activities: tab(headers, [CAMPAIGN, OPENING]) });
    expect(findings.filter((f) => f.code === 'header.missing').map((f) => [f.row, f.column])).toEqual([
      [1, 'Loại'],
      [1, 'Kết thúc'],
    ]);
    expectPlaced(findings);
  });

  it('merged header text such as “Bắt đầu (ngày giờ)” still maps', () => {
    const headers = ACTIVITY_HEADERS.map((h) => (h === 'Bắt đầu' ? 'Bắt đầu (ngày giờ)' : h));
    const row = Object.fromEntries(
      Object.entries(OPENING).map(([k, v]) => [k === 'Bắt đầu' ? 'Bắt đầu (ngày giờ)' : k, v]),
    );
    const { plan, findings } = checkPlan({ ...goodGrids(), activities: tab(headers, [row]) });
    expect(findings.filter((f) => f.code.startsWith('header.'))).toEqual([]);
    expect(plan.activities[0]?.start).toEqual(localDateTime(2021, 10, 5, 8));
  });

  it('dates and numbers as text, and blank rows in the middle', () => {
    const grid = tab(ACTIVITY_HEADERS, [
      { ...OPENING, 'Bắt đầu': '5/10', 'Kết thúc': '05-10-2021' },
      {},
      { ...TRAINING, 'Bắt đầu': '05/10/2020', 'Kết thúc': '05/10/2020 21:00', 'Số chỗ': '40' },
    ]);
    const { findings } = checkPlan({ ...goodGrids(), activities: grid });
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => [f.row, f.column]);
    expect(at('date.noYear')).toEqual([[2, 'Bắt đầu']]);
    expect(at('date.text')).toEqual([
      [2, 'Kết thúc'],
      [4, 'Bắt đầu'],
      [4, 'Kết thúc'],
    ]);
    expect(at('number.text')).toEqual([[4, 'Số chỗ']]);
    expect(at('activity.outsideWeek')).toEqual([
      [4, 'Bắt đầu'],
      [4, 'Kết thúc'],
    ]);
    expectPlaced(findings);
  });

  it('5,000 rows with a slip every so often', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      ...TRAINING,
      Mã: `HD${i}`,
      'Bắt đầu': i % 97 === 0 ? '5/10' : localDateTime(2021, 10, 1 + (i % 7), 8 + (i % 10)),
      'Kết thúc': localDateTime(2021, 10, 1 + (i % 7), 18),
      'Người phụ trách (email)': `gv${i % 50}@example.edu.vn`,
      'Số chỗ': i % 89 === 0 ? 'nhiều' : 30,
    }));
    const { plan, findings } = checkPlan({ ...goodGrids(), activities: tab(ACTIVITY_HEADERS, rows) });
    expect(plan.activities).toHaveLength(5000);
    expect(findings.filter((f) => f.code === 'date.noYear')).toHaveLength(Math.ceil(5000 / 97));
    expect(findings.filter((f) => f.code === 'number.invalid')).toHaveLength(Math.ceil(5000 / 89));
    expectPlaced(findings);
  });

  it('random cells under random known headers', () => {
    const anyCell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '5/10',
        '05-10-2021',
        '05/10/2020',
        '40',
        'có',
        'x',
        '50 %',
        'a@b',
        'https://x.vn',
        '  ',
      ),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc
        .date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2100, 0, 1)),
          noInvalidDate: true,
        })
        .map(fromUtcFields),
    );
    const headerPool = [...ACTIVITIES_TABLE.columns, ...PEOPLE_TABLE.columns, ...FAMILIES_TABLE.columns].map(
      (c) => c.header,
    );
    const sheet = fc
      .array(fc.constantFrom(...headerPool, 'Mục', 'Giá trị', 'Năm', ''), { minLength: 0, maxLength: 12 })
      .chain((header) =>
        fc
          .array(fc.array(anyCell, { minLength: 0, maxLength: header.length + 2 }), { maxLength: 8 })
          .map((rows) => [header, ...rows] as Grid),
      );
    fc.assert(
      fc.property(
        fc.record({ settings: sheet, people: sheet, families: sheet, activities: sheet, outreach: sheet }),
        (grids) => {
          const { findings } = checkPlan(grids, {}, { spreadsheetTimeZone: 'UTC' });
          expectPlaced(findings);
        },
      ),
      { numRuns: 200 },
    );
  });
});
