import fc from 'fast-check';
import {
  addDays,
  addMinutes,
  localDateTime,
  withTime,
  type Cell,
  type Grid,
  type LocalDateTime,
} from '../../src/core/cell';
import type { DocumentSettingKey } from '../../src/core/plan-document/import-plan-document';
import { SETTINGS } from '../../src/core/schema/settings';
import {
  ACTIVITIES_TABLE,
  ACTIVITY_CATEGORIES,
  AUDIENCE_WORDS,
  ONLINE_PLATFORMS,
} from '../../src/core/schema/tables';
import type { ActivityRecord } from '../../src/core/seed';
import { defaultSettings } from '../../src/core/seed';
import { defaultHeader, recordToRow, mapHeader } from '../../src/core/table';
import { MemoryTables } from './memory-tables';

/**
 * Generated plans of other schools and years: Settings the document carries and activities with
 * every column a plan states, in Vietnamese words (with their diacritics) the way principals
 * write them. Titles avoid only what a plan's sentence cannot be: a "label: value" line or a
 * sentence about all the activities.
 */

const WORDS = [
  'học',
  'tập',
  'suốt',
  'đời',
  'thư',
  'viện',
  'sách',
  'đọc',
  'trẻ',
  'phụ',
  'huynh',
  'giáo',
  'viên',
  'kỹ',
  'năng',
  'an',
  'toàn',
  'mạng',
  'tuyên',
  'truyền',
  'ngày',
  'hội',
  'gia',
  'đình',
  'Zalo',
  'cờ',
  'băng',
  'rôn',
  'sân',
  'chơi',
  'khuyến',
  'chia',
  'sẻ',
  'ứng',
  'dụng',
  'số',
  'lớp',
  'mẫu',
  'giáo',
  'nhỏ',
  'lớn',
  'xanh',
  'sạch',
  'đẹp',
  'vui',
  'khỏe',
  'tri',
  'thức',
  'nhà',
  'trường',
  'cộng',
  'đồng',
] as const;

const word = fc.constantFrom(...WORDS);
const phrase = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const sentence = (min: number, max: number) =>
  fc
    .tuple(phrase(min, max), fc.constantFrom('', ',', ' –', ';'), phrase(1, 3))
    .map(([a, sep, b]) => capital(`${a}${sep} ${b}`));
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const name = fc.tuple(
  fc.constantFrom('Hoa Sen', 'Bình Minh', 'Sao Mai', 'Tuổi Thơ', '19/5', 'Họa Mi'),
  fc.constantFrom('Mầm non', 'Tiểu học', 'THCS'),
);
const district = fc.constantFrom('Quận 3', 'Quận 10', 'Huyện Củ Chi', 'Thành phố Thủ Đức', 'Huyện Nhà Bè');
const ward = fc.constantFrom('Phường Bến Nghé', 'Phường 7', 'Xã Tân Thạnh Đông', 'Phường Hiệp Phú');
const email = fc.constantFrom(
  'hieutruong@mnhoasen.edu.vn',
  'pho.ht@mnhoasen.edu.vn',
  'thuvien@th.example.org',
);

