import { addDays, wallMinutes, withTime, type Cell, type LocalDateTime } from '../cell';
import { formatDayDate } from '../i18n/dates';
import {
  AUDIENCE_ALL_STAFF,
  AUDIENCE_EVERYONE,
  AUDIENCE_NONE,
  AUDIENCE_PARENTS,
  type ACTIVITIES_TABLE,
  type ActivityCategory,
  type KeysOf,
} from '../schema/tables';
import { mailDomainOf } from './mail-domain';
import { SEED_WARD_ASSOCIATION } from './plan-2021';
import { isWeekend, resolveWeek, weekdaysByDistance, type SeedOptions, type SeedWeek } from './week';

export type ActivityKey = KeysOf<typeof ACTIVITIES_TABLE>;
export type ActivityRecord = Partial<Record<ActivityKey, Cell>>;

/** Offset of the opening ceremony: the seed's "sáng ngày 05 tháng 10", four days after 01/10. */
export const OPENING_OFFSET = 4;

/**
 * When an activity happens. The seed gives dates but no clock times: an activity that runs
 * the whole week spans its first day 07:00 to its last day 17:00 (the seed states that span,
 * so it counts as confirmed); a one-off gets a proposed day and school hours, unconfirmed.
 */
type When =
  | { readonly kind: 'week' }
  | {
      readonly kind: 'day';
      readonly offset: number;
      readonly from: [number, number];
      readonly to: [number, number];
      /** Placed before the others (lower first): the opening keeps its day, the summary the last day. */
      readonly priority?: number;
    };

interface SeedActivity {
  readonly title: (week: SeedWeek) => string;
  readonly category: ActivityCategory;
  readonly when: When;
  readonly location?: string;
  readonly platform?: string;
  readonly link?: (week: SeedWeek, domain: string) => string;
  /** Local part of the owner's address at the school's placeholder domain. */
  readonly owner?: string;
  readonly audience: string;
  readonly capacity?: number;
  readonly invite: boolean;
  readonly note?: (week: SeedWeek, day: LocalDateTime) => string;
}

const WEEK: When = { kind: 'week' };

