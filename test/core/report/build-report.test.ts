import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import {
  buildReport,
  NO_DATA,
  NOT_FILLED,
  PREVIEW_MARK,
  reportFigures,
  type BulletsBlock,
  type ReportBlock,
  type Run,
  type ReportModel,
  type TableBlock,
} from '../../../src/core/report';
import {
  AFTER_WEEK,
  activitiesGrid,
  d,
  HOSTILE_NOTE,
  sampleGrids,
  SECRET_FAMILY,
  settingsGrid,
} from './report-fixture';

/** Every text of the model, in order, as a reader of the document would see it. */
function texts(model: ReportModel): string[] {
  const out: string[] = [];
  const visit = (b: ReportBlock): void => {
    switch (b.kind) {
      case 'letterhead':
        out.push(...b.left.map((l) => l.text), ...b.right.map((l) => l.text));
        break;
      case 'heading':
        out.push(`${b.number} ${b.text}`.trim());
        break;
      case 'paragraph':
        out.push(b.runs.map((r) => r.text).join(''));
        break;
      case 'table':
        out.push(b.header.join(' | '), ...b.rows.map((r) => r.map((c) => c.text).join(' | ')));
        if (b.source) out.push(b.source);
        break;
      case 'bullets':
        out.push(...b.items.map((runs) => runs.map((r) => r.text).join('')));
        break;
      case 'chart':
        out.push(b.caption);
        break;
      case 'signature':
        out.push(b.recipientsTitle, ...b.recipients, b.signerTitle, b.signerName);
        break;
    }
  };
  model.blocks.forEach(visit);
  return out;
}

const all = (model: ReportModel): string => texts(model).join('\n');
/** The runs of an activity's result, in the list under the activities' table. */
const resultOf = (model: ReportModel, id: string): readonly Run[] => {
  const list = model.blocks.find(
    (b): b is BulletsBlock => b.kind === 'bullets' && b.items.some((i) => i[0]?.text.startsWith(`${id} `)),
  );
  const item = list?.items.find((i) => i[0]!.text.startsWith(`${id} `));
  if (!item) throw new Error(`no result for ${id}`);
  return item;
};
const tables = (model: ReportModel): TableBlock[] =>
  model.blocks.filter((b): b is TableBlock => b.kind === 'table');
const tableAfter = (model: ReportModel, heading: string): TableBlock => {
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const found = model.blocks.slice(at).find((b): b is TableBlock => b.kind === 'table');
  if (at < 0 || !found) throw new Error(`no table after ${heading}`);
  return found;
};

