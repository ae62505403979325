import { describe, expect, it } from 'vitest';
import { setup, type SetupOptions } from '../../src/app/plan/setup';
import { isLocalDateTime, localDateTime, type Cell } from '../../src/core/cell';
import { SETTINGS } from '../../src/core/schema/settings';
import {
  ACTIVITIES_TABLE,
  ACTIVITY_CATEGORIES,
  ALL_TABLES,
  LOG_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
} from '../../src/core/schema/tables';
import { defaultActivities, sampleRoster } from '../../src/core/seed';
import { defaultHeader, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';

/** 2021-09-30 10:00 in Hồ Chí Minh City (03:00 UTC), whatever the machine's zone. */
const NOW = new Date(Date.UTC(2021, 8, 30, 3, 0));

function run(tables: MemoryTables, options: SetupOptions = { plan: 'seed' }) {
  const messages: string[] = [];
  const result = setup(
    {
      tables,
      clock: { now: () => NOW },
      log: { info: (m) => messages.push(m), error: (m) => messages.push(m) },
    },
    options,
  );
  return { result, messages };
}

/** Log rows by header (readTable skips rows holding only system columns, and all log columns are). */
function logRows(tables: MemoryTables): Record<string, Cell>[] {
  const [header, ...body] = grid(tables, LOG_TABLE.name);
  const at = (h: string) => header!.indexOf(h);
  return body.map((line) => ({
    at: line[at('Thời điểm')] ?? null,
    action: line[at('Tác vụ')] ?? null,
    outcome: line[at('Kết quả')] ?? null,
    detail: line[at('Chi tiết')] ?? null,
  }));
}

const snapshot = (tables: MemoryTables) => structuredClone(Object.fromEntries(tables.tabs));
const grid = (tables: MemoryTables, name: string): Cell[][] => tables.read(name) ?? [];
const rowsOf = (tables: MemoryTables, spec: (typeof ALL_TABLES)[number], name = spec.name) =>
  readTable(spec, tables.read(name)).rows;

describe('setup on an empty spreadsheet', () => {
  it('creates all ten tabs in order, each with its header row', () => {
    const tables = new MemoryTables();
    const { result } = run(tables);
    expect(tables.tableNames()).toEqual(ALL_TABLES.map((s) => s.name));
    expect(result.createdTabs).toEqual(ALL_TABLES.map((s) => s.name));
    for (const spec of ALL_TABLES) expect(grid(tables, spec.name)[0]).toEqual(defaultHeader(spec));
  });

  it('fills Settings and the 2021 activities, exactly as the seed gives them', () => {
    const tables = new MemoryTables();
    const { result } = run(tables);
    expect(result.filledDefaultPlan).toBe(true);
    expect(result.addedSettings).toEqual(SETTINGS.map((s) => s.label));
    const settings = rowsOf(tables, SETTINGS_TABLE);
    expect(settings.map((r) => r.cells.label)).toEqual(SETTINGS.map((s) => s.label));
    expect(settings.find((r) => r.cells.label === 'Năm')?.cells.value).toBe(2021);
    const activities = rowsOf(tables, ACTIVITIES_TABLE);
    expect(activities).toHaveLength(result.activities);
    const expected = defaultActivities();
    activities.forEach((row, i) => {
      for (const [key, value] of Object.entries(expected[i]!)) {
        expect(row.cells[key as keyof typeof row.cells], `${String(expected[i]!.id)} ${key}`).toEqual(value);
      }
    });
    expect(result.people).toBe(0);
    expect(rowsOf(tables, PEOPLE_TABLE)).toEqual([]);
  });

  it('adds the fake roster only when asked', () => {
    const tables = new MemoryTables();
    const { result } = run(tables, { plan: 'seed', sample: true });
    const roster = sampleRoster();
    expect(result.people).toBe(roster.people.length);
    expect(result.families).toBe(roster.families.length);
    expect(rowsOf(tables, PEOPLE_TABLE).map((r) => r.cells.email)).toEqual(roster.people.map((p) => p.email));
  });

  it('writes each tab in one block, however many rows: the call count is per tab, not per row', () => {
    const blank = new MemoryTables();
    run(blank, { plan: 'blank' });
    const full = new MemoryTables();
    run(full, { plan: 'seed', sample: true });
    expect(full.calls.write).toBe(ALL_TABLES.length);
    expect(full.calls).toEqual(blank.calls);
    expect(full.calls.read).toBe(0);
  });

  it('with plan "blank" writes Settings only', () => {
    const tables = new MemoryTables();
    const { result } = run(tables, { plan: 'blank', sample: true });
    expect(result.filledDefaultPlan).toBe(false);
    expect(rowsOf(tables, SETTINGS_TABLE)).toHaveLength(SETTINGS.length);
    expect(rowsOf(tables, ACTIVITIES_TABLE)).toEqual([]);
    expect(rowsOf(tables, PEOPLE_TABLE)).toEqual([]);
  });

  it('builds another school and year from the options', () => {
    const tables = new MemoryTables();
    run(tables, { plan: 'seed', year: 2024, school: 'Trường Mầm non Hoa Hồng 2' });
    const settings = rowsOf(tables, SETTINGS_TABLE);
    const value = (label: string) => settings.find((r) => r.cells.label === label)?.cells.value;
    expect(value('Tên trường')).toBe('Trường Mầm non Hoa Hồng 2');
    expect(value('Ngày bắt đầu tuần lễ')).toEqual(localDateTime(2024, 10, 1));
    const opening = rowsOf(tables, ACTIVITIES_TABLE).find((r) => r.cells.category === 'khai mạc')!;
    expect(opening.cells.start).toEqual(localDateTime(2024, 10, 4, 7, 30));
  });

  it("logs what it did, at the school's wall-clock time", () => {
    const tables = new MemoryTables();
    const { messages } = run(tables, { plan: 'seed', sample: true });
    const log = logRows(tables);
    expect(log).toHaveLength(1);
    expect(log[0]!.at).toEqual(localDateTime(2021, 9, 30, 10, 0));
    expect(log[0]!.action).toBe('Thiết lập');
    expect(log[0]!.outcome).toBe('thành công');
    expect(log[0]!.detail).toMatch(/Tạo 12 tab/);
    expect(log[0]!.detail).toMatch(/15 hoạt động, danh sách mẫu 40 nhân sự và 120 phụ huynh/);
    expect(messages.join('\n')).toMatch(/Thiết lập/);
  });

  it('lays out every tab: widths, formats from the types, choice lists, system flags, help as note', () => {
    const tables = new MemoryTables();
    run(tables);
    expect([...tables.layouts.keys()]).toEqual(ALL_TABLES.map((s) => s.name));
    const columns = tables.layouts.get(ACTIVITIES_TABLE.name)!.columns;
    const col = (header: string) => columns.find((c) => c.header === header)!;
    expect(columns.map((c) => c.header)).toEqual(defaultHeader(ACTIVITIES_TABLE));
    expect(col('Bắt đầu')).toMatchObject({ format: 'datetime', width: 140 });
    expect(col('Số chỗ').format).toBe('number');
    expect(col('Mã').format).toBe('text');
    expect(col('Loại').choices).toEqual(ACTIVITY_CATEGORIES);
    expect(col('Giờ đã xác nhận')).toMatchObject({
      choices: ['có', 'không'],
      note: expect.stringMatching(/đề xuất/),
    });
    expect(col('Mã sự kiện lịch').system).toBe(true);
    expect(col('Tên hoạt động').system).toBeUndefined();
    // The Settings value column holds dates and numbers too: it must not be forced to text.
    const value = tables.layouts.get(SETTINGS_TABLE.name)!.columns.find((c) => c.header === 'Giá trị')!;
    expect(value.format).toBeUndefined();
    const percent = tables.layouts.get('Cấu hình')!.columns.every((c) => c.format !== 'percent');
    expect(percent).toBe(true);
  });
});

describe('setup on a sheet that is already in use', () => {
  it('changes nothing on a second run but the log line', () => {
    const tables = new MemoryTables();
    run(tables, { plan: 'seed', sample: true });
    const before = snapshot(tables);
    tables.resetCalls();
    const { result } = run(tables, { plan: 'seed', sample: true });
    const after = snapshot(tables);
    for (const spec of ALL_TABLES.filter((s) => s !== LOG_TABLE)) {
      expect(after[spec.name], spec.name).toEqual(before[spec.name]);
    }
    expect(after[LOG_TABLE.name]!.slice(0, -1)).toEqual(before[LOG_TABLE.name]);
    expect(after[LOG_TABLE.name]).toHaveLength(before[LOG_TABLE.name]!.length + 1);
    expect(result).toMatchObject({
      createdTabs: [],
      repairedHeaders: [],
      addedSettings: [],
      filledDefaultPlan: false,
      activities: 0,
    });
    expect(result.summary).toMatch(/^Không có gì cần sửa/);
    expect(tables.calls).toMatchObject({ read: ALL_TABLES.length, write: 1, create: 0, append: 0 });
  });

  it('appends only the missing header after the last used column, leaving reordered and own columns alone', () => {
    const tables = new MemoryTables();
    run(tables, { plan: 'blank' });
    // The principal rebuilt Activities: own order, English alias for the id, an own column,
    // "Số chỗ" deleted, and a value typed beyond the last header.
    const headers = defaultHeader(ACTIVITIES_TABLE)
      .filter((h) => h !== 'Số chỗ' && h !== 'Mã')
      .reverse();
    const userHeader: Cell[] = ['ID', 'Ghi chú riêng của cô Lan', ...headers];
    const width = userHeader.length;
    const row = (id: string, title: string, extra: Cell = null): Cell[] => {
      const r: Cell[] = new Array<Cell>(width + 1).fill(null);
      r[0] = id;
      r[1] = 'nhớ mượn máy chiếu';
      r[userHeader.indexOf('Tên hoạt động')] = title;
      r[userHeader.indexOf('Loại')] = 'tập huấn';
      r[userHeader.indexOf('Bắt đầu')] = localDateTime(2021, 10, 4, 14);
      r[userHeader.indexOf('Kết thúc')] = localDateTime(2021, 10, 4, 16);
      r[width] = extra;
      return r;
    };
    const userGrid: Cell[][] = [
      [...userHeader, null],
      row('HD01', 'Tập huấn an toàn Internet'),
      [...new Array<Cell>(width + 1).fill(null)],
      row('HD02', 'Nói chuyện kỹ năng sống', 'ô ghi ngoài bảng'),
    ];
    tables.tabs.set(ACTIVITIES_TABLE.name, structuredClone(userGrid));
    tables.resetCalls();

    const { result } = run(tables, { plan: 'seed', sample: true });

    const after = tables.tabs.get(ACTIVITIES_TABLE.name)!;
    expect(result.repairedHeaders).toEqual([{ tab: ACTIVITIES_TABLE.name, headers: ['Số chỗ'] }]);
    expect(after[0]!.slice(0, width + 1)).toEqual([...userHeader, null]);
    expect(after[0]![width + 1]).toBe('Số chỗ');
    userGrid.forEach((line, i) => expect(after[i]!.slice(0, width + 1), `row ${i + 1}`).toEqual(line));
    expect(trimmedHeight(after)).toBe(userGrid.length);
    expect(result.filledDefaultPlan).toBe(false);
    expect(rowsOf(tables, PEOPLE_TABLE)).toEqual([]);
    // Layout names the columns as the sheet does ("ID"), so the runtime styles the right ones.
    expect(tables.layouts.get(ACTIVITIES_TABLE.name)!.columns[0]!.header).toBe('ID');
    expect(tables.calls.write).toBe(2); // the header cell of Activities, the log line
  });

  it('finds tabs by a tolerant name and never creates a second one', () => {
    const tables = new MemoryTables();
    tables.tabs.set('activities', [['ID', 'Title', 'Category', 'Start', 'End']]);
    run(tables);
    // The results tab is new; no second Activities tab is made.
    expect(tables.tableNames().filter((n) => /ho[aạ]t|activ/i.test(n))).toEqual([
      'activities',
      'Kết quả hoạt động',
    ]);
    expect(rowsOf(tables, ACTIVITIES_TABLE, 'activities')).toHaveLength(defaultActivities().length);
  });

  it('never writes the default plan over a sheet that holds plan data, yet completes Settings', () => {
    const tables = new MemoryTables();
    tables.tabs.set('Nhân sự', [
      defaultHeader(PEOPLE_TABLE),
      ['NS001', 'Trần Thị Bé', 'be@example.com', 'GV'],
    ]);
    tables.tabs.set('Cấu hình', [
      ['Mục', 'Giá trị'],
      ['Tên trường', 'Trường Mầm non Sơn Ca'],
      ['năm', 2024],
      ['Chỉ tiêu dự khai mạc (%)', 70],
    ]);
    const { result } = run(tables, { plan: 'seed', sample: true });
    expect(result.filledDefaultPlan).toBe(false);
    expect(rowsOf(tables, ACTIVITIES_TABLE)).toEqual([]);
    expect(rowsOf(tables, PEOPLE_TABLE)).toHaveLength(1);
    const settings = rowsOf(tables, SETTINGS_TABLE);
    const value = (label: string) => settings.find((r) => r.cells.label === label)?.cells.value;
    expect(value('Tên trường')).toBe('Trường Mầm non Sơn Ca');
    expect(value('năm')).toBe(2024);
    expect(value('Chỉ tiêu dự khai mạc (%)')).toBe(70);
    expect(settings).toHaveLength(SETTINGS.length);
    expect(result.addedSettings).not.toContain('Năm');
    // Missing rows follow the sheet's year and school, not the 2021 seed.
    expect(value('Ngày bắt đầu tuần lễ')).toEqual(localDateTime(2024, 10, 1));
    expect(value('Email Ban giám hiệu')).toBe('bgh@mnsonca.example');
    expect(result.repairedHeaders).toEqual([
      { tab: 'Cấu hình', headers: ['Giải thích', 'Kết quả kiểm tra'] },
    ]);
    expect(logRows(tables)[0]!.detail).toMatch(/không ghi kế hoạch mặc định/);
  });

  it('fills an empty sheet left by a blank setup when the seed is asked for later', () => {
    const tables = new MemoryTables();
    run(tables, { plan: 'blank' });
    const { result } = run(tables, { plan: 'seed' });
    expect(result.filledDefaultPlan).toBe(true);
    const starts = rowsOf(tables, ACTIVITIES_TABLE).map((r) => r.cells.start);
    expect(starts.every((s) => isLocalDateTime(s) && s.iso.startsWith('2021-10-0'))).toBe(true);
  });
});

function trimmedHeight(grid: Cell[][]): number {
  let h = grid.length;
  while (h > 0 && grid[h - 1]!.every((c) => c === null || c === '')) h--;
  return h;
}
