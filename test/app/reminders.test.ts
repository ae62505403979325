import { describe, expect, it } from 'vitest';
import { queueReminders, type ReminderPorts } from '../../src/app/calendar/reminders';
import { localDateTime } from '../../src/core/cell';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import { entryByKey, statesByKey } from '../support/fault-ledger';
import { calendarTables, type ActivityRow } from '../core/calendar/calendar-world';

const ROWS: ActivityRow[] = [
  {
    id: 'HD04',
    title: 'Dự Lễ khai mạc',
    category: 'khai mạc',
    start: localDateTime(2021, 10, 5, 7, 30),
    end: localDateTime(2021, 10, 5, 11, 0),
    location: 'Hội trường UBND Quận 1',
  },
  {
    id: 'HD06',
    title: 'Tập huấn Internet an toàn',
    category: 'tập huấn',
    start: localDateTime(2021, 10, 6, 14, 0),
    end: localDateTime(2021, 10, 6, 16, 0),
    platform: 'Zoom',
    link: 'https://zoom.example.com/j/1',
  },
  {
    id: 'HD07',
    title: 'Nói chuyện chuyên đề',
    start: localDateTime(2021, 10, 6, 8, 0),
    end: localDateTime(2021, 10, 6, 9, 30),
    audience: 'Không mời',
  },
  {
    id: 'HD08',
    title: 'Đã hủy',
    start: localDateTime(2021, 10, 5, 14, 0),
    end: localDateTime(2021, 10, 5, 15, 0),
    status: 'hủy',
  },
];

function ports(rows = ROWS): ReminderPorts & { tables: ReturnType<typeof calendarTables> } {
  return {
    tables: calendarTables(rows, 3),
    lock: { withLock: (_ms, fn) => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
}

// 07:10 in Hồ Chí Minh City on Monday 04/10/2021 is 00:10 UTC.
const MONDAY_MORNING = new Date(Date.UTC(2021, 9, 4, 0, 10));

describe('queueReminders', () => {
  it('queues one reminder per guest for tomorrow’s activities, keyed by guest and day', () => {
    const p = ports();
    const result = queueReminders(p, MONDAY_MORNING);
    expect(result).toMatchObject({ ran: true, day: '2021-10-05', queued: 3, alreadyQueued: 0 });
    expect(statesByKey(p.tables)).toEqual({
      'reminder:gv1@truong.example:2021-10-05': 'chờ gửi',
      'reminder:gv2@truong.example:2021-10-05': 'chờ gửi',
      'reminder:gv3@truong.example:2021-10-05': 'chờ gửi',
    });
    const entry = entryByKey(p.tables, 'reminder:gv2@truong.example:2021-10-05')!;
    expect(entry.subject).toBe('Nhắc lịch: Dự Lễ khai mạc – thứ Ba, 05/10/2021, 07:30–11:00');
    const payload = readMailPayload(entry.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.text).toContain('Kính gửi Trần Thị Mai 2,');
    expect(payload.text).toContain('- Địa điểm: Hội trường UBND Quận 1');
  });

  it('queues nothing new when run again the same day', () => {
    const p = ports();
    queueReminders(p, MONDAY_MORNING);
    const again = queueReminders(p, new Date(MONDAY_MORNING.getTime() + 3_600_000));
    expect(again).toMatchObject({ queued: 0, alreadyQueued: 3 });
    expect(Object.keys(statesByKey(p.tables))).toHaveLength(3);
  });

  it('puts several activities of the same day in one mail, and finds the day in the school’s zone', () => {
    const p = ports([...ROWS.slice(0, 2), { ...ROWS[2]!, audience: 'Toàn thể CB-GV-NV' }]);
    // 23:30 UTC on 04/10 is already 06:30 on Tuesday 05/10 in the school: tomorrow is 06/10.
    const result = queueReminders(p, new Date(Date.UTC(2021, 9, 4, 23, 30)));
    expect(result.day).toBe('2021-10-06');
    const entry = entryByKey(p.tables, 'reminder:gv1@truong.example:2021-10-06')!;
    expect(entry.subject).toBe(
      'Nhắc lịch: Nói chuyện chuyên đề (08:00–09:30, Phòng họp); Tập huấn Internet an toàn (14:00–16:00, Phòng họp) – thứ Tư, 06/10/2021',
    );
  });

  it('says there is nothing to remind of on a day without invited activities', () => {
    const p = ports();
    const result = queueReminders(p, new Date(Date.UTC(2021, 9, 6, 0, 10)));
    expect(result).toMatchObject({ ran: true, day: '2021-10-07', queued: 0 });
    expect(result.message).toBe('Ngày 07/10/2021 không có hoạt động nào cần nhắc.');
    expect(p.tables.tabs.has('Hộp thư đi')).toBe(false);
  });
});
