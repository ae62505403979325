import { describe, expect, it } from 'vitest';
import {
  planCalendarSync,
  syncCalendar,
  lateGuestIcs,
  type SyncCalendarPorts,
} from '../../src/app/calendar/sync-calendar';
import { localDateTime } from '../../src/core/cell';
import { LockUnavailableError } from '../../src/ports';
import { entryByKey, statesByKey } from '../support/fault-ledger';
import type { MemoryTables } from '../support/memory-tables';
import {
  activities,
  calendarTables,
  MemoryProperties,
  RecordingCalendar,
  setActivities,
  type ActivityRow,
} from '../core/calendar/calendar-world';
import ICAL from 'ical.js';
import { setFamilyMail } from '../support/family-mail';

const NOW = new Date(Date.UTC(2021, 8, 28, 1, 0));

function world(rows: ActivityRow[], staff = 5) {
  const tables = calendarTables(rows, staff);
  const properties = new MemoryProperties();
  const calendar = new RecordingCalendar();
  const ports: SyncCalendarPorts = {
    tables,
    properties,
    calendar,
    clock: { now: () => NOW },
    lock: { withLock: (_ms, fn) => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  return { tables, properties, calendar, ports };
}

const sheetCalls = (t: MemoryTables): number => Object.values(t.calls).reduce((a, b) => a + b, 0);

describe('syncCalendar', () => {
  const rows: ActivityRow[] = [
    {
      id: 'HD04',
      title: 'Dự Lễ khai mạc',
      category: 'khai mạc',
      start: localDateTime(2021, 10, 5, 7, 30),
      end: localDateTime(2021, 10, 5, 11, 0),
    },
    { id: 'HD05', title: 'Nói chuyện chuyên đề', audience: 'Không mời', invite: 'có' },
    { id: 'HD06', title: 'Tập huấn Internet an toàn', category: 'tập huấn' },
  ];

  it('creates each event once with its guests, through the outbox; a second sync makes no calendar call', () => {
    const w = world(rows);
    const first = syncCalendar(w.ports);
    expect(first).toMatchObject({ ran: true, queued: 2, applied: 2, pending: 0, failed: 0 });
    expect(w.calendar.log).toEqual([
      'findByTag HD04',
      'createEvent HD04 5',
      'findByTag HD06',
      'createEvent HD06 5',
    ]);
    expect(statesByKey(w.tables)).toEqual({
      [first.plan!.ops[0]!.key]: 'đã gửi',
      [first.plan!.ops[1]!.key]: 'đã gửi',
    });
    expect(entryByKey(w.tables, first.plan!.ops[0]!.key)!.subject).toBe(
      'Tạo sự kiện HD04 ‘Dự Lễ khai mạc’ thứ Ba, 05/10/2021 07:30–11:00, 5 khách mời',
    );
    // HD05 invites nobody: no event, and the preview says why.
    expect(first.plan!.preview).toContain(
      'HD05: không có ai để mời (đối tượng trống hoặc "Không mời") nên chưa tạo sự kiện lịch.',
    );
    const before = w.calendar.log.length;
    const second = syncCalendar(w.ports);
    expect(second).toMatchObject({ queued: 0, applied: 0 });
    expect(w.calendar.log.length).toBe(before);
    expect(second.message).toContain('không có thay đổi');
  });

  it('an edit touches that activity only; a cancellation deletes its event', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.calendar.log.length = 0;
    setActivities(w.tables, [
      rows[0]!,
      rows[1]!,
      { ...rows[2]!, title: 'Tập huấn Internet an toàn (đổi phòng)' },
    ]);
    syncCalendar(w.ports);
    expect(w.calendar.log).toEqual(['updateEvent HD06']);
    expect(w.calendar.byActivity('HD06')!.event.title).toBe('Tập huấn Internet an toàn (đổi phòng)');
    w.calendar.log.length = 0;
    setActivities(w.tables, [
      { ...rows[0]!, status: 'hủy' },
      rows[1]!,
      { ...rows[2]!, title: 'Tập huấn Internet an toàn (đổi phòng)' },
    ]);
    syncCalendar(w.ports);
    expect(w.calendar.log).toEqual(['deleteEvent HD04']);
    expect(w.calendar.byActivity('HD04')).toBeUndefined();
  });

  it('a guest added later is added once and gets one invitation mail; a removed one is removed', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.calendar.log.length = 0;
    const grid = w.tables.tabs.get('Nhân sự')!;
    grid.push(['NS9999', 'Lê Văn Mới', 'moi@truong.example', 'GV', 'có']);
    grid.splice(1, 1); // gv1 leaves
    const result = syncCalendar(w.ports);
    expect(w.calendar.log).toEqual([
      'addGuests HD04 1',
      'removeGuests HD04 1',
      'addGuests HD06 1',
      'removeGuests HD06 1',
    ]);
    expect(result.invitationsQueued).toBe(2);
    expect(statesByKey(w.tables)['calendar-invite:HD04:moi@truong.example:1']).toBe('chờ gửi');
    expect(entryByKey(w.tables, 'calendar-invite:HD04:moi@truong.example:1')!.subject).toBe(
      'Lời mời: Dự Lễ khai mạc – thứ Ba, 05/10/2021, 07:30–11:00',
    );
    syncCalendar(w.ports);
    expect(w.calendar.log).toHaveLength(4);
  });

  it('after lost properties, finds the events by tag and creates nothing new', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.properties.values.clear();
    w.tables.tabs.delete('Hộp thư đi');
    w.calendar.log.length = 0;
    syncCalendar(w.ports);
    expect(w.calendar.log.filter((l) => l.startsWith('createEvent'))).toEqual([]);
    expect(w.calendar.events.size).toBe(2);
    syncCalendar(w.ports);
    // Every guest is on the event already: nobody is added, nobody is mailed.
    expect(w.calendar.log.filter((l) => !l.startsWith('findByTag'))).toEqual([
      'updateEvent HD04',
      'updateEvent HD06',
    ]);
  });

  it('after lost properties with the outbox kept, repairs the state once and then stays quiet', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.properties.values.clear();
    w.calendar.log.length = 0;
    const repaired = syncCalendar(w.ports);
    expect(repaired).toMatchObject({ queued: 0, applied: 2 });
    expect(w.calendar.log.filter((l) => l.startsWith('createEvent'))).toEqual([]);
    expect(w.calendar.events.size).toBe(2);
    w.calendar.log.length = 0;
    expect(syncCalendar(w.ports).applied).toBe(0);
    expect(w.calendar.log).toEqual([]);
  });

  it('leaves an existing event alone while its row is broken, and never creates one on a wrong day', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.calendar.log.length = 0;
    setActivities(w.tables, [
      { ...rows[0]!, start: 'sáng thứ Ba', end: null },
      rows[1]!,
      { ...rows[2]!, start: localDateTime(2020, 10, 5, 8, 0), end: localDateTime(2020, 10, 5, 10, 0) },
      {
        id: 'HD07',
        title: 'Ngày sai',
        start: localDateTime(2021, 10, 9, 8, 0),
        end: localDateTime(2021, 10, 9, 9, 0),
      },
      { id: 'HD08', audience: 'Tổ không tồn tại' },
    ]);
    const result = syncCalendar(w.ports);
    expect(w.calendar.log).toEqual([]);
    expect(result.plan!.preview).toEqual(
      expect.arrayContaining([
        'HD04: sự kiện đã có được giữ nguyên cho đến khi dòng được sửa.',
        expect.stringContaining('HD07: thời gian nằm ngoài tuần lễ'),
        expect.stringContaining('HD08: đối tượng "Tổ không tồn tại"'),
      ]),
    );
  });

  it('refuses to sync (and cancels nothing) when the Activities tab lost a required column', () => {
    const w = world(rows);
    syncCalendar(w.ports);
    w.calendar.log.length = 0;
    const grid = w.tables.tabs.get('Hoạt động')!;
    w.tables.tabs.set(
      'Hoạt động',
      grid.map((r) => r.slice(1)),
    );
    const result = syncCalendar(w.ports);
    expect(result.ran).toBe(false);
    expect(w.calendar.log).toEqual([]);
  });

  it('retries a rate-limited write later instead of failing, and never duplicates it', () => {
    const w = world(rows);
    w.calendar.failNext = [
      'You have been creating or deleting too many calendars or calendar events in a short time.',
    ];
    const first = syncCalendar(w.ports);
    expect(first).toMatchObject({ applied: 0, pending: 2 });
    expect(Object.values(statesByKey(w.tables))).toEqual(['lỗi tạm thời', 'chờ gửi']);
    const later = { ...w.ports, clock: { now: () => new Date(NOW.getTime() + 3_600_000) } };
    const second = syncCalendar(later);
    expect(second).toMatchObject({ queued: 0, applied: 2, pending: 0 });
    expect(w.calendar.events.size).toBe(2);
  });

  it('queues but does not apply in a dry run of the outbox (apply: false), and the plan alone writes nothing', () => {
    const w = world(rows);
    const dry = planCalendarSync(w.ports);
    expect(dry.ops.map((o) => o.type)).toEqual(['create', 'create']);
    expect(w.tables.tabs.has('Hộp thư đi')).toBe(false);
    expect(w.properties.calls.set).toBe(0);
    syncCalendar(w.ports, { apply: false });
    expect(w.calendar.log).toEqual([]);
    expect(Object.values(statesByKey(w.tables))).toEqual(['chờ gửi', 'chờ gửi']);
  });

  it('returns without touching anything when the lock is busy', () => {
    const w = world(rows);
    const busy = {
      ...w.ports,
      lock: {
        withLock: () => {
          throw new LockUnavailableError();
        },
      },
    };
    expect(syncCalendar(busy).ran).toBe(false);
    expect(w.calendar.log).toEqual([]);
  });

  it('adds the seated people of a training as guests (families when Settings let them be mailed)', () => {
    const w = world(rows);
    setFamilyMail(w.tables);
    syncCalendar(w.ports, { seatedByActivity: new Map([['HD05', ['phuhuynh@nha.example']]]) });
    expect([...w.calendar.byActivity('HD05')!.guests]).toEqual(['phuhuynh@nha.example']);
  });

  it('invites no family by default: Calendar would mail them, and they hear on Zalo', () => {
    const w = world(rows);
    const staff = 'gv1@truong.example';
    const seated = new Map([['HD05', ['phuhuynh@nha.example', staff]]]);
    syncCalendar(w.ports, { seatedByActivity: seated });
    const guests = [...(w.calendar.byActivity('HD05')?.guests ?? [])];
    expect(guests).toContain(staff);
    expect(guests).not.toContain('phuhuynh@nha.example');
  });

  it('writes the late guest .ics with only that guest, readable by an independent parser', () => {
    const w = world(rows);
    const plan = planCalendarSync(w.ports);
    const event = plan.desired.get('HD04')!;
    const ics = lateGuestIcs(event, 2, 'moi@truong.example', plan.settings!, plan.plan!, NOW);
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual([
      'mailto:moi@truong.example',
    ]);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
  });
});