export interface GeneratedPlan {
  readonly settings: Partial<Record<DocumentSettingKey, Cell>>;
  readonly activities: ActivityRecord[];
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

function activityArb(week: LocalDateTime): fc.Arbitrary<Omit<ActivityRecord, 'id'>> {
  return fc
    .record({
      title: sentence(2, 8),
      category: fc.constantFrom(...ACTIVITY_CATEGORIES),
      day: fc.integer({ min: 0, max: 6 }),
      days: fc.integer({ min: 0, max: 2 }),
      hour: fc.integer({ min: 7, max: 16 }),
      minute: fc.constantFrom(0, 15, 30, 45),
      length: fc.integer({ min: 30, max: 180 }),
      confirmed: fc.boolean(),
      location: optional(sentence(1, 4)),
      platform: optional(fc.constantFrom(...ONLINE_PLATFORMS)),
      link: optional(word.map((w) => `https://meet.example.org/${encodeURIComponent(w)}-1`)),
      owner: optional(email),
      audience: fc.constantFrom(...AUDIENCE_WORDS),
      capacity: optional(fc.integer({ min: 1, max: 500 })),
      invite: fc.boolean(),
      notes: optional(sentence(1, 6)),
    })
    .map((a) => {
      const start = withTime(addDays(week, Math.min(a.day, 6 - a.days)), a.hour, a.minute);
      const end = a.days === 0 ? addMinutes(start, a.length) : withTime(addDays(start, a.days), 17, 0);
      return {
        title: a.title,
        category: a.category,
        start,
        end,
        timeConfirmed: a.confirmed ? 'có' : 'không',
        location: a.location,
        platform: a.platform,
        link: a.link,
        owner: a.owner,
        audience: a.audience,
        capacity: a.capacity,
        invite: a.invite ? 'có' : 'không',
        status: 'kế hoạch',
        resultNotes: a.notes,
        evidence: null,
      };
    });
}

export const planArb: fc.Arbitrary<GeneratedPlan> = fc
  .record({ year: fc.integer({ min: 2020, max: 2030 }), startDay: fc.integer({ min: 1, max: 3 }) })
  .chain(({ year, startDay }) => {
    const weekStart = localDateTime(year, 10, startDay);
    return fc.record({
      year: fc.constant(year),
      weekStart: fc.constant(weekStart),
      school: name.map(([n, level]) => `Trường ${level} ${n}`),
      governingBody: fc.tuple(fc.constantFrom('UBND', 'Phòng GDĐT'), district).map(([a, b]) => `${a} ${b}`),
      wardAssociation: optional(ward.map((w) => `Hội khuyến học ${w}`)),
      planNumber: optional(fc.integer({ min: 1, max: 300 }).map((n) => `${n}/KH-MN`)),
      basis: optional(
        fc
          .tuple(fc.integer({ min: 1, max: 28 }), district, fc.boolean())
          .map(
            ([d, where, two]) =>
              `Kế hoạch số ${d + 100}/KH-UBND ngày ${String(d).padStart(2, '0')}/09/${year} của UBND ${where} về tổ chức Tuần lễ` +
              (two ? `\nCông văn số ${d}/GDĐT-TC của Phòng Giáo dục và Đào tạo` : ''),
          ),
      ),
      preamble: optional(fc.array(sentence(4, 12), { minLength: 1, maxLength: 2 }).map((l) => l.join('\n'))),
      planDate: optional(fc.integer({ min: 1, max: 30 }).map((d) => localDateTime(year, 9, d))),
      purposes: optional(fc.array(sentence(3, 10), { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'))),
      theme: sentence(3, 9),
      place: optional(district),
      // A cell holding 1 reads as 100 % (a percent-formatted cell): the sheet own rule, not the document.
      openingTarget: fc.integer({ min: 2, max: 100 }),
      signerTitle: fc.constantFrom('HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'),
      signerName: optional(fc.constantFrom('Nguyễn Thị Lan', 'Trần Văn Bình', 'Lê Thị Ánh Tuyết')),
      recipientsNote: optional(
        fc
          .array(fc.constantFrom('UBND Quận 3', 'Phòng GDĐT', 'Lưu: VT', 'Hội khuyến học Phường 7'), {
            minLength: 1,
            maxLength: 3,
          })
          .map((r) => [...new Set(r)].join('; ')),
      ),
      planNotes: optional(fc.array(sentence(2, 8), { minLength: 1, maxLength: 2 }).map((l) => l.join('\n'))),
      activities: fc.array(activityArb(weekStart), { minLength: 0, maxLength: 8 }),
    });
  })
  .map((p) => {
    const basisDay = p.basis ? /ngày (\d{2})\/09/.exec(p.basis)![1]! : undefined;
    const settings: Partial<Record<DocumentSettingKey, Cell>> = {
      school: p.school,
      governingBody: p.governingBody,
      wardAssociation: p.wardAssociation,
      planNumber: p.planNumber,
      basis: p.basis,
      basisDate: basisDay ? localDateTime(p.year, 9, Number(basisDay)) : null,
      preamble: p.preamble,
      planDate: p.planDate,
      purposes: p.purposes,
      year: p.year,
      theme: p.theme,
      weekStart: p.weekStart,
      weekEnd: addDays(p.weekStart, 6),
      place: p.place,
      openingTarget: p.openingTarget,
      signerTitle: p.signerTitle,
      signerName: p.signerName,
      recipientsNote: p.recipientsNote,
      planNotes: p.planNotes,
    };
    const activities = p.activities.map((a, i) => ({ id: `HD${String(i + 1).padStart(2, '0')}`, ...a }));
    return { settings, activities };
  });

/** A sheet holding the plan: Setup's Settings rows with the plan's values, and its activities. */
export function planSheet(plan: GeneratedPlan): MemoryTables {
  const tables = new MemoryTables();
  const defaults = defaultSettings();
  const settings: Grid = [
    ['Mục', 'Giá trị', 'Giải thích'],
    ...SETTINGS.map((spec) => {
      const own = plan.settings as Record<string, Cell | undefined>;
      const value =
        spec.key in own ? (own[spec.key] ?? null) : defaults.find((d) => d.key === spec.key)!.value;
      return [spec.label, value, spec.help];
    }),
  ];
  tables.tabs.set('Cấu hình', settings);
  const header = defaultHeader(ACTIVITIES_TABLE);
  const map = mapHeader(ACTIVITIES_TABLE, header);
  tables.tabs.set('Hoạt động', [header, ...plan.activities.map((a) => recordToRow(map, a))]);
  return tables;
}
