import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { buildReport, type ReportModel, type TableBlock } from '../../../src/core/report';
import { AFTER_WEEK, d, sampleGrids } from './report-fixture';

/**
 * Under the opening: how many families of each class answered the opening or the training
 * form. Four families of "Phụ huynh" in two classes and one without a class.
 */
const FAMILIES: Grid = [
  ['Mã', 'Họ tên phụ huynh', 'Email', 'Tên trẻ', 'Lớp'],
  ['PH1', 'Quách Văn An', 'an@example.org', 'Bé Na', 'Lá 1'],
  ['PH2', 'Lê Thị Bình', 'binh@example.org', 'Bé Bo', 'Lá 1'],
  ['PH3', 'Phạm Chi', 'chi@example.org', 'Bé Ca', '🌸 Chồi 2'],
  ['PH4', 'Đỗ Em', 'em@example.org', 'Bé Ém', ''],
];

function withFamilyAnswers(): ReturnType<typeof sampleGrids> {
  const grids = sampleGrids();
  const attendance = grids.attendance!.map((row, i) => [...row, i === 0 ? 'Lớp của con' : null]);
  const parent = (id: string, email: string, childClass: string | null): Cell[] => [
    id,
    d(4, 9),
    email,
    'Phụ huynh',
    'Phụ huynh',
    'Đăng ký tham dự',
    'Trực tuyến tại nhà',
    null,
    childClass,
  ];
  attendance.push(
    parent('P1', 'an@example.org', 'Lá 1'),
    parent('P2', 'chi@example.org', null),
    parent('P3', 'moi@example.org', 'Lá 9'),
    parent('P4', 'binh@example.org', 'Lá 1'),
  );
  // PH2 flagged: not counted, like every flagged row.
  attendance[attendance.length - 1]![7] = 'Thiếu câu trả lời bắt buộc';
  const training = grids.trainingSignups!.map((row, i) => [...row, i === 0 ? 'Lớp của con' : null]);
  training.push(
    ['Q1', d(3, 10), 'an@example.org', 'An', 'Phụ huynh', '', null, '', null, 'Lá 1'],
    ['Q2', d(3, 11), 'khach@example.org', 'Khách', 'Phụ huynh', '', null, '', null, null],
  );
  return { ...grids, families: FAMILIES, attendance, trainingSignups: training };
}

const tableAfterParagraph = (model: ReportModel, starts: string): TableBlock => {
  const at = model.blocks.findIndex(
    (b) =>
      b.kind === 'paragraph' &&
      b.runs
        .map((r) => r.text)
        .join('')
        .startsWith(starts),
  );
  const table = model.blocks[at + 1];
  if (at < 0 || table?.kind !== 'table') throw new Error(`no table after "${starts}"`);
  return table;
};

describe("the report's families, class by class", () => {
  const model = buildReport({ grids: withFamilyAnswers(), at: AFTER_WEEK });

  it('counts each family once in its class, under the opening, with an unlisted class flagged', () => {
    const opening = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Lễ khai mạc');
    const training = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Tập huấn'));
    const table = tableAfterParagraph(model, 'Phụ huynh trả lời biểu mẫu lễ khai mạc');
    expect(model.blocks.indexOf(table)).toBeGreaterThan(opening);
    expect(model.blocks.indexOf(table)).toBeLessThan(training);
    expect(table.header).toEqual(['Lớp', 'Số gia đình', 'Đã trả lời', 'Tỷ lệ']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Lá 1', '2', '1', '50 %'],
      ['🌸 Chồi 2', '1', '1', '100 %'],
      ['Chưa ghi lớp', '1', '0', '0 %'],
      ['Lá 9 (không có trong danh sách Phụ huynh)', '', '1', ''],
      ['Toàn trường', '4', '2', '50 %'],
    ]);
    expect(table.source).toBe(
      'Nguồn: tab “Điểm danh khai mạc” và “Đăng ký tập huấn” (dòng hợp lệ; mỗi gia đình tính một lần dù trả lời mấy biểu mẫu) đối chiếu tab “Phụ huynh” theo email và lớp.',
    );
    const texts = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(texts).toContain(
      'Phụ huynh trả lời biểu mẫu lễ khai mạc hoặc đăng ký tập huấn: 2/4 gia đình trong danh sách, theo lớp:',
    );
    // khach@ and the outsider of the opening named no class and are not in "Phụ huynh".
    expect(texts).toContain(
      'Ngoài ra 2 phụ huynh trả lời mà không ghi lớp và email không có trong tab “Phụ huynh”.',
    );
  });

  it('names no family: only classes and counts', () => {
    const json = JSON.stringify(model.blocks);
    for (const name of ['Quách Văn An', 'an@example.org', 'Bé Na']) expect(json).not.toContain(name);
  });

  it('is left out while "Phụ huynh" lists nobody and no answer names a class', () => {
    const bare = buildReport({ grids: sampleGrids(), at: AFTER_WEEK });
    expect(JSON.stringify(bare.blocks)).not.toContain('Số gia đình');
  });
});
