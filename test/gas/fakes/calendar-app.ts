import type { DailyQuotas } from './daily-quotas';
import type { AccountLanguage } from './mail-errors';
import type { ErrorFactory } from './faults';
import type { Faked } from './faked';
import type { Recorder } from './recorder';

import Cal = GoogleAppsScript.Calendar;

/** Apps Script's own words when calendar writes come too fast (a rate limit: retry later). */
export const CALENDAR_RATE_ERROR =
  'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.';

/** The same, for an account whose language is Vietnamese. */
export const CALENDAR_RATE_ERROR_VI =
  'Bạn đã tạo hoặc xóa quá nhiều lịch hoặc sự kiện lịch trong một khoảng thời gian ngắn. Vui lòng thử lại sau.';

/**
 * Guests one event may list. Google handles "events with more than 200 guests (including rooms)
 * ... a bit differently" (https://support.google.com/a/answer/172013: no guest list, updates not
 * mailed to everyone) and limits invitations to external guests to "usually between 100–300"
 * (https://support.google.com/a/answer/2905486). The fake is stricter than Google: a list past
 * the cap is refused with the Calendar's usage-limit error, so a test sees at once a product
 * that relies on Google for more than it handles the ordinary way.
 */
export const DEFAULT_GUEST_CAP = 200;

const GUEST_CAP_ERROR: Record<AccountLanguage, string> = {
  en: 'Calendar usage limits exceeded.',
  vi: 'Đã vượt quá giới hạn sử dụng Lịch.',
  unknown: 'Υπέρβαση ορίων χρήσης Ημερολογίου.',
};

/** Methods that create or delete: the ones the rate limit above applies to. */
const RATE_LIMITED = new Set([
  'CalendarApp.createCalendar',
  'Calendar.createEvent',
  'CalendarEvent.deleteEvent',
]);

const BASE32_HEX = '0123456789abcdefghijklmnopqrstuv';

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());

export class FakeEventGuest implements Faked<Cal.EventGuest, 'getEmail', []> {
  constructor(
    private readonly rec: Recorder,
    readonly email: string,
  ) {}

  getEmail(): string {
    this.rec.hit('EventGuest.getEmail');
    return this.email;
  }
}

/**
 * One event. Times are instants (Date), as in Apps Script; `guests` are lower-case addresses.
 * `deleted` events stay in the store (tests inspect them) but no service call finds them.
 */
export class FakeCalendarEvent implements Faked<
  Cal.CalendarEvent,
  | 'setTitle'
  | 'setTime'
  | 'setLocation'
  | 'setDescription'
  | 'addGuest'
  | 'removeGuest'
  | 'setTag'
  | 'getTag'
  | 'deleteEvent'
  | 'getId'
  | 'getTitle'
  | 'getStartTime'
  | 'getEndTime'
  | 'removeAllReminders'
  | 'addPopupReminder',
  [Cal.CalendarEvent, FakeCalendarEvent]
> {
  guests: string[] = [];
  readonly tags = new Map<string, string>();
  popups: number[] = [];
  deleted = false;

  constructor(
    private readonly app: FakeCalendarApp,
    readonly id: string,
    readonly calendarId: string,
    public title: string,
    public start: Date,
    public end: Date,
    public description = '',
    public location = '',
  ) {}

  private hit(method: string): void {
    this.app.hit(`CalendarEvent.${method}`);
  }

  getId(): string {
    this.hit('getId');
    return this.id;
  }
  getTitle(): string {
    this.hit('getTitle');
    return this.title;
  }
  getStartTime(): Date {
    this.hit('getStartTime');
    return new Date(this.start.getTime());
  }
  getEndTime(): Date {
    this.hit('getEndTime');
    return new Date(this.end.getTime());
  }
  setTitle(title: string): FakeCalendarEvent {
    this.hit('setTitle');
    this.title = title;
    return this;
  }
  setTime(startTime: GoogleAppsScript.Base.Date, endTime: GoogleAppsScript.Base.Date): FakeCalendarEvent {
    this.hit('setTime');
    if (!(endTime.getTime() > startTime.getTime()))
      throw this.app.error('Event start date must be before event end date.');
    this.start = new Date(startTime.getTime());
    this.end = new Date(endTime.getTime());
    return this;
  }
  setLocation(location: string): FakeCalendarEvent {
    this.hit('setLocation');
    this.location = location;
    return this;
  }
  setDescription(description: string): FakeCalendarEvent {
    this.hit('setDescription');
    this.description = description;
    return this;
  }
  /** Sends NO invitation, as in Apps Script: the guest only appears on the event. */
  addGuest(email: string): FakeCalendarEvent {
    this.hit('addGuest');
    const address = email.trim().toLowerCase();
    if (this.guests.includes(address)) return this;
    this.app.checkGuestCap(this.guests.length + 1);
    this.guests.push(address);
    return this;
  }
  removeGuest(email: string): FakeCalendarEvent {
    this.hit('removeGuest');
    const address = email.trim().toLowerCase();
    this.guests = this.guests.filter((g) => g !== address);
    return this;
  }
  getGuestList(includeOwner?: boolean): FakeEventGuest[] {
    this.hit('getGuestList');
    void includeOwner;
    return this.guests.map((g) => new FakeEventGuest(this.app.rec, g));
  }
  setTag(key: string, value: string): FakeCalendarEvent {
    this.hit('setTag');
    this.tags.set(key, String(value));
    return this;
  }
  /** Apps Script returns null for a tag never set. */
  getTag(key: string): string {
    this.hit('getTag');
    return this.tags.get(key) ?? (null as unknown as string);
  }
  removeAllReminders(): FakeCalendarEvent {
    this.hit('removeAllReminders');
    this.popups = [];
    return this;
  }
  addPopupReminder(minutesBefore: number): FakeCalendarEvent {
    this.hit('addPopupReminder');
    if (!Number.isInteger(minutesBefore) || minutesBefore < 0 || minutesBefore > 40320)
      throw this.app.error('Invalid argument: minutesBefore');
    this.popups.push(minutesBefore);
    return this;
  }
  deleteEvent(): void {
    this.hit('deleteEvent');
    this.deleted = true;
    this.app.cancellations.push({ eventId: this.id, title: this.title, guests: [...this.guests] });
  }
}

