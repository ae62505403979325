import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  DISTRICT_FIGURE_KEYS,
  figuresGrid,
  type BulletsBlock,
  type ReportBlock,
  type TableBlock,
} from '../../../src/core/report';
import { fitTables } from '../../../src/core/report/table-fit';
import { AFTER_WEEK, reportedGrids, REPORTED_PARTICIPATION, sampleGrids } from './report-fixture';

/** The week once the owners have reported: what the school would send to the district. */

const model = buildReport({ grids: reportedGrids(), at: AFTER_WEEK, participation: REPORTED_PARTICIPATION });
const paragraphs = (blocks: readonly ReportBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
const tables = (blocks: readonly ReportBlock[]): TableBlock[] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table');
const activitiesTable = (): TableBlock => tables(model.blocks).find((t) => t.header.includes('Trạng thái'))!;
const value = (key: string) => model.figures!.find((f) => f.key === key);

describe('the activities, as the owners reported them', () => {
  it('says in sentences what was done, postponed, cancelled and not reported, naming each', () => {
    const text = paragraphs(model.blocks).join('\n');
    expect(text).toContain('Nhà trường đã tổ chức 4/7 hoạt động theo kế hoạch.');
    expect(text).toContain(
      'Hoãn 1 hoạt động: HD07 Nói chuyện chuyên đề chuyển đổi số (Báo cáo viên bận, chuyển sang ngày 14/10/2021).',
    );
    expect(text).toContain('Hủy 1 hoạt động: HD10 Thi tìm hiểu trực tuyến (Hủy do dịch COVID-19).');
    // The owner is named as the People tab knows them, not by address.
    expect(text).toContain(
      '1 hoạt động đã qua thời gian nhưng người phụ trách chưa báo cáo kết quả: HD09 Ra mắt tủ sách học tập suốt đời – phụ trách: Lê Thị Mai.',
    );
    expect(text).not.toContain('gv3@');
  });

  it('lists every activity with its short time and status, and who took part when reported', () => {
    const t = activitiesTable();
    expect(t.header).toEqual(['Mã', 'Hoạt động', 'Thời gian', 'Trạng thái', 'Người tham gia']);
    const row = (id: string) => t.rows.find((r) => r[0]!.text === id)!.map((c) => c.text);
    expect(row('HD01')).toEqual([
      'HD01',
      'Treo cờ, băng rôn hưởng ứng Tuần lễ',
      '01/10 07:00–17:00',
      'Đã thực hiện',
      '8 CB-GV-NV, 120 trẻ, 40 phụ huynh',
    ]);
    // The later of two records for HD12 counts.
    expect(row('HD12')[4]).toBe('8 CB-GV-NV, 2 người khác');
    expect(row('HD07').slice(3)).toEqual(['Hoãn', '']);
    expect(row('HD09').slice(3)).toEqual(['Chưa báo cáo', '']);
  });

  it('gives each activity done its result, who took part and its evidence as links', () => {
    const list = model.blocks.find(
      (b): b is BulletsBlock => b.kind === 'bullets' && b.items[0]![0]!.text.startsWith('HD01 '),
    )!;
    expect(list.items.map((i) => i[0]!.text)).toEqual([
      'HD01 Treo cờ, băng rôn hưởng ứng Tuần lễ: ',
      'HD02 Dự lễ khai mạc trực tuyến do Quận tổ chức: ',
      'HD05 Tập huấn an toàn Internet: ',
      'HD12 Tổng kết, khen thưởng: ',
    ]);
    const first = list.items[0]!;
    expect(first.map((r) => r.text).join('')).toBe(
      'HD01 Treo cờ, băng rôn hưởng ứng Tuần lễ: Treo 2 băng rôn tại cổng trường và sảnh chính.' +
        ' Tham gia: 8 CB-GV-NV, 120 trẻ, 40 phụ huynh. Minh chứng: https://mn2010.edu.vn/album/bang-ron',
    );
    expect(first.at(-1)).toEqual({
      text: 'https://mn2010.edu.vn/album/bang-ron',
      link: 'https://mn2010.edu.vn/album/bang-ron',
    });
  });

  it('counts banners apart from posts, and leaves out section IV only when Settings hold no proposals', () => {
    const text = paragraphs(model.blocks).join('\n');
    expect(text).toContain(
      'Nhà trường đã đăng 4 tin, bài tuyên truyền trên 3 kênh (Website: 2; Facebook: 1; Zalo: 1).',
    );
    expect(text).toContain('Nhà trường đã treo 2 băng rôn, khẩu hiệu hưởng ứng tuần lễ.');
    expect(model.blocks.some((b) => b.kind === 'heading' && b.number === 'IV.')).toBe(true);
    const without = buildReport({ grids: sampleGrids({ proposals: null }), at: AFTER_WEEK });
    expect(without.blocks.some((b) => b.kind === 'heading' && b.number === 'IV.')).toBe(false);
    expect(JSON.stringify(without.blocks)).not.toContain('KIẾN NGHỊ');
  });
});

describe('the figures the district adds up', () => {
  it('has every key once, in the documented order', () => {
    expect(model.figures!.map((f) => f.key)).toEqual([...DISTRICT_FIGURE_KEYS]);
    expect(new Set(DISTRICT_FIGURE_KEYS).size).toBe(DISTRICT_FIGURE_KEYS.length);
  });

  it('adds up what the owners reported, saying when only some of them did', () => {
    expect(value('participants.staff')).toEqual({ key: 'participants.staff', value: 22 });
    expect(value('participants.children')).toEqual({
      key: 'participants.children',
      value: 120,
      note: { kind: 'reportedBy', reported: 1, of: 4 },
    });
    expect(value('participants.parents')?.value).toBe(55);
    expect(value('participants.others')?.value).toBe(2);
    expect(value('trainings.participants')?.value).toBe(17);
  });

  it('counts activities, trainings, posts per channel, banners, books, commendations and the opening', () => {
    const values = Object.fromEntries(model.figures!.map((f) => [f.key, f.value]));
    expect(values).toMatchObject({
      'activities.planned': 7,
      'activities.done': 4,
      'activities.postponed': 1,
      'activities.cancelled': 1,
      'activities.not_reported': 1,
      'activities.upcoming': 0,
      'trainings.sessions': 2,
      'trainings.seated': 4,
      'posts.total': 4,
      'posts.website': 2,
      'posts.facebook': 1,
      'posts.zalo': 1,
      'posts.youtube': 0,
      banners: 2,
      'books.donated': 35,
      'commendations.people': 2,
      'commendations.groups': 1,
      'opening.staff': 8,
      'opening.registered': 6,
      'opening.present': 4,
      'opening.present_percent': 50,
      'opening.target_percent': 50,
    });
    // Not typed in Settings: no value, never 0.
    expect(values['books.circulated']).toBeUndefined();
  });

  it("takes the opening from its owner's report when nobody checked in through the form", () => {
    const grids = reportedGrids();
    const noCheckIns = buildReport({
      grids: { ...grids, attendance: grids.attendance!.slice(0, 1) },
      at: AFTER_WEEK,
      participation: REPORTED_PARTICIPATION,
    });
    const present = noCheckIns.figures!.find((f) => f.key === 'opening.present');
    expect(present).toEqual({
      key: 'opening.present',
      value: 4,
      note: { kind: 'fromResults', activityId: 'HD02' },
    });
    expect(noCheckIns.figures!.find((f) => f.key === 'opening.present_percent')?.value).toBe(50);
  });

  it('prints the same figures in the annex and in the tab\'s grid, a missing one as "chưa báo cáo" / empty', () => {
    const annex = tables(model.blocks).at(-1)!;
    expect(annex.header).toEqual(['STT', 'Nội dung', 'Số liệu', 'Ghi chú']);
    const grid = figuresGrid(model);
    expect(grid[0]).toEqual(['Khóa', 'Nội dung', 'Giá trị']);
    expect(grid.length - 1).toBe(annex.rows.length);
    annex.rows.forEach((row, i) => {
      const [key, label, v] = grid[i + 1]!;
      expect(row[1]!.text).toBe(label);
      if (v === null) expect(row[2]!.text).toBe('chưa báo cáo');
      else if (String(key).endsWith('_percent')) expect(row[2]!.text).toBe(`${String(v)} %`);
      else expect(row[2]!.text).toBe(String(v));
    });
    expect(grid.find((r) => r[0] === 'books.circulated')![2]).toBeNull();
  });
});

describe('tables', () => {
  it('never print a column that holds nothing', () => {
    for (const t of tables(model.blocks)) {
      t.header.forEach((_, i) => expect(t.rows.some((r) => r[i]!.text.trim() !== '')).toBe(true));
    }
  });

  it('give the activity code and the time room for one line', () => {
    const t = activitiesTable();
    const total = t.widths.reduce((a, b) => a + b, 0);
    // 165 mm of text width is 468 pt: "HD01" in 12 pt needs about 30 pt, "01/10 07:00–17:00" about 95.
    expect((468 * t.widths[0]!) / total).toBeGreaterThan(30);
    expect((468 * t.widths[2]!) / total).toBeGreaterThan(95);
  });

  it('keep every non-empty column and its cells, whatever the content', () => {
    const cell = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 30 }),
      fc.constant('https://example.org/a/b/c'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.record({
            header: fc.array(fc.string({ minLength: 1, maxLength: 12 }), {
              minLength: width,
              maxLength: width,
            }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
          }),
        ),
        ({ header, rows }) => {
          const block: TableBlock = {
            kind: 'table',
            header,
            rows: rows.map((r) => r.map((text) => ({ text }))),
            widths: header.map(() => 1),
          };
          const [fitted] = fitTables([block]) as [TableBlock];
          const kept = header.map((_, i) => rows.some((r) => r[i]!.trim() !== ''));
          expect(fitted.header).toEqual(header.filter((_, i) => kept[i]));
          expect(fitted.rows.map((r) => r.map((c) => c.text))).toEqual(
            rows.map((r) => r.filter((_, i) => kept[i])),
          );
          expect(fitted.widths).toHaveLength(fitted.header.length);
          for (const w of fitted.widths) expect(w).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
