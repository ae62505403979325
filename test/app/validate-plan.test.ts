import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localDateTime, type Cell, type Grid } from '../../src/core/cell';
import { defaultHeader } from '../../src/core/table';
import { LOG_TABLE } from '../../src/core/schema/tables';
import { validatePlan } from '../../src/app/plan/validate-plan';
import { MemoryTables } from '../support/memory-tables';
import {
  CAMPAIGN,
  GOOD_SETTINGS,
  OPENING,
  TRAINING,
  activitiesTab,
  goodGrids,
  settingsTab,
  type ActivityRow,
} from '../core/validation/fixtures';

const FINDINGS_HEADER = 'Kết quả kiểm tra';
const NOW = new Date('2021-09-30T03:15:00Z'); // 10:15 in Hồ Chí Minh City

function workbook(activities: Grid = activitiesTab(), settings: Grid = settingsTab()): MemoryTables {
  const tables = new MemoryTables();
  const grids = goodGrids();
  tables.tabs.set('Cấu hình', settings);
  tables.tabs.set('Nhân sự', grids.people!);
  tables.tabs.set('Phụ huynh', grids.families!);
  tables.tabs.set('Hoạt động', activities);
  tables.tabs.set('Tuyên truyền', grids.outreach!);
  tables.tabs.set('Nhật ký', [defaultHeader(LOG_TABLE)]);
  return tables;
}