describe('report figures from hand-counted tabs', () => {
  const f = reportFigures({ grids: sampleGrids(), at: AFTER_WEEK });

  it('counts the opening over active staff, per group, against the 50 % target', () => {
    expect(f.opening?.present).toMatchObject({ count: 4, total: 8, met: true, needed: 0 });
    expect(f.opening?.registered).toMatchObject({ count: 6, total: 8 });
    const groups = Object.fromEntries(f.opening!.groups.map((g) => [g.group, g.present]));
    expect(groups['Tổ Lá']).toMatchObject({ count: 3, total: 4, met: true });
    expect(groups['Tổ Chồi']).toMatchObject({ count: 1, total: 4, met: false, needed: 1 });
    // The flagged row (form closed) and the bad address are kept out; the outsider is named apart.
    expect(f.opening?.notCounted).toBe(2);
    expect(f.opening?.outsiders).toEqual(['khach@gmail.com']);
  });

  it('seats trainings in submission order, never over capacity, and counts pledges by kind', () => {
    const seats = f.training!.sessions.map((s) => [s.activity.id, s.capacity, s.seated, s.waiting]);
    expect(seats).toEqual([
      ['HD05', 2, 2, 1],
      ['HD07', undefined, 2, 0],
    ]);
    expect(f.training!.pledges).toEqual([
      { kind: 'Tin học', count: 2 },
      { kind: 'Ngoại ngữ', count: 1 },
    ]);
  });

  it('sorts activities into done, not done, cancelled; counts outreach and invitations', () => {
    expect(f.activities.done.map((a) => a.id)).toEqual(['HD01', 'HD02', 'HD05']);
    expect(f.activities.overdue.map((a) => a.id)).toEqual(['HD09', 'HD07', 'HD12']);
    expect(f.activities.cancelled.map((a) => a.id)).toEqual(['HD10']);
    expect(f.outreachByChannel.map((c) => [c.channel, c.entries.length])).toEqual([
      ['Website', 2],
      ['Facebook', 1],
    ]);
    expect(f.invitations).toEqual({ sent: 2, waiting: 1, failed: 0 });
  });

  it('proposes for commendation exactly who fits the stated rule', () => {
    expect(f.commendation?.people.map((p) => p.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']);
    expect(f.commendation?.groups.map((g) => g.group)).toEqual(['Tổ Lá']);
  });
});

describe('the report model', () => {
  const model = buildReport({ grids: sampleGrids(), at: AFTER_WEEK });
  const text = all(model);

  it('has the administrative header, the title and the date line from Settings', () => {
    expect(model.blocks[0]).toMatchObject({
      kind: 'letterhead',
      left: [{ text: 'UBND QUẬN 1' }, { text: 'TRƯỜNG MẦM NON 20/10' }, { text: 'Số: 15/BC-MN2010' }],
      right: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
        { text: 'Độc lập - Tự do - Hạnh phúc' },
        { text: 'Quận 1, ngày 07 tháng 10 năm 2021' },
      ],
    });
    expect(texts(model).slice(6, 8)).toEqual([
      'BÁO CÁO',
      'Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021',
    ]);
    expect(text).toContain('Căn cứ Kế hoạch số 271/KH-UBND');
    expect(model.fileName).toBe('bao-cao-2021');
  });

  it('has sections I–IV in order, then "Nơi nhận" and the signer', () => {
    const headings = model.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b as { number: string }).number);
    expect(headings).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(model.blocks.find((b) => b.kind === 'signature')).toEqual({
      kind: 'signature',
      recipientsTitle: 'Nơi nhận:',
      recipients: ['- UBND Quận 1;', '- Hội khuyến học Phường Nguyễn Cư Trinh;', '- Lưu: VT.'],
      signerTitle: 'HIỆU TRƯỞNG',
      signerName: 'Nguyễn Thị Hạnh',
    });
    expect(text).toContain('Đề nghị Phòng GD&ĐT tổ chức tập huấn chuyển đổi số');
  });

  it('prints the opening per group with met / missed by how much, and whole-school bold', () => {
    const table = tableAfter(model, 'Lễ khai mạc');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Tổ Chồi', '4', '2/4 (50 %)', '1/4 (25 %)', 'Chưa đạt – thiếu 1 người'],
      ['Tổ Lá', '4', '4/4 (100 %)', '3/4 (75 %)', 'Đạt'],
      ['Toàn trường', '8', '6/8 (75 %)', '4/8 (50 %)', 'Đạt'],
    ]);
    expect(table.source).toContain('9 dòng phản hồi, 2 dòng cần xem lại');
  });

  it('charts the opening against the target and the seats per session', () => {
    const opening = model.charts.find((c) => c.id === 'opening-attendance')!;
    expect(opening.target).toEqual({ label: 'Chỉ tiêu 50 %', value: 50 });
    expect(opening.data).toContainEqual({ category: 'Tổ Chồi', series: 'Có mặt', value: 25 });
    const seats = model.charts.find((c) => c.id === 'session-seats')!;
    expect(seats.data).toContainEqual({ category: 'HD05', series: 'Danh sách chờ', value: 1 });
    expect(model.blocks.filter((b) => b.kind === 'chart')).toHaveLength(2);
  });

  it('lists limits: the group that missed, activities not done, cancelled, open plan findings', () => {
    expect(text).toContain('Tổ/nhóm chưa đạt chỉ tiêu: Tổ Chồi.');
    expect(text).toContain('HD09 Ra mắt tủ sách học tập suốt đời');
    expect(text).toContain('Hoạt động bị hủy: HD10 Thi tìm hiểu trực tuyến.');
    // The plan check's findings are the school's own to-do list, not something to send upward.
    expect(text).not.toContain('Kiểm tra kế hoạch');
    expect(text).not.toContain('năm 2020');
  });

  it('traces figures to rows: every data table names its tab', () => {
    // The annex is the figures themselves; its introduction names the tab that holds them.
    for (const t of tables(model).filter((x) => x.header[1] !== 'Nội dung'))
      expect(t.source).toMatch(/tab “/);
    expect(tableAfter(model, 'Các hoạt động trong tuần lễ').source).toBe('Nguồn: tab “Hoạt động”, dòng 2–8.');
  });

  it('keeps HTML and formula text in notes as literal text', () => {
    const result = resultOf(model, 'HD01');
    expect(result.map((r) => r.text).join('')).toContain(`${HOSTILE_NOTE}.`);
    expect(result.filter((r) => r.link).map((r) => r.link)).toEqual(['https://mn2010.edu.vn/tuan-le']);
  });

  it('is deterministic', () => {
    expect(buildReport({ grids: sampleGrids(), at: AFTER_WEEK })).toEqual(model);
  });

  it('gives headline figures without personal data', () => {
    expect(model.headline).toContainEqual({
      label: 'Có mặt lễ khai mạc',
      value: '4/8 (50 %, chỉ tiêu 50 %)',
    });
    expect(JSON.stringify(model.headline)).not.toMatch(/Trần Văn An|Lê Thị Bình|@/);
  });
});