export class FakeCalendar implements Faked<
  Cal.Calendar,
  'getTimeZone' | 'getName' | 'getId',
  [Cal.CalendarEvent, FakeCalendarEvent]
> {
  readonly events: FakeCalendarEvent[] = [];

  constructor(
    private readonly app: FakeCalendarApp,
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}

  getId(): string {
    this.app.hit('Calendar.getId');
    return this.id;
  }
  getName(): string {
    this.app.hit('Calendar.getName');
    return this.name;
  }
  getTimeZone(): string {
    this.app.hit('Calendar.getTimeZone');
    return this.timeZone;
  }

  /**
   * createEvent(title, start, end, options): `guests` is a comma-separated list; with
   * `sendInvites: true` each guest gets an invitation (recorded in `app.invitations`).
   */
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: { [key: string]: unknown } = {},
  ): FakeCalendarEvent {
    this.app.hit('Calendar.createEvent');
    this.app.quotas?.charge('calendarEvents');
    // Dates made in the bundle's vm are of another realm: no instanceof.
    if (!isDate(startTime)) throw this.app.error('Invalid argument: startTime');
    if (!isDate(endTime)) throw this.app.error('Invalid argument: endTime');
    if (!(endTime.getTime() > startTime.getTime()))
      throw this.app.error('Event start date must be before event end date.');
    const event = new FakeCalendarEvent(
      this.app,
      this.app.nextEventId(),
      this.id,
      title,
      new Date(startTime.getTime()),
      new Date(endTime.getTime()),
      typeof options.description === 'string' ? options.description : '',
      typeof options.location === 'string' ? options.location : '',
    );
    const guests = typeof options.guests === 'string' ? options.guests : '';
    event.guests = [
      ...new Set(
        guests
          .split(',')
          .map((g) => g.trim().toLowerCase())
          .filter((g) => g !== ''),
      ),
    ];
    this.app.checkGuestCap(event.guests.length);
    if (options.sendInvites === true) {
      for (const guest of event.guests) this.app.invitations.push({ eventId: event.id, email: guest });
    }
    this.events.push(event);
    return event;
  }

  /** Declared by hand: Apps Script returns null for an unknown id (the types say otherwise). */
  getEventById(iCalId: string): FakeCalendarEvent | null {
    this.app.hit('Calendar.getEventById');
    return this.events.find((e) => e.id === iCalId && !e.deleted) ?? null;
  }

  /** Events overlapping [startTime, endTime), in start order. */
  getEvents(startTime: Date, endTime: Date, options?: object): FakeCalendarEvent[] {
    this.app.hit('Calendar.getEvents');
    void options;
    return this.live()
      .filter((e) => e.start.getTime() < endTime.getTime() && e.end.getTime() > startTime.getTime())
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  /** Test helper (no service call): the events not deleted. */
  live(): FakeCalendarEvent[] {
    return this.events.filter((e) => !e.deleted);
  }
}

export interface FakeCalendarOptions {
  /** Zone of the user's default calendar (Google Calendar settings). Default the school's. */
  defaultCalendarTimeZone?: string;
  /** Guests one event may list (DEFAULT_GUEST_CAP). */
  guestCap?: number;
}

