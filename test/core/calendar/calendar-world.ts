import { localDateTime, type Cell, type LocalDateTime } from '../../../src/core/cell';
import type { DesiredEvent } from '../../../src/core/calendar';
import type { CalendarPort, PropertiesPort } from '../../../src/ports';
import { planTables, type RosterPerson } from '../../support/fault-plan';
import type { MemoryTables } from '../../support/memory-tables';

/** Test doubles for the calendar use cases: a recording calendar, properties, a plan workbook. */

export class MemoryProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  readonly calls = { get: 0, set: 0, delete: 0 };
  get(key: string): string | undefined {
    this.calls.get++;
    return this.values.get(key);
  }
  set(key: string, value: string): void {
    this.calls.set++;
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.calls.delete++;
    this.values.delete(key);
  }
}

interface FakeEvent {
  event: DesiredEvent;
  guests: Set<string>;
  tag: string;
}

/** A calendar that records every call; `writes` counts the calls that change something. */
export class RecordingCalendar implements CalendarPort {
  readonly events = new Map<string, FakeEvent>();
  readonly log: string[] = [];
  /** Errors to throw, in order, before the next write succeeds. */
  failNext: string[] = [];
  private next = 1;

  get writes(): number {
    return this.log.filter((l) => !l.startsWith('findByTag')).length;
  }

  private maybeFail(): void {
    const error = this.failNext.shift();
    if (error) throw new Error(error);
  }

  createEvent(event: DesiredEvent): string {
    this.maybeFail();
    const id = `ev${this.next++}@fake`;
    this.events.set(id, { event, guests: new Set(event.guests), tag: event.activityId });
    this.log.push(`createEvent ${event.activityId} ${event.guests.length}`);
    return id;
  }
  updateEvent(id: string, event: DesiredEvent): boolean {
    this.maybeFail();
    this.log.push(`updateEvent ${event.activityId}`);
    const e = this.events.get(id);
    if (!e) return false;
    e.event = { ...event, guests: [...e.guests] };
    return true;
  }
  addGuests(id: string, emails: readonly string[]): boolean {
    this.maybeFail();
    this.log.push(`addGuests ${this.events.get(id)?.tag ?? id} ${emails.length}`);
    const e = this.events.get(id);
    if (!e) return false;
    for (const g of emails) e.guests.add(g);
    return true;
  }
  removeGuests(id: string, emails: readonly string[]): boolean {
    this.maybeFail();
    this.log.push(`removeGuests ${this.events.get(id)?.tag ?? id} ${emails.length}`);
    const e = this.events.get(id);
    if (!e) return false;
    for (const g of emails) e.guests.delete(g);
    return true;
  }
  /** Not logged: a read, not a write. */
  guestList(id: string): string[] | undefined {
    const e = this.events.get(id);
    return e ? [...e.guests] : undefined;
  }
  deleteEvent(id: string): void {
    this.maybeFail();
    this.log.push(`deleteEvent ${this.events.get(id)?.tag ?? id}`);
    this.events.delete(id);
  }
  findByTag(activityId: string): string | undefined {
    this.log.push(`findByTag ${activityId}`);
    return [...this.events].find(([, e]) => e.tag === activityId)?.[0];
  }
  byActivity(activityId: string): FakeEvent | undefined {
    return [...this.events.values()].find((e) => e.tag === activityId);
  }
}

export interface ActivityRow {
  id: string;
  title?: string;
  category?: string;
  start?: LocalDateTime | string | null;
  end?: LocalDateTime | string | null;
  location?: string;
  platform?: string;
  link?: string;
  owner?: string;
  audience?: string;
  invite?: string;
  status?: string;
}

const ACTIVITY_HEADER = [
  'Mã',
  'Tên hoạt động',
  'Loại',
  'Bắt đầu',
  'Kết thúc',
  'Địa điểm',
  'Nền tảng trực tuyến',
  'Đường liên kết',
  'Người phụ trách (email)',
  'Đối tượng',
  'Gửi lời mời',
  'Trạng thái',
];

export function activityRow(a: ActivityRow): Cell[] {
  return [
    a.id,
    a.title ?? `Hoạt động ${a.id}`,
    a.category ?? 'nói chuyện',
    a.start === undefined ? localDateTime(2021, 10, 5, 8, 0) : a.start,
    a.end === undefined ? localDateTime(2021, 10, 5, 10, 0) : a.end,
    a.location ?? 'Phòng họp',
    a.platform ?? null,
    a.link ?? null,
    a.owner ?? null,
    a.audience ?? 'Toàn thể CB-GV-NV',
    a.invite ?? 'có',
    a.status ?? 'kế hoạch',
  ];
}

export function roster(n: number): RosterPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `NS${String(i + 1).padStart(4, '0')}`,
    name: `Trần Thị Mai ${i + 1}`,
    email: `gv${i + 1}@truong.example`,
    role: 'GV',
  }));
}

/** The plan workbook with `n` staff and the given activities. */
export function calendarTables(activities: ActivityRow[], staff = 5): MemoryTables {
  const tables = planTables({ roster: roster(staff) });
  setActivities(tables, activities);
  return tables;
}

export function setActivities(tables: MemoryTables, activities: ActivityRow[]): void {
  tables.tabs.set('Hoạt động', [ACTIVITY_HEADER, ...activities.map(activityRow)]);
}

export function activities(n: number): ActivityRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `HD${String(i + 1).padStart(3, '0')}`,
    start: localDateTime(2021, 10, 1 + (i % 7), 8 + (i % 8), 0),
    end: localDateTime(2021, 10, 1 + (i % 7), 9 + (i % 8), 30),
  }));
}
