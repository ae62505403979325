import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import {
  applyTabPurge,
  isPseudonym,
  planPurge,
  PURGED_MARKER,
  type PurgeInput,
} from '../../../src/core/privacy';
import { readAttendanceRows } from '../../../src/core/report/response-tabs';
import { ATTENDANCE_TABLE, RAW_RESPONSES_TABLE } from '../../../src/core/schema/tables';
import { cellText, readTable } from '../../../src/core/table';
import { buildInput, type Family, type Staff } from './purge-fixture';

/** The parents' answers to the opening's attendance form (the kit asks them too) are families' data. */

const STAFF: Staff[] = [
  { id: 'NS001', name: 'Trần Thị Hoa', email: 'hoa.tran@truong.example.com' },
  { id: 'NS002', name: 'Lê Văn Bình', email: 'binh.le@truong.example.com' },
];
const PARENT: Family = {
  id: 'PH001',
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.net',
  child: 'Nguyễn Bảo Châu',
  phone: '0903 123 456',
};
// Not in "Phụ huynh": a parent who only answered the opening form is a family all the same.
const OUTSIDER: Family = {
  id: 'PH999',
  name: 'Đỗ Thị Mai',
  email: 'mai.do@example.org',
  child: 'Đỗ Minh',
  phone: '',
};

// The staff member typed her address with capitals and spaces: still recognised as staff.
const SHOUTING: Staff = { ...STAFF[1]!, email: '  BINH.LE@Truong.Example.com ' };

function input(): PurgeInput {
  return buildInput(
    STAFF,
    [PARENT],
    [],
    [],
    [
      { who: STAFF[0]!, present: true },
      { who: PARENT, present: false, childClass: 'Lá 2' },
      { who: SHOUTING, present: false },
      { who: OUTSIDER, present: true, childClass: 'Chồi 3' },
      { who: PARENT, present: true, childClass: 'Lá 2' },
    ],
  );
}

const purge = (before: PurgeInput): PurgeInput => {
  const plan = planPurge(before);
  const tabOf = (t: 'attendance' | 'rawResponses'): Grid =>
    applyTabPurge(
      before[t]!,
      plan.tabs.find((p) => p.table === t),
    );
  return { ...before, attendance: tabOf('attendance'), rawResponses: tabOf('rawResponses') };
};

/** What the opening figures are made of: rows, counted rows, distinct registered and present. */
function openingCounts(grid: Grid | undefined) {
  const rows = readAttendanceRows(grid);
  const counted = rows.filter((r) => r.counted);
  const present = counted.filter((r) => r.intent === 'Điểm danh có mặt');
  return {
    rows: rows.length,
    counted: counted.length,
    registered: new Set(counted.map((r) => r.email)).size,
    present: new Set(present.map((r) => r.email)).size,
  };
}

const text = (grid: Grid | undefined): string =>
  (grid ?? [])
    .flat()
    .map((c) => cellText(c))
    .join('\t')
    .toLowerCase();

describe('planPurge of "Điểm danh khai mạc"', () => {
  const before = input();
  const after = purge(before);

  it("leaves no parent's name, email or child's class, in the tab nor in its raw responses", () => {
    for (const grid of [after.attendance, after.rawResponses])
      for (const v of [PARENT.name, PARENT.email, OUTSIDER.name, OUTSIDER.email, 'Lá 2', 'Chồi 3'])
        expect(text(grid), v).not.toContain(v.toLowerCase());
    const rows = readTable(ATTENDANCE_TABLE, after.attendance).rows;
    for (const i of [1, 3, 4]) {
      expect(cellText(rows[i]!.cells.name)).toBe(PURGED_MARKER);
      expect(cellText(rows[i]!.cells.childClass)).toBe(PURGED_MARKER);
      expect(isPseudonym(cellText(rows[i]!.cells.email))).toBe(true);
    }
    // One parent, two answers: one pseudonym, so the parent still counts once.
    expect(rows[1]!.cells.email).toBe(rows[4]!.cells.email);
  });

  it("keeps the staff's rows byte for byte, in the tab and in the raw log", () => {
    for (const i of [1, 3]) expect(after.attendance![i]).toEqual(before.attendance![i]);
    const raw = readTable(RAW_RESPONSES_TABLE, before.rawResponses).rows;
    const staffRaw = raw.filter((r) => ['op-0', 'op-2'].includes(cellText(r.cells.responseId)));
    expect(staffRaw).toHaveLength(2);
    // `row` is the sheet's 1-based row number; the grid's index is one less.
    for (const r of staffRaw) expect(after.rawResponses![r.row - 1]).toEqual(before.rawResponses![r.row - 1]);
  });

  it('keeps the intent, mode, ids and timestamps: the opening figures read the same', () => {
    expect(openingCounts(after.attendance)).toEqual(openingCounts(before.attendance));
    expect(openingCounts(before.attendance)).toEqual({ rows: 5, counted: 5, registered: 4, present: 3 });
    const raw = readTable(RAW_RESPONSES_TABLE, after.rawResponses).rows;
    const parentRaw = raw.find((r) => cellText(r.cells.responseId) === 'op-1')!;
    const content = JSON.parse(cellText(parentRaw.cells.content)) as {
      email: string;
      answers: Record<string, unknown>;
    };
    expect(isPseudonym(content.email)).toBe(true);
    expect(content.answers).toEqual({
      'Họ và tên': PURGED_MARKER,
      'Lớp của con (phụ huynh)': PURGED_MARKER,
      'Bạn muốn': 'Đăng ký tham dự',
      'Hình thức tham dự': 'Trực tiếp',
    });
  });

  it("names the parents' recorded answers, for the form's own copies; a second run changes nothing", () => {
    expect(planPurge(before).familyResponses.attendance).toEqual(['op-1', 'op-3', 'op-4']);
    const again = planPurge(after);
    expect(again.rows.attendance).toBe(0);
    expect(again.rows.rawResponses).toBe(0);
  });

  it('without "Nhân sự" only the rows that are plainly a family\'s go (a child\'s class answered)', () => {
    const plan = planPurge({ ...before, people: undefined });
    const changed = plan.tabs.find((t) => t.table === 'attendance')!.rows.map((r) => r.index);
    expect(changed).toEqual([2, 4, 5]);
  });
});
