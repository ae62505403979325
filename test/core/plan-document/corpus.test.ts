import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { importPlanText, type ImportedPlan } from '../../../src/core/plan-document/import-plan-document';
import {
  defaultActivities,
  defaultSettings,
  SEED_PREAMBLE,
  SEED_PURPOSES,
  SEED_THEME,
  SEED_WARD_ASSOCIATION,
} from '../../../src/core/seed';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'plans');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const load = (name: string): ImportedPlan => importPlanText(read(name), { fallbackYear: 2030 });
const day = (y: number, m: number, d: number, h = 0, min = 0) => localDateTime(y, m, d, h, min);
const texts = (plan: ImportedPlan) => plan.findings.map((f) => f.text);

describe('the seed plan (shared/seed/ke-hoach-2021.txt)', () => {
  const plan = load('ke-hoach-2021.txt');

  it('reads the 2021 week, its theme, basis and school as the seed module states them', () => {
    const seed = Object.fromEntries(defaultSettings().map((r) => [r.key, r.value]));
    expect(plan.year).toBe(2021);
    expect(plan.settings).toMatchObject({
      school: seed['school'],
      governingBody: seed['governingBody'],
      wardAssociation: SEED_WARD_ASSOCIATION,
      theme: SEED_THEME,
      preamble: SEED_PREAMBLE,
      purposes: SEED_PURPOSES.join('\n'),
      weekStart: day(2021, 10, 1),
      weekEnd: day(2021, 10, 7),
      basisDate: day(2021, 9, 29),
      openingTarget: 50,
    });
    expect(plan.settings.basis).toMatch(
      /^Kế hoạch số 271\/KH-UBND ngày 29 tháng 9 năm 2021 của Ủy ban nhân dân Quận 1/,
    );
  });

  it('finds exactly the two slips about 2020: the opening sentence and the opening ceremony', () => {
    const about2020 = texts(plan).filter((t) => t.includes('2020'));
    expect(about2020).toHaveLength(2);
    expect(about2020[0]).toMatch(/^Dòng 4: ghi “năm 2020” trong kế hoạch năm 2021/);
    expect(about2020[1]).toBe(
      'HD04: văn bản ghi “sáng ngày 05 tháng 10 năm 2020”, khác năm của kế hoạch (2021); đã đề xuất 05/10/2021, chưa xác nhận.',
    );
  });

  it('gives the activities the product ships: as many, of the same kinds, the opening on 05/10/2021 morning', () => {
    const seed = defaultActivities();
    expect(plan.activities).toHaveLength(seed.length);
    const kinds = (list: readonly { category?: unknown }[]) => list.map((a) => String(a.category)).sort();
    expect(kinds(plan.activities)).toEqual(kinds(seed));
    const opening = plan.activities.find((a) => a.category === 'khai mạc')!;
    const seedOpening = seed.find((a) => a.category === 'khai mạc')!;
    expect(opening).toMatchObject({
      start: seedOpening.start,
      end: seedOpening.end,
      timeConfirmed: 'không',
      location: seedOpening.location,
      audience: seedOpening.audience,
      invite: 'có',
    });
    expect(opening.resultNotes).toContain('Chỉ tiêu: 50% cán bộ- giáo viên- nhân viên nhà trường tham dự.');
  });

  it('keeps every line it cannot place: the intro of the "+" list and the plan-making task in Settings, the two remarks on HD02', () => {
    expect(String(plan.settings.planNotes).split('\n')).toEqual([
      'Tổ chức tuyên truyền về chủ đề và các hoạt động của Tuần lễ hưởng ứng học tập suốt đời để người dân biết và tham gia bằng nhiều hình thức:',
      'Xây dựng Kế hoạch tổ chức thực hiện “Tuần lễ hưởng ứng học tập suốt đời năm 2021”.',
    ]);
    expect(plan.activities[1]!.resultNotes).toMatch(
      /^Các hoạt động tuyên truyền được thực hiện .* Các hoạt động tuyên truyền phải tác động/,
    );
  });

  it('merges section III\'s "Tổ chức tổng kết" into the summary of section II (one event), with the fuller wording', () => {
    const summaries = plan.activities.filter((a) => a.category === 'tổng kết-khen thưởng');
    expect(summaries.map((a) => a.title)).toEqual([
      'Tổ chức tổng kết, rút kinh nghiệm; khen thưởng tập thể, cá nhân tham gia tốt trong Tuần lễ hưởng ứng học tập suốt đời',
    ]);
  });
});