/** Every activity the 2021 plan names, in the plan's order (sections 3.1, 3.2 and III). */
const SEED_ACTIVITIES: readonly SeedActivity[] = [
  {
    title: () =>
      'Tuyên truyền trên cổng thông tin điện tử và mạng xã hội (Facebook, YouTube, Zalo, Viber) ' +
      'về vai trò của chuyển đổi số trong học tập suốt đời',
    category: 'tuyên truyền',
    when: WEEK,
    location: 'Trực tuyến',
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
  {
    title: () =>
      'Đăng tải khẩu hiệu, biểu ngữ, tài liệu tuyên truyền về mục tiêu, nội dung các hoạt động ' +
      'của Tuần lễ hưởng ứng học tập suốt đời',
    category: 'tuyên truyền',
    when: WEEK,
    location: 'Tại trường và trên trang thông tin điện tử',
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
  {
    title: () =>
      'Treo cờ, băng rôn tại trường với nội dung “Học ở trường, học ở sách vở, học lẫn nhau và ' +
      'học ở Nhân dân” (Hồ Chí Minh)',
    category: 'tuyên truyền',
    when: WEEK,
    location: 'Cổng trường',
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
  {
    title: (w) =>
      `Dự Lễ khai mạc “Tuần lễ hưởng ứng học tập suốt đời năm ${w.year}” trực tuyến do Quận tổ chức`,
    category: 'khai mạc',
    when: { kind: 'day', offset: OPENING_OFFSET, from: [7, 30], to: [11, 0], priority: 0 },
    location: 'Hội trường Ủy ban nhân dân Quận 1 và các điểm cầu',
    owner: 'hieutruong',
    audience: AUDIENCE_ALL_STAFF,
    invite: true,
    note: (w, day) =>
      (w.year === 2021
        ? 'Văn bản gốc ghi ngày khai mạc là 05/10/2020 (nhầm năm); tuần lễ 2021 dùng 05/10/2021. '
        : `Tuần lễ 2021, Quận khai mạc vào sáng 05/10; ngày của tuần lễ ${w.year} là đề xuất, chờ Quận thông báo. `) +
      'Chỉ tiêu: 50% CB-GV-NV tham dự. Giờ là đề xuất, cần xác nhận.' +
      movedNote(w, OPENING_OFFSET, day),
  },
  {
    title: () =>
      'Thông tin, tuyên truyền về mục đích, ý nghĩa, lợi ích của việc học tập suốt đời và xây dựng ' +
      'xã hội học tập; triển khai xây dựng các mô hình học tập',
    category: 'tuyên truyền',
    when: WEEK,
    location: 'Tại trường và trên trang thông tin điện tử',
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
  {
    title: () =>
      'Tập huấn kỹ năng tìm kiếm, khai thác, sử dụng thông tin trên mạng Internet an toàn, hiệu quả ' +
      'cho học sinh, phụ huynh, cán bộ, giáo viên, nhân viên',
    category: 'tập huấn',
    when: { kind: 'day', offset: 3, from: [14, 0], to: [16, 0] },
    location: 'Trực tuyến',
    platform: 'Zoom',
    link: (w) => `https://zoom.example.com/j/htsd-${w.year}-tap-huan-internet`,
    owner: 'phohieutruong',
    audience: AUDIENCE_EVERYONE,
    capacity: 80,
    invite: true,
    note: (w, day) =>
      'Giờ là đề xuất, cần xác nhận; đường liên kết là mẫu, thay bằng phòng họp thật.' + movedNote(w, 3, day),
  },
  {
    title: () =>
      'Hợp tác giữa thư viện nhà trường, thư viện công cộng và trung tâm học tập cộng đồng: chia sẻ ' +
      'cơ sở vật chất, kinh nghiệm; luân chuyển sách, báo, tài liệu giấy và tài liệu số',
    category: 'thư viện',
    when: WEEK,
    location: 'Thư viện nhà trường',
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
  {
    title: () => 'Phát động phong trào xây dựng văn hóa đọc; ra mắt “Tủ sách học tập suốt đời” tại trường',
    category: 'thư viện',
    when: { kind: 'day', offset: 0, from: [8, 0], to: [9, 30] },
    location: 'Thư viện nhà trường',
    owner: 'thuvien',
    audience: AUDIENCE_ALL_STAFF,
    invite: true,
    note: (w, day) => 'Giờ là đề xuất, cần xác nhận.' + movedNote(w, 0, day),
  },
  {
    title: () =>
      'Buổi học trực tuyến lồng ghép giới thiệu nội dung, bài học, học liệu cho từng nhóm người học ' +
      '(Zoom, Google Meet, K12Online, Microsoft Teams)',
    category: 'trực tuyến',
    when: { kind: 'day', offset: 3, from: [9, 0], to: [10, 30] },
    location: 'Trực tuyến',
    platform: 'Google Meet',
    link: (w) => `https://meet.example.com/htsd-${w.year}-hoc-truc-tuyen`,
    owner: 'phohieutruong',
    audience: AUDIENCE_PARENTS,
    invite: true,
    note: (w, day) =>
      'Giờ là đề xuất, cần xác nhận; đường liên kết là mẫu, thay bằng phòng họp thật.' + movedNote(w, 3, day),
  },
  {
    title: () =>
      'Lớp học, buổi nói chuyện miễn phí về kỹ năng sống và kỹ năng sử dụng công nghệ hiện đại ' +
      'trong cuộc sống, công việc hằng ngày',
    category: 'nói chuyện',
    when: { kind: 'day', offset: 5, from: [14, 0], to: [16, 0] },
    location: 'Hội trường nhà trường',
    owner: 'tochuc',
    audience: AUDIENCE_EVERYONE,
    capacity: 50,
    invite: true,
    note: (w, day) => 'Giờ là đề xuất, cần xác nhận.' + movedNote(w, 5, day),
  },
  {
    title: () =>
      'Vận động cán bộ, giáo viên, nhân viên tham gia các lớp tin học, ngoại ngữ, cao học, bồi dưỡng ' +
      'cán bộ quản lý, tổ trưởng chuyên môn',
    category: 'vận động học tập',
    when: WEEK,
    audience: AUDIENCE_ALL_STAFF,
    invite: false,
  },
  {
    title: () =>
      `Bình chọn cá nhân tiêu biểu “Gia đình hiếu học” tham dự Hội nghị tuyên dương do ${SEED_WARD_ASSOCIATION} tổ chức`,
    category: 'bình chọn',
    when: WEEK,
    audience: AUDIENCE_PARENTS,
    invite: false,
  },
  {
    title: () =>
      'Tổng kết, rút kinh nghiệm; khen thưởng tập thể, cá nhân tham gia tốt trong Tuần lễ hưởng ứng ' +
      'học tập suốt đời',
    category: 'tổng kết-khen thưởng',
    when: { kind: 'day', offset: 6, from: [15, 0], to: [16, 30], priority: 1 },
    location: 'Hội trường nhà trường',
    owner: 'hieutruong',
    audience: AUDIENCE_ALL_STAFF,
    invite: true,
    note: (w, day) => 'Ngày cuối tuần lễ; giờ là đề xuất, cần xác nhận.' + movedNote(w, 6, day),
  },
  {
    title: () =>
      'Phối hợp chính quyền và đoàn thể tham gia các hoạt động của Tuần lễ hưởng ứng học tập suốt đời',
    category: 'tuyên truyền',
    when: WEEK,
    audience: AUDIENCE_NONE,
    invite: false,
  },
  {
    title: () => 'Tuyên truyền các hoạt động của Tuần lễ trên trang thông tin điện tử của trường',
    category: 'tuyên truyền',
    when: WEEK,
    location: 'Trang thông tin điện tử của trường',
    link: (w, domain) => `https://${domain}/tuan-le-hoc-tap-suot-doi-${w.year}`,
    audience: AUDIENCE_EVERYONE,
    invite: false,
  },
];

/** Says so when a proposed day was moved, and why, so the principal sees it. */
function movedNote(week: SeedWeek, offset: number, day: LocalDateTime): string {
  const wanted = addDays(week.start, offset);
  if (sameDay(wanted, day)) return '';
  const why = isWeekend(wanted) ? 'vì rơi vào cuối tuần' : 'để không trùng giờ với hoạt động khác';
  return ` Đã dời từ ${formatDayDate(wanted)} sang ${formatDayDate(day)} ${why}.`;
}

const sameDay = (a: LocalDateTime, b: LocalDateTime): boolean => a.iso.slice(0, 10) === b.iso.slice(0, 10);

/**
 * The day of each one-off activity: its own day when that is a weekday, else the nearest
 * weekday inside the week where it overlaps no activity placed before it. The opening is
 * placed first, then the summary, then the rest in the plan's order.
 */
function scheduleDays(week: SeedWeek): Map<number, LocalDateTime> {
  const order = SEED_ACTIVITIES.map((a, i) => ({ a, i }))
    .filter(({ a }) => a.when.kind === 'day')
    .sort((x, y) => priorityOf(x.a) - priorityOf(y.a) || x.i - y.i);
  const placed: { from: number; to: number }[] = [];
  const days = new Map<number, LocalDateTime>();
  for (const { a, i } of order) {
    if (a.when.kind !== 'day') continue;
    const { offset, from, to } = a.when;
    const slot = (day: LocalDateTime) => ({
      from: wallMinutes(withTime(day, ...from)),
      to: wallMinutes(withTime(day, ...to)),
    });
    const candidates = weekdaysByDistance(week, offset);
    const free = candidates.find((day) => {
      const s = slot(day);
      return placed.every((p) => s.to <= p.from || p.to <= s.from);
    });
    const day = free ?? candidates[0]!;
    placed.push(slot(day));
    days.set(i, day);
  }
  return days;
}

const priorityOf = (a: SeedActivity): number => (a.when.kind === 'day' ? (a.when.priority ?? 2) : 2);

export const activityId = (index: number): string => `HD${String(index + 1).padStart(2, '0')}`;

/**
 * The activities of the default plan as rows of the Activities tab (HD01…), dated inside the
 * week the options give (default: 01–07/10/2021).
 */
export function defaultActivities(options: SeedOptions = {}): ActivityRecord[] {
  const week = resolveWeek(options);
  const domain = mailDomainOf(week.school);
  const days = scheduleDays(week);
  return SEED_ACTIVITIES.map((a, i) => {
    let start: LocalDateTime;
    let end: LocalDateTime;
    let note: string | null;
    if (a.when.kind === 'week') {
      start = withTime(week.start, 7);
      end = withTime(week.end, 17);
      note = a.note ? a.note(week, week.start) : null;
    } else {
      const day = days.get(i)!;
      start = withTime(day, ...a.when.from);
      end = withTime(day, ...a.when.to);
      note = a.note ? a.note(week, day) : null;
    }
    return {
      id: activityId(i),
      title: a.title(week),
      category: a.category,
      start,
      end,
      timeConfirmed: a.when.kind === 'week' ? 'có' : 'không',
      location: a.location ?? null,
      platform: a.platform ?? null,
      link: a.link ? a.link(week, domain) : null,
      owner: a.owner ? `${a.owner}@${domain}` : null,
      audience: a.audience,
      capacity: a.capacity ?? null,
      invite: a.invite ? 'có' : 'không',
      status: 'kế hoạch',
      resultNotes: note,
      evidence: null,
    };
  });
}
