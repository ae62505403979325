import type { CalendarApplied } from '../app/jobs/effects';
import { readSettings } from '../app/plan/settings-store';
import { planCalendarSync, syncCalendar } from '../app/calendar/sync-calendar';
import { GUEST_LIST_CAP, overCapNotes } from '../core/calendar';
import { catalogue } from '../core/i18n/catalogue';
import type { TablesPort } from '../ports';
import { GasCalendar, openWeekCalendar, weekCalendarName, type WeekCalendarIdentity } from './calendar';
import { zoneMismatches } from './calendar-zones';
import type { GasRuntime } from './runtime';

/** The Apps Script side of the calendar sync: this execution's Calendar, and what it tells. */

/** The calendar port of this execution: reads Settings only if a calendar write happens. */
export function gasCalendar(runtime: Pick<GasRuntime, 'tables' | 'properties'>): GasCalendar {
  return new GasCalendar(() => weekIdentity(runtime.tables), runtime.properties);
}

/** What the calendar adapter needs from the Settings tab (one read). */
export function weekIdentity(tables: TablesPort): WeekCalendarIdentity {
  const settings = readSettings(tables);
  if (!settings) {
    throw new Error(catalogue('vi').calendar.apps.noSettings);
  }
  return {
    year: settings.year,
    school: settings.school,
    timeZone: settings.timeZone,
    mode: settings.calendarMode,
    weekStart: settings.weekStart,
    weekEnd: settings.weekEnd,
    language: settings.language,
  };
}

/** The zone warnings for a calendar (besides the spreadsheet's and the script's). */
function zoneLines(
  runtime: GasRuntime,
  identity: WeekCalendarIdentity,
  calendar?: GoogleAppsScript.Calendar.Calendar,
): string[] {
  return zoneMismatches(
    {
      school: identity.timeZone,
      ...(calendar ? { calendar: { name: calendar.getName(), zone: calendar.getTimeZone() } } : {}),
      spreadsheet: runtime.env.spreadsheetTimeZone(),
      script: runtime.env.scriptTimeZone(),
    },
    identity.language,
  );
}

/** Setup: the week's calendar exists (created once) and its zone is checked. */
export function ensureWeekCalendar(runtime: GasRuntime): string {
  const identity = weekIdentity(runtime.tables);
  const opened = openWeekCalendar(identity, runtime.properties)!;
  const name = opened.calendar.getName();
  const t = catalogue(identity.language).calendar.apps;
  const line =
    identity.mode === 'default'
      ? t.defaultCalendar(name)
      : opened.created
        ? t.created(name)
        : t.present(name);
  return [line, ...zoneLines(runtime, identity, opened.calendar)].join('\n');
}

/** Menu "Xem trước thay đổi lịch": what a sync would do; writes nothing, creates nothing. */
export function calendarPreview(runtime: GasRuntime): string {
  const plan = planCalendarSync(runtime);
  const overCap = plan.settings
    ? overCapNotes(plan.desired.values(), GUEST_LIST_CAP, plan.settings.language)
    : [];
  const lines = [plan.message, ...[...plan.preview, ...overCap].map((l) => `• ${l}`)];
  if (plan.settings) {
    const identity = weekIdentity(runtime.tables);
    const opened = openWeekCalendar(identity, runtime.properties, { create: false });
    if (!opened)
      lines.push(
        catalogue(identity.language).calendar.apps.notYet(weekCalendarName(identity.year, identity.school)),
      );
    lines.push(...zoneLines(runtime, identity, opened?.calendar));
  }
  return lines.join('\n');
}

/**
 * The calendar effect of the jobs (src/app/jobs): one sync with this execution's Calendar. The
 * bookkeeping around it (the dirty mark, retries, the follow-up run) is the jobs' own.
 */
export function applyCalendar(runtime: GasRuntime): CalendarApplied {
  const calendar = gasCalendar(runtime);
  const result = syncCalendar({ ...runtime, calendar });
  const lines = [result.message];
  if (result.applied > 0) {
    const zones = zoneLines(runtime, calendar.identity, calendar.calendar());
    for (const line of zones) runtime.log.error(line);
    lines.push(...zones);
  }
  return {
    ran: result.ran,
    ...(result.busy ? { busy: true } : {}),
    applied: result.applied,
    pending: result.pending,
    failed: result.failed,
    lines,
  };
}
