import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { catalogue } from '../../../src/core/i18n/catalogue';
import { DISTRICT_FIGURE_KEYS } from '../../../src/core/report/district-figures';
import {
  collectDistrict,
  ENGLISH_SCHOOL_RANGES,
  SCHOOL_RANGES,
} from '../../../src/local/google/district-collect';
import { Workbook } from '../../../src/local/workbook/workbook';
import { SheetsStandIn, type StandInValue } from './sheets-stand-in';
import { configHomeWithToken } from './token-file';

const FAST = { tries: 3, firstDelayMs: 5 };
const labels = catalogue('vi').report.figures.labels;

/** A school's sheet as Setup and the report leave it: Settings with its name, and its figures by key. */
function schoolTabs(
  name: string,
  figures: Partial<Record<string, number>>,
): Record<string, StandInValue[][]> {
  return {
    'Cấu hình': [
      ['Mục', 'Giá trị', 'Giải thích'],
      ['Tên trường', name, 'Tên đầy đủ của trường'],
    ],
    'Số liệu báo cáo': [
      ['Khóa', 'Nội dung', 'Giá trị'],
      ...DISTRICT_FIGURE_KEYS.map((key) => [key, labels[key], figures[key] ?? '']),
    ],
  };
}

const id = (n: number): string => `1SchoolSheet${String(n).padStart(2, '0')}AbCdEfGhIjKlMnOp`;