describe('a ward school with a letterhead, numbered activities and the three date styles', () => {
  const plan = load('mam-non-phuong.txt');

  it("reads the letterhead in the body's own spelling, the number, the place and the date line", () => {
    expect(plan.settings).toMatchObject({
      school: 'Trường Mầm non Hoa Sen',
      governingBody: 'UBND Phường Bến Nghé',
      planNumber: '12/KH-MNHS',
      place: 'Bến Nghé',
      planDate: day(2022, 9, 20),
      signerTitle: 'HIỆU TRƯỞNG',
      signerName: 'Nguyễn Thị Lan',
      recipientsNote: 'UBND Phường Bến Nghé; Lưu: VT',
      openingTarget: 80,
      year: 2022,
    });
    expect(texts(plan).some((t) => t.startsWith('Cơ quan chủ quản'))).toBe(false);
  });

  it('dates "ngày 03 tháng 10 năm 2022", "chiều ngày 05/10" (the plan\'s year) and "06/10/2022"', () => {
    const [opening, training, reading, summary] = plan.activities;
    expect(opening).toMatchObject({
      category: 'khai mạc',
      start: day(2022, 10, 3, 7, 30),
      timeConfirmed: 'không',
    });
    expect(training).toMatchObject({
      category: 'tập huấn',
      start: day(2022, 10, 5, 14),
      end: day(2022, 10, 5, 16),
      timeConfirmed: 'có',
      platform: 'Zoom',
      location: 'Trực tuyến',
      capacity: 60,
      owner: 'pho.ht@mnhoasen.edu.vn',
      audience: 'Phụ huynh',
    });
    expect(reading).toMatchObject({
      category: 'thư viện',
      location: 'Thư viện nhà trường',
      start: day(2022, 10, 6, 8),
    });
    expect(summary!.start).toEqual(day(2022, 10, 10, 8));
    expect(texts(plan)).toContain('HD04: ngày 10/10/2022 nằm ngoài tuần lễ (01/10/2022 – 07/10/2022).');
  });

  it('keeps the "who does what" lines of section III as notes, not activities', () => {
    expect(plan.activities).toHaveLength(4);
    expect(plan.settings.planNotes).toBe(
      'Hiệu trưởng chỉ đạo chung.\nGiáo viên các lớp tuyên truyền đến phụ huynh qua Zalo.',
    );
  });

  it('reads the same plan typed with NFD accents, tabs, CRLF and stray spaces', () => {
    const messy = read('mam-non-phuong-nfd-tabs.txt');
    expect(messy).not.toBe(messy.normalize('NFC'));
    expect(importPlanText(messy, { fallbackYear: 2030 })).toEqual(plan);
  });
});

describe('a district school under a "PHÒNG GDĐT" with bulleted activities', () => {
  const plan = load('tieu-hoc-phong-gddt.txt');

  it('keeps a governing body the body never spells otherwise in capitals (nothing invented)', () => {
    expect(plan.settings.governingBody).toBe('PHÒNG GDĐT QUẬN 3');
    expect(plan.settings.school).toBe('Trường Tiểu học Lê Văn Tám');
    expect(plan.settings.theme).toBe('Học tập suốt đời – nâng cao năng lực số');
    expect(plan.settings.weekStart).toEqual(day(2023, 10, 2));
  });

  it('reads an evening online session with its link, and says what it could not read', () => {
    const online = plan.activities.find((a) => a.category === 'trực tuyến')!;
    expect(online).toMatchObject({
      platform: 'Google Meet',
      link: 'https://meet.example.org/ltv-2023',
      start: day(2023, 10, 4, 19, 30),
      end: day(2023, 10, 4, 21),
      timeConfirmed: 'có',
    });
    expect(texts(plan)).toContain(
      'HD04: không đọc được chỉ tiêu “ít nhất một nửa số gia đình”; hãy ghi chỉ tiêu bằng số phần trăm (ví dụ 50%).',
    );
    expect(texts(plan)).toContain('HD03: ngày 12/10/2023 nằm ngoài tuần lễ (02/10/2023 – 08/10/2023).');
    expect(texts(plan)).toContain(
      'HD01: văn bản không ghi ngày; đề xuất cả tuần lễ (02/10/2023 – 08/10/2023), đánh dấu chưa xác nhận.',
    );
    const undated = plan.activities.find((a) => a.id === 'HD01')!;
    expect(undated).toMatchObject({
      start: day(2023, 10, 2, 7),
      end: day(2023, 10, 8, 17),
      timeConfirmed: 'không',
    });
  });

  it('keeps "Kinh phí: …" as a note of the plan', () => {
    expect(plan.settings.planNotes).toBe('Kinh phí: từ nguồn xã hội hóa.');
    expect(plan.activities.map((a) => a.title)).not.toContain('Kinh phí: từ nguồn xã hội hóa');
  });
});

describe('a plan with no activities', () => {
  const plan = load('khong-hoat-dong.txt');

  it('imports its Settings, says it has no activity and points at last year\'s "năm 2023"', () => {
    expect(plan.activities).toEqual([]);
    expect(plan.settings).toMatchObject({
      year: 2024,
      school: 'Trường Mầm non Sao Mai',
      governingBody: 'UBND Huyện Nhà Bè',
    });
    expect(texts(plan)).toContain(
      'Văn bản không có hoạt động nào (mục “Nội dung thực hiện” hoặc “Tổ chức thực hiện”).',
    );
    expect(texts(plan).some((t) => t.startsWith('Dòng 6: ghi “năm 2023” trong kế hoạch năm 2024'))).toBe(
      true,
    );
  });
});