describe('consent', () => {
  it('never names a nomination without consent, whatever its status', () => {
    const grids = sampleGrids();
    const model = buildReport({ grids, at: AFTER_WEEK });
    const json = JSON.stringify(model);
    expect(json).not.toContain(SECRET_FAMILY);
    expect(json).not.toContain('Bé Bí Mật');
    expect(json).not.toContain('Gia đình Chờ Xét'); // consented but not selected: not on the list either
    const list = tableAfter(model, 'Bình chọn “Gia đình hiếu học”');
    expect(list.rows.map((r) => r[1]!.text)).toEqual(['Gia đình Trần Văn An', 'Gia đình Lê Thị Bình']);
    expect(all(model)).toContain('Tổng số đề cử: 4; đồng ý chia sẻ thông tin: 3; không đồng ý chia sẻ: 1');
  });

  it('treats a blank, unreadable or formula consent as no consent', () => {
    const grids = sampleGrids();
    const nominations = grids.nominations!.map((r) => r.slice());
    nominations.push(
      ['N7', d(4, 11), 'a@b.vn', 'X', 'Gia đình Trống', null, null, null, null, null, 'được chọn'],
      [
        'N8',
        d(4, 11),
        'a@b.vn',
        'X',
        'Gia đình Công Thức',
        null,
        null,
        null,
        null,
        "'=TRUE()",
        'đã gửi phường',
      ],
      ['N9', d(4, 11), 'a@b.vn', 'X', 'Gia đình Có Lẽ', null, null, null, null, 'có lẽ', 'được chọn'],
    );
    const json = JSON.stringify(buildReport({ grids: { ...grids, nominations }, at: AFTER_WEEK }));
    for (const family of ['Gia đình Trống', 'Gia đình Công Thức', 'Gia đình Có Lẽ'])
      expect(json).not.toContain(family);
  });
});