function run(tables: MemoryTables, spreadsheetTimeZone = 'Asia/Ho_Chi_Minh') {
  const logged: string[] = [];
  const report = validatePlan({
    tables,
    env: { spreadsheetTimeZone: () => spreadsheetTimeZone, scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
    clock: { now: () => NOW },
    log: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
  return { report, logged };
}

const clone = (tables: MemoryTables): Map<string, Cell[][]> =>
  new Map([...tables.tabs].map(([name, grid]) => [name, structuredClone(grid)]));

/** The grid with the findings column blanked, for comparing everything else. */
function withoutFindings(grid: Cell[][]): Cell[][] {
  const at = grid[0]?.indexOf(FINDINGS_HEADER) ?? -1;
  return grid.map((line, i) => line.map((c, j) => (j === at && i > 0 ? null : c)));
}

const slip: ActivityRow = {
  ...OPENING,
  'Bắt đầu': localDateTime(2020, 10, 5, 8),
  'Kết thúc': localDateTime(2020, 10, 5, 10),
};

describe('validatePlan (use case)', () => {
  it('writes findings into the findings column of their row, and changes no other cell', () => {
    const tables = workbook(activitiesTab([CAMPAIGN, slip, { ...TRAINING, 'Số chỗ': null }]));
    const before = clone(tables);
    const { report } = run(tables);

    for (const [name, grid] of before) {
      if (name === 'Nhật ký') continue;
      expect(withoutFindings(tables.tabs.get(name)!), name).toEqual(withoutFindings(grid));
    }
    const activities = tables.tabs.get('Hoạt động')!;
    const col = activities[0]!.indexOf(FINDINGS_HEADER);
    expect(activities[1]![col]).toBeNull();
    expect(activities[2]![col]).toBe(
      [
        '• Lỗi: Ngày bắt đầu 05/10/2020 nằm ngoài tuần lễ 01/10/2021–07/10/2021. Sửa thành một ngày trong tuần lễ (có lẽ là 05/10/2021).',
        '• Lỗi: Ngày kết thúc 05/10/2020 nằm ngoài tuần lễ 01/10/2021–07/10/2021. Sửa thành một ngày trong tuần lễ (có lẽ là 05/10/2021).',
      ].join('\n'),
    );
    expect(String(activities[3]![col])).toMatch(/^• Cảnh báo: Hoạt động loại “tập huấn” chưa có số chỗ/);
    expect(report).toMatchObject({ errors: 2, warnings: 1, language: 'vi' });
    expect(report.summary).toBe(
      'Tuần lễ 2021 của Trường Mầm non 20/10: từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021. Kiểm tra xong: 2 lỗi, 1 cảnh báo. Xem cột “Kết quả kiểm tra” ở các tab: Hoạt động (3).',
    );
  });

  it('appends one line to the log with the school’s wall-clock time', () => {
    const tables = workbook(activitiesTab([CAMPAIGN, slip]));
    const { report, logged } = run(tables);
    const log = tables.tabs.get('Nhật ký')!;
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual([
      localDateTime(2021, 9, 30, 10, 15),
      'Kiểm tra kế hoạch',
      'Có lỗi',
      report.summary,
    ]);
    expect(logged).toEqual([report.summary]);
  });

  it('clears findings left by an earlier run once they are fixed', () => {
    const tables = workbook(activitiesTab([CAMPAIGN, slip]));
    run(tables);
    const grid = tables.tabs.get('Hoạt động')!;
    const col = grid[0]!.indexOf(FINDINGS_HEADER);
    expect(grid[2]![col]).not.toBeNull();
    grid[2]![grid[0]!.indexOf('Bắt đầu')] = localDateTime(2021, 10, 5, 8);
    grid[2]![grid[0]!.indexOf('Kết thúc')] = localDateTime(2021, 10, 5, 10);
    // A row emptied by the principal still holds last run's finding: it goes too.
    grid.push(grid[0]!.map((_, j) => (j === col ? '• Lỗi: cũ' : null)));
    const { report } = run(tables);
    expect(report.errors).toBe(0);
    const column = tables.tabs.get('Hoạt động')!.map((line) => line[col]);
    expect(column.slice(1)).toEqual([null, null, null]);
    expect(report.summary).toBe(
      'Tuần lễ 2021 của Trường Mầm non 20/10: từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021. Kiểm tra xong: 0 lỗi, 0 cảnh báo. Kế hoạch không có gì cần sửa.',
    );
  });

  it('writes nothing on a second run when nothing changed', () => {
    const tables = workbook(activitiesTab([CAMPAIGN, slip]));
    run(tables);
    tables.resetCalls();
    const before = clone(tables);
    run(tables);
    expect(tables.calls.write).toBe(0);
    expect(tables.tabs.get('Hoạt động')).toEqual(before.get('Hoạt động'));
  });

  it('adds the findings column after the user’s own columns when it is missing', () => {
    const grid = activitiesTab([CAMPAIGN, slip]).map((line) => [...line.slice(0, -1), 'ghi chú riêng']);
    grid[0]![grid[0]!.length - 1] = 'Ghi chú của tôi';
    const tables = workbook(grid);
    const before = structuredClone(grid);
    run(tables);
    const after = tables.tabs.get('Hoạt động')!;
    expect(after[0]).toEqual([...before[0]!, FINDINGS_HEADER]);
    expect(after.map((line) => line.slice(0, -1))).toEqual(before);
    expect(after[1]!.at(-1)).toBeNull();
    expect(String(after[2]!.at(-1))).toContain('05/10/2020');
  });

  it('puts tab-wide findings in the summary, and Settings findings on their row', () => {
    const tables = workbook(
      activitiesTab([CAMPAIGN]),
      settingsTab({ ...GOOD_SETTINGS, 'Chỉ tiêu dự khai mạc (%)': 150 }),
    );
    tables.tabs.delete('Phụ huynh');
    const { report } = run(tables, 'America/New_York');
    expect(report.summary).toContain('Phụ huynh — cảnh báo: Không tìm thấy tab “Phụ huynh”.');
    expect(report.summary).toContain('Cấu hình — cảnh báo: Múi giờ của bảng tính là America/New_York');
    const settings = tables.tabs.get('Cấu hình')!;
    const row = settings.findIndex((line) => line[0] === 'Chỉ tiêu dự khai mạc (%)');
    expect(String(settings[row]![3])).toContain('Chỉ tiêu 150 % nằm ngoài khoảng 0–100 %');
  });

  it('speaks English when Settings say so', () => {
    const tables = workbook(
      activitiesTab([CAMPAIGN, slip]),
      settingsTab({ ...GOOD_SETTINGS, 'Ngôn ngữ': 'English' }),
    );
    const { report } = run(tables);
    expect(report.language).toBe('en');
    expect(report.summary).toMatch(
      /^Week 2021 of .*: from Friday, 01\/10\/2021 to Thursday, 07\/10\/2021\. Check done: 2 errors, 0 warnings\./,
    );
    const grid = tables.tabs.get('Hoạt động')!;
    expect(String(grid[2]![grid[0]!.indexOf(FINDINGS_HEADER)])).toMatch(
      /^• Error: The start date 05\/10\/2020/,
    );
  });

  it('makes the same number of service calls for 100 and 5,000 activity rows', () => {
    const counts = [100, 5000].map((n) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        ...TRAINING,
        Mã: `HD${i}`,
        'Bắt đầu': i % 10 === 0 ? localDateTime(2020, 10, 5, 8) : localDateTime(2021, 10, 5, 8),
      }));
      const tables = workbook(activitiesTab(rows));
      const { report } = run(tables);
      expect(report.errors).toBe(n / 10);
      return tables.calls;
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toMatchObject({ read: 6, append: 1, tableNames: 1 });
    expect(counts[0]!.write).toBeLessThanOrEqual(5);
  });

  it('changes only findings cells, whatever the rows and the user’s own columns hold', () => {
    const variants: ActivityRow[] = [
      CAMPAIGN,
      OPENING,
      TRAINING,
      slip,
      { ...OPENING, 'Bắt đầu': '5/10', 'Số chỗ': '40' },
      { ...TRAINING, 'Kết thúc': localDateTime(2021, 10, 6, 7), 'Đối tượng': 'Tổ Chồi' },
      { ...TRAINING, Mã: 'HD04', 'Gửi lời mời': 'có lẽ' },
      {},
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...variants), { maxLength: 15 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
        fc.boolean(),
        (rows, userColumns, withFindingsColumn) => {
          const base = activitiesTab(rows).map((line, i) => [
            ...(withFindingsColumn ? line : line.slice(0, -1)),
            ...userColumns.map((u, j) => (i === 0 ? `Riêng ${j}` : u || null)),
          ]);
          const tables = workbook(base);
          const before = clone(tables);
          run(tables);
          for (const [name, grid] of before) {
            if (name === 'Nhật ký') continue;
            const after = tables.tabs.get(name)!;
            const width = grid[0]!.length;
            expect(withoutFindings(after).map((l) => l.slice(0, width))).toEqual(withoutFindings(grid));
            // Anything beyond the old width can only be the added findings column.
            for (const line of after) expect(line.length - width).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