/**
 * CalendarApp: calendars and their events, every call counted. Fault injection: the shared
 * Faults (transient errors on any method, kills) plus `rateLimit(n)`, which makes the next n
 * creates/deletes fail with Apps Script's "too many calendars or calendar events" error.
 */
export class FakeCalendarApp {
  readonly calendars: FakeCalendar[] = [];
  /** Invitations Google Calendar sent (createEvent with sendInvites: true). */
  readonly invitations: { eventId: string; email: string }[] = [];
  /** Deleted events and the guests Google Calendar told. */
  readonly cancellations: { eventId: string; title: string; guests: string[] }[] = [];
  private nextCalendar = 1;
  private nextEvent = 1;
  private rateLimited = 0;
  private readonly defaultCalendar: FakeCalendar;
  guestCap: number;

  constructor(
    readonly rec: Recorder,
    options: FakeCalendarOptions = {},
    private readonly errors: ErrorFactory = { make: (message) => new Error(message) },
    /** "Calendar events created 5,000 / day" and the account's language. */
    readonly quotas?: DailyQuotas,
  ) {
    this.guestCap = options.guestCap ?? DEFAULT_GUEST_CAP;
    this.defaultCalendar = new FakeCalendar(
      this,
      'principal@truong.example',
      'principal@truong.example',
      options.defaultCalendarTimeZone ?? 'Asia/Ho_Chi_Minh',
    );
    this.calendars.push(this.defaultCalendar);
  }

  /** Counts the call; a create or delete may meet the rate limit first. */
  hit(method: string): void {
    this.rec.hit(method);
    if (this.rateLimited > 0 && RATE_LIMITED.has(method)) {
      this.rateLimited--;
      throw this.error(this.language() === 'vi' ? CALENDAR_RATE_ERROR_VI : CALENDAR_RATE_ERROR);
    }
  }

  /** A guest list of `count` is refused past the cap. */
  checkGuestCap(count: number): void {
    if (count > this.guestCap) throw this.error(GUEST_CAP_ERROR[this.language()]);
  }

  private language(): AccountLanguage {
    return this.quotas?.language ?? 'en';
  }

  error(message: string): Error {
    return this.errors.make(message);
  }

  /**
   * CalendarEvent.getId() "Gets the unique iCalUID of the event"
   * (https://developers.google.com/apps-script/reference/calendar/calendar-event#getId()): 26
   * base-32-hex characters and "@google.com", as Google makes them; the same run makes the same
   * ids (a counter mixed into the characters).
   */
  nextEventId(): string {
    let n = BigInt(this.nextEvent++) * 0x9e3779b97f4a7c15n + 0x2545f4914f6cdd1dn;
    let id = '';
    for (let i = 0; i < 26; i++) {
      n = (n * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
      id += BASE32_HEX[Number(n >> 59n)];
    }
    return `${id}@google.com`;
  }

  // —— CalendarApp ——

  getDefaultCalendar(): FakeCalendar {
    this.hit('CalendarApp.getDefaultCalendar');
    return this.defaultCalendar;
  }

  getCalendarById(id: string): FakeCalendar | null {
    this.hit('CalendarApp.getCalendarById');
    return this.calendars.find((c) => c.id === id) ?? null;
  }

  /** Calendar names are matched regardless of case, as in Apps Script. */
  getCalendarsByName(name: string): FakeCalendar[] {
    this.hit('CalendarApp.getCalendarsByName');
    return this.calendars.filter((c) => c.name.toLowerCase() === name.toLowerCase());
  }

  createCalendar(name: string, options: { [key: string]: unknown } = {}): FakeCalendar {
    this.hit('CalendarApp.createCalendar');
    const zone = typeof options.timeZone === 'string' ? options.timeZone : this.defaultCalendar.timeZone;
    const calendar = new FakeCalendar(
      this,
      `cal-${this.nextCalendar++}@group.calendar.google.com`,
      name,
      zone,
    );
    this.calendars.push(calendar);
    return calendar;
  }

  getEventById(iCalId: string): FakeCalendarEvent | null {
    this.hit('CalendarApp.getEventById');
    for (const c of this.calendars) {
      const found = c.events.find((e) => e.id === iCalId && !e.deleted);
      if (found) return found;
    }
    return null;
  }

  // —— test helpers (not service calls) ——

  /** The next n creates/deletes throw CALENDAR_RATE_ERROR. */
  rateLimit(n: number): void {
    this.rateLimited = n;
  }

  /** Every live event of every calendar. */
  liveEvents(): FakeCalendarEvent[] {
    return this.calendars.flatMap((c) => c.live());
  }

  /** Calls to any calendar service. */
  calls(): number {
    return Object.entries(this.rec.calls)
      .filter(([m]) => /^(Calendar|CalendarApp|CalendarEvent|EventGuest)\./.test(m))
      .reduce((sum, [, n]) => sum + n, 0);
  }
}
