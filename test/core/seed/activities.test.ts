import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDateTime,
  partsOf,
  wallMinutes,
  weekdayOf,
  type LocalDateTime,
} from '../../../src/core/cell';
import { formatDayDate } from '../../../src/core/i18n/dates';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATUSES,
  AUDIENCE_ALL_STAFF,
  AUDIENCE_WORDS,
  ONLINE_PLATFORMS,
} from '../../../src/core/schema/tables';
import { defaultActivities, OPENING_OFFSET, resolveWeek, type ActivityRecord } from '../../../src/core/seed';

const dt = (cell: unknown): LocalDateTime => {
  if (!isLocalDateTime(cell)) throw new Error(`not a date: ${JSON.stringify(cell)}`);
  return cell;
};
const day = (cell: unknown): string => dt(cell).iso.slice(0, 10);
const isWeekendDay = (value: LocalDateTime): boolean => [0, 6].includes(weekdayOf(value));
const single = (a: ActivityRecord): boolean => day(a.start) === day(a.end);
const opening = (list: ActivityRecord[]): ActivityRecord => list.find((a) => a.category === 'khai mạc')!;
const summary = (list: ActivityRecord[]): ActivityRecord =>
  list.find((a) => a.category === 'tổng kết-khen thưởng')!;
const titles = (list: ActivityRecord[]): string => list.map((a) => String(a.title)).join('\n');

