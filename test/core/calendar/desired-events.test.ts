import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { desiredEvents } from '../../../src/core/calendar';
import { AUDIENCE_EVERYONE, AUDIENCE_NONE, AUDIENCE_PARENTS } from '../../../src/core/schema/tables';
import { activity, plan, SETTINGS, staff } from './plan-fixture';

describe('desiredEvents', () => {
  it('makes the opening ceremony event for all active staff, at the wall-clock time of the sheet', () => {
    const people = staff(4);
    people[1] = { ...people[1]!, active: false };
    const { events, skipped } = desiredEvents(
      plan([activity({ id: 'HD04', owner: 'HieuTruong@truong.example' })], people),
      SETTINGS,
    );
    expect(skipped).toEqual([]);
    const e = events.get('HD04')!;
    expect(e.start.iso).toBe('2021-10-05T07:30');
    expect(e.end.iso).toBe('2021-10-05T11:00');
    expect(e.timeZone).toBe('Asia/Ho_Chi_Minh');
    // Active staff only, plus the owner; lower case, sorted, no duplicates.
    expect(e.guests).toEqual([
      'gv1@truong.example',
      'gv3@truong.example',
      'gv4@truong.example',
      'hieutruong@truong.example',
    ]);
    expect(e.reminderMinutes).toEqual([1440, 30]);
    expect(e.description).toContain('Tuần lễ hưởng ứng học tập suốt đời năm 2021');
    expect(e.description).toContain('Đăng ký và điểm danh dự lễ khai mạc: https://forms.example/khai-mac');
    expect(e.description).toContain('Người phụ trách: HieuTruong@truong.example');
  });

  it('describes an online activity with its platform and link, and the training form', () => {
    const a = activity({
      id: 'HD06',
      title: 'Tập huấn kỹ năng sử dụng Internet an toàn',
      category: 'tập huấn',
      platform: 'Zoom',
      link: 'https://zoom.example.com/j/123',
      location: 'Trực tuyến',
      audience: AUDIENCE_EVERYONE,
      timeConfirmed: false,
    });
    const e = desiredEvents(plan([a]), SETTINGS).events.get('HD06')!;
    expect(e.url).toBe('https://zoom.example.com/j/123');
    expect(e.description).toContain('Hình thức: trực tuyến qua Zoom');
    expect(e.description).toContain('Đường liên kết tham gia: https://zoom.example.com/j/123');
    expect(e.description).toContain('Đăng ký tham gia: https://forms.example/tap-huan');
    expect(e.description).toContain('Giờ là đề xuất');
    // Everyone = active staff and the families that have an address.
    expect(e.guests).toContain('dung.ph@nha.example');
    expect(e.guests).toHaveLength(5);
  });

  it('resolves parents, a group (ignoring case and diacritics) and adds seated people', () => {
    const p = plan([
      activity({ id: 'HD07', audience: AUDIENCE_PARENTS }),
      activity({ id: 'HD08', audience: 'to la' }),
      activity({ id: 'HD09', audience: AUDIENCE_NONE, category: 'tập huấn' }),
    ]);
    const seated = new Map([['HD09', ['Khach@Ngoai.example', 'gv2@truong.example']]]);
    const { events } = desiredEvents(p, SETTINGS, { seatedByActivity: seated });
    expect(events.get('HD07')!.guests).toEqual(['dung.ph@nha.example']);
    expect(events.get('HD08')!.guests).toEqual(['gv1@truong.example', 'gv3@truong.example']);
    expect(events.get('HD09')!.guests).toEqual(['gv2@truong.example', 'khach@ngoai.example']);
  });

  it('invites only the people seated (and the owner) to a session with limited seats, not its whole audience', () => {
    const p = plan([
      activity({ id: 'HD10', audience: AUDIENCE_EVERYONE, category: 'tập huấn', capacity: 2 }),
      activity({ id: 'HD11', audience: AUDIENCE_EVERYONE, category: 'tập huấn', capacity: 2 }),
      activity({
        id: 'HD12',
        audience: AUDIENCE_EVERYONE,
        category: 'tập huấn',
        capacity: 2,
        owner: 'gv1@truong.example',
      }),
    ]);
    const seated = new Map([['HD10', ['gv2@truong.example', 'dung.ph@nha.example']]]);
    const { events, skipped } = desiredEvents(p, SETTINGS, { seatedByActivity: seated });
    expect(events.get('HD10')!.guests).toEqual(['dung.ph@nha.example', 'gv2@truong.example']);
    // nobody seated yet: no event, and the reason says so; with an owner, the owner alone
    expect(events.has('HD11')).toBe(false);
    expect(skipped.find((s) => s.activityId === 'HD11')?.message).toMatch(/chưa có ai được xếp chỗ/);
    expect(events.get('HD12')!.guests).toEqual(['gv1@truong.example']);
  });

  it('gives no event, and says why, for each unusable activity — never a wrong-day event', () => {
    const p = plan([
      activity({ id: 'A1', start: undefined }),
      activity({ id: 'A2', end: localDateTime(2021, 10, 5, 7, 0) }),
      activity({
        id: 'A3',
        start: localDateTime(2020, 10, 5, 7, 30),
        end: localDateTime(2020, 10, 5, 11, 0),
      }),
      activity({ id: 'A4', audience: 'Tổ Không Có' }),
      activity({ id: 'A5', owner: 'không phải email' }),
      activity({ id: 'A6', audience: AUDIENCE_NONE }),
      activity({ id: 'A7', invite: false }),
      activity({ id: 'A8', status: 'hủy' }),
      activity({ id: 'A9', end: localDateTime(2021, 10, 8, 9, 0) }),
    ]);
    const { events, skipped } = desiredEvents(p, SETTINGS);
    expect(events.size).toBe(0);
    expect(skipped.map((s) => [s.activityId, s.reason])).toEqual([
      ['A1', 'time-missing'],
      ['A2', 'end-not-after-start'],
      ['A3', 'outside-week'],
      ['A4', 'audience-unknown'],
      ['A5', 'guest-email-invalid'],
      ['A6', 'no-guests'],
      ['A9', 'outside-week'],
    ]);
    expect(skipped[2]!.message).toBe(
      'A3: thời gian nằm ngoài tuần lễ (01/10/2021–07/10/2021) nên chưa tạo sự kiện lịch.',
    );
    expect(skipped[4]!.message).toContain('không phải email');
  });

  it('writes the description in English when the plan is in English', () => {
    const e = desiredEvents(plan([activity({ id: 'HD04' })]), { ...SETTINGS, language: 'en' }).events.get(
      'HD04',
    )!;
    expect(e.description).toContain('Lifelong Learning Week 2021');
    expect(e.description).not.toContain('Tuần lễ');
  });
});
