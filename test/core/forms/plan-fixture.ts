import { localDateTime } from '../../../src/core/cell';
import type { Activity, Person, Plan, Settings } from '../../../src/core/plan';

/** A small 2021 plan of Trường Mầm non 20/10: 40 active staff in 4 groups, 1 retired, 5 activities. */

export const SETTINGS: Settings = {
  school: 'Trường Mầm non 20/10',
  governingBody: 'UBND Quận 1',
  wardAssociation: 'Hội khuyến học Phường Nguyễn Cư Trinh',
  mailFamilies: false,
  year: 2021,
  theme: 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
  weekStart: localDateTime(2021, 10, 1),
  weekEnd: localDateTime(2021, 10, 7),
  timeZone: 'Asia/Ho_Chi_Minh',
  openingTarget: 50,
  leadershipEmails: ['hieutruong@mn2010.edu.vn'],
  language: 'vi',
  reminderLeadHours: 24,
  retentionDays: 90,
  calendarMode: 'dedicated',
  formUrls: {},
};

const GROUPS = ['Tổ Lá', 'Tổ Chồi', 'Tổ Mầm', 'Văn phòng'];

export function staff(count = 40): Person[] {
  const people: Person[] = [];
  for (let i = 1; i <= count; i++) {
    people.push({
      row: i + 1,
      id: `NS${String(i).padStart(3, '0')}`,
      name: `Giáo viên ${i}`,
      email: `gv${i}@mn2010.edu.vn`,
      role: i <= 3 ? 'CBQL' : 'GV',
      group: GROUPS[(i - 1) % GROUPS.length]!,
      active: true,
    });
  }
  return people;
}

export const RETIRED: Person = {
  row: 99,
  id: 'NS099',
  name: 'Nguyễn Thị Hưu',
  email: 'huu@mn2010.edu.vn',
  role: 'NV',
  group: 'Tổ Nghỉ hưu',
  active: false,
};

const base = { timeConfirmed: true, invite: true, status: 'kế hoạch' as const };

export const ACTIVITIES: Activity[] = [
  {
    ...base,
    row: 2,
    id: 'HD02',
    title: 'Dự lễ khai mạc trực tuyến',
    category: 'khai mạc',
    start: localDateTime(2021, 10, 5, 8, 0),
    end: localDateTime(2021, 10, 5, 10, 0),
    location: 'Hội trường UBND Quận 1',
  },
  {
    ...base,
    row: 5,
    id: 'HD05',
    title: 'Tập huấn an toàn Internet cho phụ huynh',
    category: 'tập huấn',
    start: localDateTime(2021, 10, 5, 14, 0),
    end: localDateTime(2021, 10, 5, 16, 0),
    platform: 'Zoom',
    capacity: 3,
  },
  {
    ...base,
    row: 6,
    id: 'HD06',
    title: 'Nói chuyện: chuyển đổi số trong gia đình',
    category: 'nói chuyện',
    start: localDateTime(2021, 10, 6, 19, 30),
    end: localDateTime(2021, 10, 6, 21, 0),
    platform: 'Google Meet',
    capacity: 2,
  },
  {
    ...base,
    row: 7,
    id: 'HD07',
    title: 'Kỹ năng khai thác thông tin trên mạng',
    category: 'tập huấn',
    start: localDateTime(2021, 10, 4, 8, 0),
    end: localDateTime(2021, 10, 4, 11, 0),
    location: 'Phòng họp nhà trường',
  },
  {
    ...base,
    row: 8,
    id: 'HD08',
    title: 'Tập huấn K12Online (hoãn)',
    category: 'tập huấn',
    start: localDateTime(2021, 10, 7, 8, 0),
    status: 'hủy',
    capacity: 20,
  },
];

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    settings: SETTINGS,
    people: [...staff(), RETIRED],
    families: [],
    activities: ACTIVITIES,
    outreach: [],
    ...overrides,
  };
}
