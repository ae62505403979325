import { addDays, withTime, type LocalDateTime } from '../core/cell';
import type { DesiredEvent } from '../core/calendar';
import type { Language } from '../core/plan';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toInstant } from '../core/time-zone';
import type { CalendarPort, PropertiesPort } from '../ports';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

/**
 * CalendarPort over CalendarApp. Events are tagged with their activity id and the plan's year
 * (setTag), so a re-run that lost its properties, or a copied sheet, finds and repairs them
 * instead of creating duplicates. Wall-clock times become instants here and only here, with
 * the school's zone (never the script's or the spreadsheet's): no event lands on another day.
 */

export const ACTIVITY_TAG = 'activityId';
export const YEAR_TAG = 'learningWeekYear';

/** What the adapter needs from Settings; read lazily, only when the calendar is touched. */
export interface WeekCalendarIdentity {
  readonly year: number;
  readonly school: string;
  /** Settings "Múi giờ": the zone of the wall-clock times and of a calendar made here. */
  readonly timeZone: string;
  readonly mode: 'dedicated' | 'default';
  readonly weekStart: LocalDateTime;
  readonly weekEnd: LocalDateTime;
  /** Settings "Ngôn ngữ": the language of what the calendar side tells. */
  readonly language?: Language;
}

export const weekCalendarName = (year: number, school: string): string => `Tuần lễ HTSĐ ${year} – ${school}`;

/** Script property holding the dedicated calendar's id (not a `calendar:` known-state key). */
export const calendarIdKey = (year: number): string => `calendar.${year}.calendarId`;

export interface OpenedCalendar {
  readonly calendar: Calendar;
  readonly created: boolean;
}

/**
 * The week's calendar: the default one, or the dedicated "Tuần lễ HTSĐ <year> – <school>",
 * found by its remembered id, else by name (the property was lost), else created once in the
 * school's zone. `create: false` (the preview) never creates; undefined when there is none yet.
 */
export function openWeekCalendar(
  identity: WeekCalendarIdentity,
  properties: PropertiesPort,
  options: { create: boolean } = { create: true },
): OpenedCalendar | undefined {
  if (identity.mode === 'default') return { calendar: CalendarApp.getDefaultCalendar(), created: false };
  const key = calendarIdKey(identity.year);
  const knownId = properties.get(key);
  const byId = knownId ? CalendarApp.getCalendarById(knownId) : null;
  if (byId) return { calendar: byId, created: false };
  const name = weekCalendarName(identity.year, identity.school);
  const byName = CalendarApp.getCalendarsByName(name)[0];
  if (byName) {
    properties.set(key, byName.getId());
    return { calendar: byName, created: false };
  }
  if (!options.create) return undefined;
  const made = CalendarApp.createCalendar(name, { timeZone: zoneOf(identity.timeZone) });
  properties.set(key, made.getId());
  return { calendar: made, created: true };
}

const zoneOf = (zone: string): string => (isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE);

/**
 * The port. The calendar is opened on the first write (a sync with nothing to do calls no
 * calendar service); the week's tagged events are listed once per execution for findByTag.
 */
export class GasCalendar implements CalendarPort {
  private opened: Calendar | undefined;
  private tagged: Map<string, string> | undefined;
  private identityCache: WeekCalendarIdentity | undefined;

  constructor(
    private readonly readIdentity: () => WeekCalendarIdentity,
    private readonly properties: PropertiesPort,
  ) {}

  get identity(): WeekCalendarIdentity {
    return (this.identityCache ??= this.readIdentity());
  }

  calendar(): Calendar {
    return (this.opened ??= openWeekCalendar(this.identity, this.properties)!.calendar);
  }

  createEvent(event: DesiredEvent): string {
    const [start, end] = instants(event);
    const made = this.calendar().createEvent(event.title, start, end, {
      guests: event.guests.join(','),
      sendInvites: true,
      description: event.description,
      ...(event.location ? { location: event.location } : {}),
    });
    made.setTag(ACTIVITY_TAG, event.activityId);
    made.setTag(YEAR_TAG, String(this.identity.year));
    setReminders(made, event);
    const id = made.getId();
    this.tagged?.set(event.activityId, id);
    return id;
  }

  updateEvent(id: string, event: DesiredEvent): boolean {
    const found = this.event(id);
    if (!found) return false;
    const [start, end] = instants(event);
    found.setTitle(event.title);
    found.setTime(start, end);
    found.setLocation(event.location ?? '');
    found.setDescription(event.description);
    setReminders(found, event);
    return true;
  }

  addGuests(id: string, emails: readonly string[]): boolean {
    const found = this.event(id);
    if (!found) return false;
    const present = new Set(guestsOf(found));
    for (const email of emails) if (!present.has(email.toLowerCase())) found.addGuest(email);
    return true;
  }

  guestList(id: string): string[] | undefined {
    const found = this.event(id);
    return found ? guestsOf(found) : undefined;
  }

  removeGuests(id: string, emails: readonly string[]): boolean {
    const found = this.event(id);
    if (!found) return false;
    for (const email of emails) found.removeGuest(email);
    return true;
  }

  deleteEvent(id: string): void {
    const found = this.event(id);
    if (found) found.deleteEvent();
    for (const [activity, eventId] of this.tagged ?? []) if (eventId === id) this.tagged!.delete(activity);
  }

  findByTag(activityId: string): string | undefined {
    return this.taggedEvents().get(activityId);
  }

  private event(id: string): CalendarEvent | undefined {
    return this.calendar().getEventById(id) ?? undefined;
  }

  /** activity id → event id over the week (one getEvents, one or two getTag per event). */
  private taggedEvents(): Map<string, string> {
    if (this.tagged) return this.tagged;
    const { weekStart, weekEnd, timeZone, year } = this.identity;
    const zone = zoneOf(timeZone);
    const from = toInstant(withTime(weekStart, 0), zone);
    const to = toInstant(addDays(withTime(weekEnd, 0), 1), zone);
    const map = new Map<string, string>();
    for (const event of this.calendar().getEvents(from, to)) {
      const activity = event.getTag(ACTIVITY_TAG);
      if (!activity || event.getTag(YEAR_TAG) !== String(year)) continue;
      if (!map.has(activity)) map.set(activity, event.getId());
    }
    this.tagged = map;
    return map;
  }
}

function guestsOf(event: CalendarEvent): string[] {
  return event.getGuestList().map((g) => g.getEmail().toLowerCase());
}

function instants(event: DesiredEvent): [Date, Date] {
  const zone = zoneOf(event.timeZone);
  return [toInstant(event.start, zone), toInstant(event.end, zone)];
}

/** Our popups replace the calendar's defaults (the day-before one and one shortly before). */
function setReminders(event: CalendarEvent, desired: DesiredEvent): void {
  event.removeAllReminders();
  for (const minutes of desired.reminderMinutes) event.addPopupReminder(minutes);
}
