import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  attendanceProgressText,
  buildFormSpecs,
  formatPercent,
  normaliseResponse,
  openingAttendance,
  ratio,
} from '../../../src/core/forms';
import { ACTIVITIES, RETIRED, plan, staff } from './plan-fixture';

const context = { specs: buildFormSpecs(plan()), activities: ACTIVITIES };
const respond = (email: string, intent: string, minute = 0) =>
  normaliseResponse(
    'attendance',
    {
      timestamp: localDateTime(2021, 10, 5, 7, minute),
      email,
      answers: {
        'Họ và tên': 'X',
        'Tổ/nhóm': 'Tổ Lá',
        'Bạn muốn': intent,
        'Hình thức tham dự': 'Trực tuyến tại nhà',
      },
    },
    context,
  );

describe('opening attendance against the target', () => {
  const people = [...staff(40), RETIRED];

  it('says how many more are needed: "18/40 … (45 %) – cần thêm 2 người để đạt 50 %"', () => {
    const responses = Array.from({ length: 18 }, (_, i) =>
      respond(`GV${i + 1}@mn2010.edu.vn`, 'Đăng ký tham dự', i),
    );
    const result = openingAttendance(people, responses, 50);
    expect(result.registered).toEqual({ count: 18, total: 40, percent: 45, met: false, needed: 2 });
    expect(attendanceProgressText(result, 'registered')).toBe(
      '18/40 CB-GV-NV đã đăng ký dự khai mạc (45 %) – cần thêm 2 người để đạt 50 %',
    );
    expect(attendanceProgressText(result, 'registered', 'en')).toBe(
      '18/40 staff registered for the opening (45 %) – 2 more needed to reach 50 %',
    );
  });

  it('counts only active staff; others are outsiders; a check-in counts as registered and present', () => {
    const responses = [
      respond('gv1@mn2010.edu.vn', 'Đăng ký tham dự', 1),
      respond('gv1@mn2010.edu.vn', 'Điểm danh có mặt', 2),
      respond('gv2@mn2010.edu.vn', 'Điểm danh có mặt', 3),
      respond('gv2@mn2010.edu.vn', 'Đăng ký tham dự', 4), // a later "register" does not undo the check-in
      respond(RETIRED.email, 'Điểm danh có mặt', 5),
      respond('phuhuynh@gmail.com', 'Điểm danh có mặt', 6),
    ];
    const result = openingAttendance(people, responses, 50);
    expect(result.registered.count).toBe(2);
    expect(result.present.count).toBe(2);
    expect(result.present.total).toBe(40);
    expect(result.outsiders).toEqual([RETIRED.email, 'phuhuynh@gmail.com']);
  });

  it('reports per group and says when the target is met', () => {
    const responses = Array.from({ length: 20 }, (_, i) =>
      respond(`gv${i + 1}@mn2010.edu.vn`, 'Điểm danh có mặt', i),
    );
    const result = openingAttendance(people, responses, 50);
    expect(result.present).toMatchObject({ count: 20, met: true, needed: 0 });
    expect(attendanceProgressText(result, 'present')).toBe(
      '20/40 CB-GV-NV đã có mặt tại lễ khai mạc (50 %) – đã đạt chỉ tiêu 50 %',
    );
    expect(result.groups.map((g) => [g.group, g.present.count, g.present.total])).toEqual([
      ['Tổ Chồi', 5, 10],
      ['Tổ Lá', 5, 10],
      ['Tổ Mầm', 5, 10],
      ['Văn phòng', 5, 10],
    ]);
  });

  it('rounds the needed count up and the percentage to one decimal with a comma', () => {
    expect(ratio(6, 13, 50)).toMatchObject({ needed: 1, met: false });
    expect(ratio(7, 13, 50)).toMatchObject({ needed: 0, met: true });
    expect(ratio(0, 0, 50)).toMatchObject({ percent: 0, met: false, needed: 0 });
    expect(formatPercent((6 * 100) / 13)).toBe('46,2 %');
    expect(formatPercent((6 * 100) / 13, 'en')).toBe('46.2 %');
  });
});
