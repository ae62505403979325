import { describe, expect, it } from 'vitest';
import { importResponses, type Submission } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { localDateTime, type Cell } from '../../src/core/cell';
import { startsLikeFormula, type Answer } from '../../src/core/forms';
import { ACTIVITY_RESULTS_TABLE, RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE, OUTREACH_TABLE } from '../../src/core/schema/tables';
import type { TableSpec } from '../../src/core/schema/types';
import { cellText, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';

/** A seeded workbook (the 2021 plan, sample roster), as Setup leaves it. */
function world() {
  const tables = new MemoryTables();
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 6, 10, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(ports, { plan: 'seed', sample: true });
  return { tables, ports };
}

function rowsOf(tables: MemoryTables, spec: TableSpec) {
  return readTable(spec, tables.read(spec.name)).rows.map((r) => r.cells as Record<string, Cell>);
}

function activity(tables: MemoryTables, id: string) {
  return rowsOf(tables, ACTIVITIES_TABLE).find((r) => cellText(r.id) === id)!;
}

function setActivityCell(tables: MemoryTables, id: string, key: string, value: Cell) {
  const table = readTable(ACTIVITIES_TABLE, tables.read(ACTIVITIES_TABLE.name));
  const row = table.rows.find((r) => cellText(r.cells.id) === id)!;
  tables.write(ACTIVITIES_TABLE.name, row.row - 1, (table.header.index as Record<string, number>)[key]!, [
    [value],
  ]);
}

function result(
  id: string,
  minute: number,
  answers: Record<string, Answer>,
  email = 'phohieutruong@mn2010.edu.vn',
): Submission {
  return {
    formId: 'result',
    raw: { responseId: id, timestamp: localDateTime(2021, 10, 6, 17, minute), email, answers },
  };
}

const done = (activityId: string, extra: Record<string, Answer> = {}): Record<string, Answer> => ({
  'Hoạt động': `[${activityId}] tiêu đề`,
  'Kết quả thực hiện': 'Đã thực hiện',
  'Số CB-GV-NV tham gia': '32',
  'Số trẻ tham gia': '120',
  'Kết quả đạt được': 'Buổi tập huấn diễn ra đúng kế hoạch.',
  'Liên kết minh chứng (album ảnh, bài đăng, video)':
    'https://photos.example.com/album-1\nhttps://youtu.be/abc',
  ...extra,
});

describe('results from the owners', () => {
  it('lands a result in Activities (status, notes, first evidence link) and its posts in Outreach', () => {
    const { tables, ports } = world();
    const outreachBefore = rowsOf(tables, OUTREACH_TABLE).length;
    const summary = importResponses(ports, [
      result(
        'r1',
        0,
        done('HD05', {
          'Tin, bài tuyên truyền đã đăng':
            'Facebook: https://facebook.com/mn2010/posts/1\nhttps://zalo.me/g/abc',
        }),
      ),
    ]);
    expect(summary.recorded).toBe(1);
    const row = activity(tables, 'HD05');
    expect(cellText(row.status)).toBe('đã thực hiện');
    expect(cellText(row.resultNotes)).toBe('Buổi tập huấn diễn ra đúng kế hoạch.');
    expect(cellText(row.evidence)).toBe('https://photos.example.com/album-1');
    const results = rowsOf(tables, ACTIVITY_RESULTS_TABLE);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ activityId: 'HD05', staff: 32, children: 120 });
    const outreach = rowsOf(tables, OUTREACH_TABLE);
    expect(outreach).toHaveLength(outreachBefore + 2);
    expect(outreach.slice(-2).map((r) => [cellText(r.channel), cellText(r.link)])).toEqual([
      ['Facebook', 'https://facebook.com/mn2010/posts/1'],
      ['Zalo', 'https://zalo.me/g/abc'],
    ]);
  });

  it('keeps one row per activity: the latest wins, the earlier stays in the raw log', () => {
    const { tables, ports } = world();
    importResponses(ports, [result('r1', 0, done('HD05'))]);
    importResponses(ports, [
      result('r2', 5, {
        ...done('HD05'),
        'Kết quả thực hiện': 'Hoãn',
        'Kết quả đạt được': 'Dời sang tuần sau.',
      }),
    ]);
    // Older than the one recorded: it does not replace it.
    importResponses(ports, [result('r0', 1, { ...done('HD05'), 'Kết quả thực hiện': 'Hủy' })]);
    const results = rowsOf(tables, ACTIVITY_RESULTS_TABLE);
    expect(results.map((r) => cellText(r.responseId))).toEqual(['r2']);
    expect(cellText(activity(tables, 'HD05').status)).toBe('hoãn');
    expect(cellText(activity(tables, 'HD05').resultNotes)).toBe('Dời sang tuần sau.');
    const raw = rowsOf(tables, RAW_RESPONSES_TABLE).filter((r) => cellText(r.form) === 'result');
    expect(raw.map((r) => cellText(r.responseId))).toEqual(['r1', 'r2', 'r0']);
  });

  it('never overwrites what the principal typed by hand: the conflict is flagged with both values', () => {
    const { tables, ports } = world();
    importResponses(ports, [result('r1', 0, done('HD05'))]);
    setActivityCell(tables, 'HD05', 'resultNotes', 'Ghi chú của hiệu trưởng');
    setActivityCell(tables, 'HD05', 'status', 'hủy');
    const second = importResponses(ports, [
      result('r2', 5, { ...done('HD05'), 'Kết quả đạt được': 'Bản sửa.' }),
    ]);
    expect(second.flagged).toBe(1);
    const row = activity(tables, 'HD05');
    expect(cellText(row.resultNotes)).toBe('Ghi chú của hiệu trưởng');
    expect(cellText(row.status)).toBe('hủy');
    const problems = cellText(rowsOf(tables, ACTIVITY_RESULTS_TABLE)[0]!.problems);
    expect(problems).toContain('nhập tay là "Ghi chú của hiệu trưởng"');
    expect(problems).toContain('"Bản sửa."');
    expect(problems).toContain('"Trạng thái"');
    // The evidence link is still ours (unchanged since we wrote it): it is kept, not a conflict.
    expect(problems).not.toContain('Minh chứng');
  });

  it('writes into a cell we wrote before, and over the plan\'s own "kế hoạch"', () => {
    const { tables, ports } = world();
    expect(cellText(activity(tables, 'HD05').status)).toBe('kế hoạch');
    importResponses(ports, [result('r1', 0, done('HD05'))]);
    const second = importResponses(ports, [
      result('r2', 5, { ...done('HD05'), 'Kết quả đạt được': 'Bản sửa.' }),
    ]);
    expect(second.flagged).toBe(0);
    expect(cellText(activity(tables, 'HD05').resultNotes)).toBe('Bản sửa.');
  });

  it('flags bad input with a Vietnamese reason and loses nothing', () => {
    const { tables, ports } = world();
    const summary = importResponses(ports, [
      result('u1', 0, done('HD99')),
      result('c1', 1, done('HD06', { 'Số trẻ tham gia': 'khoảng 30', 'Số phụ huynh tham gia': '-5' })),
      result(
        'l1',
        2,
        done('HD07', {
          'Liên kết minh chứng (album ảnh, bài đăng, video)': 'javascript:alert(1)\nftp://x.org/a',
        }),
      ),
      result(
        'h1',
        3,
        done('HD08', {
          'Kết quả đạt được': '=HYPERLINK("http://evil.example","bấm")',
          'Số CB-GV-NV tham gia': '+1',
        }),
      ),
    ]);
    expect(summary.flagged).toBe(4);
    const byId = new Map(rowsOf(tables, ACTIVITY_RESULTS_TABLE).map((r) => [cellText(r.responseId), r]));
    expect(cellText(byId.get('u1')!.problems)).toContain('Không có hoạt động "[HD99] tiêu đề"');
    expect(cellText(byId.get('c1')!.problems)).toContain('"khoảng 30" không phải một số người');
    expect(cellText(byId.get('c1')!.children)).toBe('khoảng 30');
    expect(cellText(byId.get('c1')!.parents)).toBe("'-5");
    expect(cellText(byId.get('l1')!.problems)).toContain('"javascript:alert(1)" không phải liên kết');
    expect(cellText(activity(tables, 'HD07').evidence)).toBe('');
    expect(cellText(activity(tables, 'HD08').resultNotes)).toContain(
      'Kết quả: \'=HYPERLINK("http://evil.example","bấm")',
    );
    for (const spec of [ACTIVITY_RESULTS_TABLE, ACTIVITIES_TABLE, OUTREACH_TABLE]) {
      for (const r of rowsOf(tables, spec))
        for (const cell of Object.values(r))
          if (typeof cell === 'string') expect(startsLikeFormula(cell)).toBe(false);
    }
    // The unknown activity wrote nothing, and each response is in the raw log.
    expect(rowsOf(tables, RAW_RESPONSES_TABLE).filter((r) => cellText(r.form) === 'result')).toHaveLength(4);
  });
});

describe('a note the plan already held', () => {
  it('stays word for word above the result; a later result replaces only the part we added', () => {
    const { tables, ports } = world();
    const note = cellText(activity(tables, 'HD08').resultNotes);
    expect(note).not.toBe('');
    importResponses(ports, [result('n1', 0, done('HD08', { 'Kết quả đạt được': 'Lần một.' }))]);
    expect(cellText(activity(tables, 'HD08').resultNotes)).toBe(`${note}\nKết quả: Lần một.`);
    const second = importResponses(ports, [
      result('n2', 5, done('HD08', { 'Kết quả đạt được': 'Lần hai.' })),
    ]);
    expect(second.flagged).toBe(0);
    expect(cellText(activity(tables, 'HD08').resultNotes)).toBe(`${note}\nKết quả: Lần hai.`);
  });
});