describe('missing data and previews', () => {
  it('builds from nothing at all, saying "chưa có dữ liệu" and "(chưa điền)"', () => {
    const model = buildReport({ grids: {}, at: AFTER_WEEK });
    const text = all(model);
    expect(text).toContain('Số: …/BC');
    expect(text).toContain(`Hoạt động: ${NO_DATA}.`);
    expect(text).toContain(`Đăng ký và điểm danh dự lễ khai mạc: ${NO_DATA}.`);
    expect(text).toContain(`Đề cử “Gia đình hiếu học”: ${NO_DATA}.`);
    expect(model.charts).toEqual([]);
    expect(model.preview).toBe(true);
  });

  it('builds a week with a plan and no responses, every section saying so', () => {
    const grids = { settings: settingsGrid(), activities: activitiesGrid() };
    const model = buildReport({ grids, at: AFTER_WEEK });
    const text = all(model);
    // The seed school's symbol, the number left for the register to give.
    expect(text).toContain('Số: …/BC-MN2010');
    expect(text).not.toContain(NOT_FILLED);
    // No name in Settings: the line under the signature stays for the signer to write.
    expect(model.blocks.find((b) => b.kind === 'signature')).toMatchObject({ signerName: '' });
    expect(text).toContain('Chưa ghi nhận tin, bài tuyên truyền nào');
    expect(text).toContain('Thư mời gửi CB-GV-NV: chưa gửi thư mời nào qua hệ thống.');
    expect(text).toContain(`Cam kết học tập: ${NO_DATA}.`);
    expect(text).toContain(`Đề xuất khen thưởng: ${NO_DATA}.`);
    // Without proposals in Settings, section IV is left out rather than printed empty.
    expect(text).not.toContain('KIẾN NGHỊ, ĐỀ XUẤT');
  });

  it('says "chưa có dữ liệu" for a week whose response tabs are still empty, not "0 of 8"', () => {
    const grids = sampleGrids();
    const empty = {
      ...grids,
      attendance: grids.attendance!.slice(0, 1),
      trainingSignups: grids.trainingSignups!.slice(0, 1),
      nominations: grids.nominations!.slice(0, 1),
      outbox: grids.outbox!.slice(0, 1),
    };
    const model = buildReport({ grids: empty, at: AFTER_WEEK });
    const text = all(model);
    expect(text).toContain(`Đăng ký và điểm danh dự lễ khai mạc: ${NO_DATA}.`);
    expect(text).toContain(`Các buổi tập huấn, nói chuyện: ${NO_DATA}.`);
    expect(text).toContain('Thư mời gửi CB-GV-NV: chưa gửi thư mời nào qua hệ thống.');
    expect(text).not.toMatch(/0\/8/);
    expect(model.charts).toEqual([]);
    expect(model.headline[0]).toEqual({ label: 'Có mặt lễ khai mạc', value: NO_DATA });
  });

  it('marks a report built before the report time as a preview, and only then', () => {
    const early = buildReport({ grids: sampleGrids(), at: d(5, 14) });
    expect(early.preview).toBe(true);
    expect(all(early)).toContain(PREVIEW_MARK);
    expect(early.documentTitle).toContain('bản xem trước');
    expect(early.blocks.find((b) => b.kind === 'paragraph' && b.role === 'preview')).toBeDefined();
    // Before 05/10 14:00 the later activities are still ahead, not "not done".
    expect(
      reportFigures({ grids: sampleGrids(), at: d(5, 14) }).activities.upcoming.map((a) => a.id),
    ).toEqual(['HD07', 'HD12']);
    const final = buildReport({ grids: sampleGrids(), at: d(7, 17) });
    expect(final.preview).toBe(false);
    expect(all(final)).not.toContain(PREVIEW_MARK);
  });

  it('follows the report time in Settings', () => {
    const grids = sampleGrids({ reportAt: d(8, 9) });
    expect(buildReport({ grids, at: AFTER_WEEK }).preview).toBe(true);
    expect(buildReport({ grids, at: d(8, 9) }).preview).toBe(false);
  });

  it('prints 10,000-character notes whole, without control characters', () => {
    const long = 'Kết quả tốt. '.repeat(800).slice(0, 10_000);
    const grid: Grid = activitiesGrid().map((r) => r.slice());
    grid[2]![7] = `${long}\u0007\u0000`;
    const model = buildReport({ grids: { ...sampleGrids(), activities: grid }, at: AFTER_WEEK });
    const result = resultOf(model, 'HD02')
      .map((r) => r.text)
      .join('');
    expect(result).toContain(long.trim());
    // eslint-disable-next-line no-control-regex
    expect(result).not.toMatch(/[\u0000\u0007]/);
  });
});

describe('10,000 responses', () => {
  /** `count` responses to each of the opening and training forms: staff and outsiders mixed. */
  function bigGrids(count: number): ReturnType<typeof sampleGrids> {
    const grids = sampleGrids();
    const attendance = grids.attendance!.slice(0, 1);
    const training = grids.trainingSignups!.slice(0, 1);
    for (let i = 0; i < count; i++) {
      const staff = i % 10 < 8 ? `gv${(i % 8) + 1}@mn2010.edu.vn` : `khach${i}@gmail.com`;
      const minute = i % 60;
      attendance.push([
        `A${i}`,
        d(4, 8, minute),
        staff,
        `Người ${i}`,
        null,
        i % 3 === 0 ? 'Điểm danh có mặt' : 'Đăng ký tham dự',
        null,
        null,
      ]);
      training.push([
        `T${i}`,
        d(3, 9, minute),
        staff,
        `Người ${i}`,
        'Phụ huynh',
        '[HD05] Tập huấn\n[HD07] Nói chuyện',
        null,
        'Tin học, Ngoại ngữ',
        null,
      ]);
    }
    return { ...grids, attendance, trainingSignups: training };
  }

  it('aggregates into the same tables as 100 responses, fast', () => {
    const grids = bigGrids(10_000);
    const started = performance.now();
    const big = buildReport({ grids, at: AFTER_WEEK });
    const elapsed = performance.now() - started;
    const hundred = buildReport({ grids: bigGrids(100), at: AFTER_WEEK });
    const shape = (m: ReportModel): number[][] => [[m.blocks.length], tables(m).map((t) => t.rows.length)];
    expect(shape(big)).toEqual(shape(hundred));
    expect(
      tableAfter(big, 'Tập huấn, nói chuyện chuyên đề')
        .rows[0]!.map((c) => c.text)
        .slice(3),
    ).toEqual(['2', '2', '2006']);
    expect(elapsed).toBeLessThan(5_000);
  });
});