describe('syncCalendar cost', () => {
  /** Spreadsheet calls of a first sync, of a sync without edits, and calendar writes of one edit. */
  function measure(n: number, staff: number) {
    const w = world(activities(n), staff);
    let calls = sheetCalls(w.tables);
    syncCalendar(w.ports);
    const first = sheetCalls(w.tables) - calls;
    const created = w.calendar.writes;
    calls = sheetCalls(w.tables);
    syncCalendar(w.ports);
    const again = sheetCalls(w.tables) - calls;
    const againWrites = w.calendar.writes - created;
    const rows = activities(n);
    rows[n - 1] = { ...rows[n - 1]!, title: 'Đã sửa tên' };
    setActivities(w.tables, rows);
    const before = w.calendar.log.length;
    syncCalendar(w.ports);
    return { first, again, created, againWrites, edit: w.calendar.log.slice(before) };
  }

  it('keeps spreadsheet calls constant at 20 and 500 activities, 40 and 2,000 guests; one edit, one write', () => {
    const base = measure(20, 40);
    const many = measure(500, 40);
    const crowd = measure(20, 2000);
    expect(many.first).toBe(base.first);
    // 2,000 guests: the invitations of those beyond the Google event's 200 are queued as mails,
    // one read and one append of the outbox whatever their number.
    expect(crowd.first).toBe(base.first + 2);
    for (const m of [many, crowd]) expect(m.again).toBe(base.again);
    expect([base.created, many.created]).toEqual([20, 500]);
    // 2,000 guests: each event is made with its first 200; nobody more is added to it.
    expect(crowd.created).toBe(20);
    expect([base.againWrites, many.againWrites, crowd.againWrites]).toEqual([0, 0, 0]);
    expect(base.edit).toEqual(['updateEvent HD020']);
    expect(many.edit).toEqual(['updateEvent HD500']);
    expect(crowd.edit).toEqual(['updateEvent HD020']);
  }, 180_000);
});