describe('district collect against the Sheets stand-in', () => {
  let standIn: SheetsStandIn;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    standIn = await SheetsStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'lw-district-'));
    env = { XDG_CONFIG_HOME: configHomeWithToken() };
  });
  afterAll(() => standIn.close());

  const run = async (list: string, out: string) => {
    const lines = { out: [] as string[], err: [] as string[] };
    writeFileSync(join(dir, 'list.txt'), list);
    const status = await collectDistrict(
      { list: join(dir, 'list.txt'), out: join(dir, out), env, rootUrl: standIn.rootUrl, backOff: FAST },
      { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
    );
    return { status, ...lines };
  };

  it('writes one row per school read and lists the others with the reason, one request each', async () => {
    standIn.addSheet(
      id(1),
      'KH 2021',
      schoolTabs('Trường Mầm non 20/10', {
        'activities.done': 7,
        'opening.staff': 40,
        'opening.present': 38,
      }),
    );
    standIn.failAlways(id(2), 404);
    standIn.addSheet(id(3), 'KH 2021', {
      'Cấu hình': [
        ['Mục', 'Giá trị'],
        ['Tên trường', 'Trường Tiểu học Lê Ngọc Hân'],
      ],
    });
    const list = [
      '# Phòng GD&ĐT Quận 1: các trường đã nộp đường liên kết',
      `https://docs.google.com/spreadsheets/d/${id(1)}/edit#gid=0  # Mầm non 20/10`,
      '',
      id(2),
      `https://docs.google.com/spreadsheets/d/${id(3)}/edit?usp=sharing`,
    ].join('\n');
    const result = await run(list, 'district.xlsx');

    expect(result.status).toBe(1);
    for (const n of [1, 2, 3]) {
      const sent = standIn.requestsFor(id(n));
      expect(sent[0]!.kind).toBe('batchGet');
      expect(sent[0]!.ranges).toEqual([...SCHOOL_RANGES]);
      expect(sent[0]!.ranges).toEqual(["'Số liệu báo cáo'!A:C", "'Cấu hình'!A:B"]);
    }
    expect(standIn.requestsFor(id(1))).toHaveLength(1);
    expect(standIn.requestsFor(id(2))).toHaveLength(1);
    // Without the Vietnamese tab the English names are tried once, then the school is a row of failures.
    expect(standIn.requestsFor(id(3)).map((r) => r.ranges)).toEqual([
      [...SCHOOL_RANGES],
      ["'Report figures'!A:C", "'Settings'!A:B"],
    ]);
    expect(result.err).toEqual([
      `Dòng 4 (${id(2)}): không có bảng tính nào với mã này; hãy kiểm tra lại đường liên kết.`,
      `Dòng 5 (${id(3)}): bảng tính không có tab “Số liệu báo cáo” (bảng tính tiếng Anh: “Report figures”); trường chưa lập báo cáo kết quả tuần lễ.`,
    ]);
    expect(result.out).toEqual([
      `Đã ghi ${join(dir, 'district.xlsx')}: 1 trường có số liệu, 2 trường chưa đọc được (xem trang “Chưa đọc được”).`,
    ]);

    const book = await Workbook.open(join(dir, 'district.xlsx'));
    expect(book.tableNames()).toEqual(['Tổng hợp', 'Chưa đọc được']);
    const summary = book.read('Tổng hợp')!;
    expect(summary).toHaveLength(3);
    const done = 2 + DISTRICT_FIGURE_KEYS.indexOf('activities.done');
    expect(summary[0]!.slice(0, 2)).toEqual(['Trường', 'Mã bảng tính']);
    expect(summary[0]![done]).toBe('Số hoạt động đã thực hiện');
    expect(summary[1]!.slice(0, 2)).toEqual(['Trường Mầm non 20/10', id(1)]);
    expect(summary[1]![done]).toBe(7);
    expect(summary[2]![0]).toBe('Tổng cộng (1 trường)');
    expect(book.read('Chưa đọc được')).toEqual([
      ['Dòng trong danh sách', 'Trường hoặc bảng tính', 'Lý do'],
      [4, id(2), 'không có bảng tính nào với mã này; hãy kiểm tra lại đường liên kết'],
      [
        5,
        id(3),
        'bảng tính không có tab “Số liệu báo cáo” (bảng tính tiếng Anh: “Report figures”); trường chưa lập báo cáo kết quả tuần lễ',
      ],
    ]);
  });

  it('adds the schools up: counts summed, blanks left out, the opening share from all present over all staff', async () => {
    standIn.addSheet(
      id(11),
      'A',
      schoolTabs('Trường A', {
        'activities.done': 5,
        'opening.staff': 40,
        'opening.present': 30,
        'books.donated': 12,
      }),
    );
    standIn.addSheet(
      id(12),
      'B',
      schoolTabs('Trường B', { 'activities.done': 3, 'opening.staff': 60, 'opening.present': 60 }),
    );
    standIn.failOnce(id(12), 429, 503);
    const result = await run(`${id(11)}\n${id(12)}\n`, 'two.xlsx');
    expect(result.status).toBe(0);
    expect(result.err).toEqual([]);
    const summary = (await Workbook.open(join(dir, 'two.xlsx'))).read('Tổng hợp')!;
    const at = (key: string) => 2 + DISTRICT_FIGURE_KEYS.indexOf(key as never);
    const total = summary[3]!;
    expect(total[0]).toBe('Tổng cộng (2 trường)');
    expect(total[at('activities.done')]).toBe(8);
    expect(total[at('books.donated')]).toBe(12);
    expect(total[at('opening.present_percent')]).toBe(90);
    expect(total[at('participants.staff')]).toBeNull();
    expect(total[at('opening.target_percent')]).toBeNull();
  });

  it('reads a school whose sheet is in English, by its English tab names, in two calls', async () => {
    const en = catalogue('en').report.figures;
    standIn.addSheet(id(31), 'Plan 2021', {
      Settings: [
        ['Setting', 'Value', 'Help'],
        ['School', 'Saigon International School', 'The school’s full name.'],
      ],
      [en.tab]: [
        ['Key', 'Figure', 'Value'],
        ...DISTRICT_FIGURE_KEYS.map((key) => [key, en.labels[key], key === 'activities.done' ? 4 : '']),
      ],
    });
    standIn.addSheet(id(32), 'KH', schoolTabs('Trường C', { 'activities.done': 6 }));
    const result = await run(`${id(31)}\n${id(32)}\n`, 'mixed.xlsx');
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(standIn.requestsFor(id(31))).toHaveLength(2);
    expect(standIn.requestsFor(id(31))[1]!.ranges).toEqual([...ENGLISH_SCHOOL_RANGES]);
    const summary = (await Workbook.open(join(dir, 'mixed.xlsx'))).read('Tổng hợp')!;
    const done = 2 + DISTRICT_FIGURE_KEYS.indexOf('activities.done');
    expect(summary.map((r) => [r[0], r[done]])).toEqual([
      ['Trường', 'Số hoạt động đã thực hiện'],
      ['Saigon International School', 4],
      ['Trường C', 6],
      ['Tổng cộng (2 trường)', 10],
    ]);
  });

  it('--report writes the district report beside the workbook: the office header, the totals, the chart, the schools not read', async () => {
    standIn.addSheet(
      id(41),
      'A',
      schoolTabs('Trường Tiểu học Kết Đoàn', {
        'activities.planned': 8,
        'activities.done': 6,
        'books.donated': 1200,
      }),
    );
    standIn.addSheet(
      id(42),
      'B',
      schoolTabs('Trường THCS Văn Lang', { 'activities.planned': 5, 'activities.done': 5 }),
    );
    standIn.failAlways(id(43), 403);
    writeFileSync(join(dir, 'report-list.txt'), [id(41), id(42), id(43)].join('\n'));
    const out: string[] = [];
    const status = await collectDistrict(
      {
        list: join(dir, 'report-list.txt'),
        out: join(dir, 'quan-1.xlsx'),
        env,
        rootUrl: standIn.rootUrl,
        backOff: FAST,
        report: {
          header: { authority: 'UBND Quận 1', office: 'Phòng Giáo dục và Đào tạo', place: 'Quận 1' },
          at: localDateTime(2021, 10, 8, 16, 0),
        },
      },
      { out: (l) => out.push(l), err: () => {} },
    );
    expect(status).toBe(1);
    expect(out.at(-1)).toBe(`Đã ghi báo cáo tổng hợp ${join(dir, 'quan-1.docx')}.`);
    const docx = readFileSync(join(dir, 'quan-1.docx'));
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    for (const expected of [
      'UBND QUẬN 1',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Quận 1, ngày 08 tháng 10 năm 2021',
      'Tổng hợp kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021 của các trường',
      'Trường Tiểu học Kết Đoàn',
      'Trường THCS Văn Lang',
      '1.200',
      'TRƯỞNG PHÒNG',
      'tài khoản Google đã đăng nhập không có quyền xem bảng tính này',
    ])
      expect(text).toContain(expected);
    // The totals table: planned and done added up across the two schools read.
    expect(text).toMatch(/Số hoạt động đã thực hiện\s+11/);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  });

  // The time is the bench's (npm run bench): here only what the run costs in requests.
  it('reads 100 schools behind a 50 ms network, one request each', async () => {
    const ids = Array.from(
      { length: 100 },
      (_, n) => `1Hundred${String(n).padStart(3, '0')}SchoolsAbCdEfGhIj`,
    );
    ids.forEach((sheet, n) =>
      standIn.addSheet(sheet, 'KH', schoolTabs(`Trường ${n + 1}`, { 'activities.done': 1 })),
    );
    standIn.latencyMs = 50;
    const before = standIn.requests.length;
    try {
      const result = await run(ids.join('\n'), 'hundred.xlsx');
      expect(result.status).toBe(0);
    } finally {
      standIn.latencyMs = 0;
    }
    expect(standIn.requests.length - before).toBe(100);
    const summary = (await Workbook.open(join(dir, 'hundred.xlsx'))).read('Tổng hợp')!;
    expect(summary).toHaveLength(102);
    expect(summary[101]![2 + DISTRICT_FIGURE_KEYS.indexOf('activities.done')]).toBe(100);
  });

  it('writes nothing and exits 2 when no school could be read', async () => {
    standIn.failAlways(id(21), 403);
    const result = await run(`${id(21)}\nkhông phải đường liên kết\n`, 'none.xlsx');
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'Dòng 2 của danh sách: “không phải đường liên kết” không phải đường liên kết hay mã của một Google Sheet.',
      `Dòng 1 (${id(21)}): tài khoản Google đã đăng nhập không có quyền xem bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền xem.`,
      `Không đọc được số liệu của trường nào; chưa ghi ${join(dir, 'none.xlsx')}.`,
    ]);
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });

  it('says to log in, and asks Google nothing, without a token', async () => {
    const before = standIn.requests.length;
    const home = mkdtempSync(join(tmpdir(), 'lw-no-token-'));
    const lines: string[] = [];
    writeFileSync(join(dir, 'list.txt'), `${id(1)}\n`);
    const status = await collectDistrict(
      {
        list: join(dir, 'list.txt'),
        out: join(dir, 'x.xlsx'),
        env: { XDG_CONFIG_HOME: home },
        rootUrl: standIn.rootUrl,
      },
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    expect(status).toBe(2);
    expect(lines).toEqual([
      `Chưa đăng nhập Google: không có tệp ${join(home, 'learning-week', 'google-token.json')}. Hãy chạy "learning-week google login" rồi thử lại; chưa có gì được ghi.`,
    ]);
    expect(standIn.requests.length).toBe(before);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