describe('the default plan: activities of the 2021 seed', () => {
  const plan = defaultActivities();

  it('has every activity the seed names, numbered HD01…', () => {
    expect(plan.length).toBeGreaterThanOrEqual(12);
    expect(plan.length).toBeLessThanOrEqual(16);
    expect(plan.map((a) => a.id)).toEqual(plan.map((_, i) => `HD${String(i + 1).padStart(2, '0')}`));
    const text = titles(plan);
    for (const named of [
      /Facebook, YouTube, Zalo, Viber/,
      /khẩu hiệu, biểu ngữ, tài liệu tuyên truyền/,
      /“Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân” \(Hồ Chí Minh\)/,
      /Lễ khai mạc “Tuần lễ hưởng ứng học tập suốt đời năm 2021”/,
      /lợi ích của việc học tập suốt đời/,
      /Internet an toàn/,
      /luân chuyển sách/,
      /“Tủ sách học tập suốt đời”/,
      /văn hóa đọc/,
      /Zoom, Google Meet, K12Online, Microsoft Teams/,
      /buổi nói chuyện miễn phí về kỹ năng sống/,
      /tin học, ngoại ngữ, cao học, bồi dưỡng cán bộ quản lý/,
      /“Gia đình hiếu học”.*Hội khuyến học Phường Nguyễn Cư Trinh/,
      /khen thưởng tập thể, cá nhân/,
      /chính quyền và đoàn thể/,
      /trang thông tin điện tử của trường/,
    ]) {
      expect(text).toMatch(named);
    }
  });

  it('uses only the categories, statuses, platforms and audiences of the schema, and each category', () => {
    for (const a of plan) {
      expect(ACTIVITY_CATEGORIES).toContain(a.category);
      expect(ACTIVITY_STATUSES).toContain(a.status);
      if (a.platform !== null) expect(ONLINE_PLATFORMS).toContain(a.platform);
      expect(AUDIENCE_WORDS).toContain(a.audience);
      expect(['có', 'không']).toContain(a.timeConfirmed);
      expect(['có', 'không']).toContain(a.invite);
    }
    expect(new Set(plan.map((a) => a.category))).toEqual(new Set(ACTIVITY_CATEGORIES));
  });

  it('dates every activity inside 01–07/10/2021, ending after it starts', () => {
    for (const a of plan) {
      expect(dt(a.start).iso >= '2021-10-01T00:00').toBe(true);
      expect(dt(a.end).iso <= '2021-10-07T23:59').toBe(true);
      expect(wallMinutes(dt(a.end))).toBeGreaterThan(wallMinutes(dt(a.start)));
    }
  });

  it('puts the opening on the morning of thứ Ba 05/10/2021, noting that the seed wrote 2020', () => {
    const o = opening(plan);
    expect(formatDayDate(dt(o.start))).toBe('thứ Ba, 05/10/2021');
    expect(partsOf(dt(o.start)).hour).toBeLessThan(12);
    expect(partsOf(dt(o.end)).hour).toBeLessThanOrEqual(12);
    expect(o.location).toMatch(/Hội trường Ủy ban nhân dân Quận 1 và các điểm cầu/);
    expect(o.invite).toBe('có');
    expect(o.audience).toBe(AUDIENCE_ALL_STAFF);
    expect(o.timeConfirmed).toBe('không');
    expect(o.resultNotes).toMatch(/05\/10\/2020/);
  });

  it('spans the week for what runs all week, proposes unconfirmed hours for the one-offs', () => {
    const weekLong = plan.filter((a) => !single(a));
    expect(weekLong.length).toBeGreaterThan(0);
    for (const a of weekLong) {
      expect(dt(a.start).iso).toBe('2021-10-01T07:00');
      expect(dt(a.end).iso).toBe('2021-10-07T17:00');
    }
    for (const a of plan.filter(single)) {
      expect(a.timeConfirmed).toBe('không');
      expect(isWeekendDay(dt(a.start))).toBe(false);
      const { hour } = partsOf(dt(a.start));
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(partsOf(dt(a.end)).hour).toBeLessThanOrEqual(17);
    }
  });

  it('holds the summary on the last day and gives trainings and talks a capacity', () => {
    expect(day(summary(plan).start)).toBe('2021-10-07');
    for (const a of plan.filter((x) => x.category === 'tập huấn' || x.category === 'nói chuyện')) {
      expect(typeof a.capacity).toBe('number');
      expect(a.capacity as number).toBeGreaterThan(0);
    }
  });

  it('gives online activities a platform and a placeholder link at a reserved domain', () => {
    const online = plan.filter((a) => a.category === 'trực tuyến');
    expect(online.length).toBeGreaterThan(0);
    for (const a of online) {
      expect(a.platform).toBeTruthy();
      expect(String(a.link)).toMatch(/^https:\/\/[a-z0-9.-]*example(\.com)?\//);
    }
    for (const a of plan) {
      if (a.link !== null) expect(new URL(String(a.link)).hostname).toMatch(/(^|\.)example(\.com)?$/);
      if (a.owner !== null) expect(String(a.owner)).toMatch(/^[a-z.]+@[a-z0-9]+\.example$/);
    }
  });

  it('has invitations only with an audience and a time', () => {
    for (const a of plan.filter((x) => x.invite === 'có')) {
      expect(a.audience).not.toBe('Không mời');
      expect(isLocalDateTime(a.start) && isLocalDateTime(a.end)).toBe(true);
    }
  });

  it('writes Vietnamese text in NFC', () => {
    for (const a of plan) {
      for (const value of Object.values(a)) {
        if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
      }
    }
  });
});

describe('the default plan in other years and schools', () => {
  it('2022: the week is thứ Bảy 01/10 – thứ Sáu 07/10, the opening stays on thứ Tư 05/10', () => {
    const plan = defaultActivities({ year: 2022 });
    const weekLong = plan.find((a) => !single(a))!;
    expect(formatDayDate(dt(weekLong.start))).toBe('thứ Bảy, 01/10/2022');
    expect(formatDayDate(dt(weekLong.end))).toBe('thứ Sáu, 07/10/2022');
    expect(formatDayDate(dt(opening(plan).start))).toBe('thứ Tư, 05/10/2022');
    expect(opening(plan).title).toMatch(/năm 2022/);
    expect(opening(plan).resultNotes).not.toMatch(/2020/);
    expect(formatDayDate(dt(summary(plan).start))).toBe('thứ Sáu, 07/10/2022');
  });

  it('2024: the week starts thứ Ba 01/10; the opening moves off Saturday 05/10 to thứ Sáu 04/10 and says so', () => {
    const plan = defaultActivities({ year: 2024, school: 'Trường Mầm non Hoa Hồng 2' });
    const weekLong = plan.find((a) => !single(a))!;
    expect(formatDayDate(dt(weekLong.start))).toBe('thứ Ba, 01/10/2024');
    expect(formatDayDate(dt(weekLong.end))).toBe('thứ Hai, 07/10/2024');
    const o = opening(plan);
    expect(formatDayDate(dt(o.start))).toBe('thứ Sáu, 04/10/2024');
    expect(o.resultNotes).toMatch(/Đã dời từ thứ Bảy, 05\/10\/2024 sang thứ Sáu, 04\/10\/2024/);
    expect(formatDayDate(dt(summary(plan).start))).toBe('thứ Hai, 07/10/2024');
    expect(o.owner).toBe('hieutruong@mnhoahong2.example');
  });

  it('takes the week from `start` when given', () => {
    const plan = defaultActivities({ start: '30/09/2024' });
    expect(day(plan.find((a) => !single(a))!.start)).toBe('2024-09-30');
    expect(day(plan.find((a) => !single(a))!.end)).toBe('2024-10-06');
  });

  it('refuses a start date that is no date or not in the given year', () => {
    expect(() => defaultActivities({ start: '31/09/2024' })).toThrow(RangeError);
    expect(() => defaultActivities({ start: 'mùng 1' })).toThrow(/Ngày bắt đầu tuần lễ không hợp lệ/);
    expect(() => defaultActivities({ year: 2024, start: '2023-10-01' })).toThrow(RangeError);
  });

  const weekStarts = fc.oneof(
    fc.integer({ min: 2020, max: 2035 }).map((year) => ({ year })),
    fc
      .record({
        year: fc.integer({ min: 2020, max: 2035 }),
        month: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, d }) => ({
        start: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      })),
  );

  it('for any year 2020–2035 and any start, keeps every activity inside its week and one-offs on weekdays', () => {
    fc.assert(
      fc.property(weekStarts, (options) => {
        const week = resolveWeek(options);
        const plan = defaultActivities(options);
        const first = week.start.iso;
        const last = `${week.end.iso.slice(0, 10)}T23:59`;
        for (const a of plan) {
          expect(dt(a.start).iso >= first && dt(a.end).iso <= last).toBe(true);
          expect(wallMinutes(dt(a.end))).toBeGreaterThan(wallMinutes(dt(a.start)));
          if (single(a)) expect(isWeekendDay(dt(a.start))).toBe(false);
        }
        // One-offs never overlap each other, so nobody is asked to be in two places.
        const slots = plan
          .filter(single)
          .map((a) => [wallMinutes(dt(a.start)), wallMinutes(dt(a.end))] as const);
        for (let i = 0; i < slots.length; i++) {
          for (let j = i + 1; j < slots.length; j++) {
            expect(slots[i]![1] <= slots[j]![0] || slots[j]![1] <= slots[i]![0]).toBe(true);
          }
        }
        // The opening keeps start+4 and the summary the last day, unless that is a weekend.
        const openingDay = addDays(week.start, OPENING_OFFSET);
        if (!isWeekendDay(openingDay)) expect(day(opening(plan).start)).toBe(day(openingDay));
        if (!isWeekendDay(week.end)) expect(day(summary(plan).start)).toBe(day(week.end));
      }),
      { numRuns: 300 },
    );
  });
});
