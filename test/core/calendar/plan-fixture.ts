import { localDateTime } from '../../../src/core/cell';
import type { Activity, Person, Plan, Settings } from '../../../src/core/plan';
import { AUDIENCE_ALL_STAFF } from '../../../src/core/schema/tables';

/** A typed plan for the calendar core tests: the 2021 week, a small staff, two families. */
export const SETTINGS: Settings = {
  school: 'Trường Mầm non 20/10',
  governingBody: 'UBND Quận 1',
  // These tests invite families too: the school opted in to mail for them.
  mailFamilies: true,
  year: 2021,
  theme: 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
  weekStart: localDateTime(2021, 10, 1),
  weekEnd: localDateTime(2021, 10, 7),
  timeZone: 'Asia/Ho_Chi_Minh',
  openingTarget: 50,
  leadershipEmails: ['hieutruong@truong.example'],
  organiserEmail: 'tochuc@truong.example',
  senderName: 'Ban tổ chức – Trường Mầm non 20/10',
  language: 'vi',
  reminderLeadHours: 24,
  retentionDays: 365,
  calendarMode: 'dedicated',
  formUrls: { attendance: 'https://forms.example/khai-mac', training: 'https://forms.example/tap-huan' },
};

export function staff(n: number, group = 'Tổ Lá'): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    id: `NS${String(i + 1).padStart(3, '0')}`,
    name: `Nguyễn Thị Hồng ${i + 1}`,
    email: `gv${i + 1}@truong.example`,
    role: 'GV' as const,
    group: i % 2 === 0 ? group : 'Tổ Chồi',
    active: true,
  }));
}

export function activity(overrides: Partial<Activity> & { id: string }): Activity {
  return {
    row: 2,
    title: 'Dự Lễ khai mạc trực tuyến do Quận tổ chức',
    category: 'khai mạc',
    start: localDateTime(2021, 10, 5, 7, 30),
    end: localDateTime(2021, 10, 5, 11, 0),
    timeConfirmed: true,
    location: 'Hội trường Ủy ban nhân dân Quận 1',
    audience: AUDIENCE_ALL_STAFF,
    invite: true,
    status: 'kế hoạch',
    ...overrides,
  };
}

export function plan(activities: Activity[], people: Person[] = staff(4)): Plan {
  return {
    settings: SETTINGS,
    people,
    families: [
      { row: 2, id: 'PH001', parentName: 'Phạm Văn Dũng', email: 'dung.ph@nha.example' },
      { row: 3, id: 'PH002', parentName: 'Võ Thị Hoa' },
    ],
    activities,
    outreach: [],
  };
}
