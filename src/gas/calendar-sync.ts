import { queueReminders } from '../app/reminders';
import { readSettings } from '../app/settings-store';
import { EDIT_SYNC_AFTER_MS } from '../app/schedule';
import { planCalendarSync, syncCalendar } from '../app/sync-calendar';
import type { PropertiesPort, TablesPort, TriggersPort } from '../ports';
import { GasCalendar, openWeekCalendar, weekCalendarName, type WeekCalendarIdentity } from './calendar';
import { zoneMismatches } from './calendar-zones';
import type { GasRuntime } from './runtime';

/**
 * The Apps Script side of the calendar sync (issue 5): which runs sync, and what follows them.
 * Nothing syncs by itself before the principal has run "Đồng bộ lịch" once (invitations go to
 * everyone: that first send is a decision). After that, an edit of the Activities tab marks the
 * calendar dirty (edit-trigger.ts) and the next drain run applies it; a sync cut short by
 * "too many calendar events in a short time" is resumed by the drain's continuation trigger.
 */

/** Set by the first menu sync: from then on edits and drains keep the calendar in step. */
export const CALENDAR_ENABLED_KEY = 'calendar.enabled';
/** An edit touched the Activities tab since the last sync (an ISO instant). */
export const CALENDAR_DIRTY_KEY = 'calendar.dirty';
/** A sync left calendar writes to retry: how many runs in a row did. */
export const CALENDAR_RETRY_KEY = 'calendar.retry';

/** Give up on automatic retries after this many runs (the daily drain still tries). */
const MAX_RETRY_RUNS = 6;

/** The calendar port of this execution: reads Settings only if a calendar write happens. */
export function gasCalendar(runtime: Pick<GasRuntime, 'tables' | 'properties'>): GasCalendar {
  return new GasCalendar(() => weekIdentity(runtime.tables), runtime.properties);
}

/** What the calendar adapter needs from the Settings tab (one read). */
export function weekIdentity(tables: TablesPort): WeekCalendarIdentity {
  const settings = readSettings(tables);
  if (!settings) {
    throw new Error('Tab Cấu hình thiếu thông tin bắt buộc (năm, ngày bắt đầu và kết thúc tuần lễ).');
  }
  return {
    year: settings.year,
    school: settings.school,
    timeZone: settings.timeZone,
    mode: settings.calendarMode,
    weekStart: settings.weekStart,
    weekEnd: settings.weekEnd,
  };
}

/** The zone warnings for a calendar (besides the spreadsheet's and the script's). */
function zoneLines(
  runtime: GasRuntime,
  identity: WeekCalendarIdentity,
  calendar?: GoogleAppsScript.Calendar.Calendar,
): string[] {
  return zoneMismatches({
    school: identity.timeZone,
    ...(calendar ? { calendar: { name: calendar.getName(), zone: calendar.getTimeZone() } } : {}),
    spreadsheet: runtime.env.spreadsheetTimeZone(),
    script: runtime.env.scriptTimeZone(),
  });
}

/** Setup: the week's calendar exists (created once) and its zone is checked. */
export function ensureWeekCalendar(runtime: GasRuntime): string {
  const identity = weekIdentity(runtime.tables);
  const opened = openWeekCalendar(identity, runtime.properties)!;
  const name = opened.calendar.getName();
  const line =
    identity.mode === 'default'
      ? `Sự kiện của tuần lễ sẽ nằm trong lịch mặc định (${name}).`
      : opened.created
        ? `Đã tạo lịch "${name}" cho tuần lễ. Sự kiện chỉ được tạo khi chọn "Đồng bộ lịch".`
        : `Đã có lịch "${name}", không tạo thêm.`;
  return [line, ...zoneLines(runtime, identity, opened.calendar)].join('\n');
}

/** Menu "Xem trước thay đổi lịch": what a sync would do; writes nothing, creates nothing. */
export function calendarPreview(runtime: GasRuntime): string {
  const plan = planCalendarSync(runtime);
  const lines = [plan.message, ...plan.preview.map((l) => `• ${l}`)];
  if (plan.settings) {
    const identity = weekIdentity(runtime.tables);
    const opened = openWeekCalendar(identity, runtime.properties, { create: false });
    if (!opened)
      lines.push(
        `Lịch "${weekCalendarName(identity.year, identity.school)}" chưa có; sẽ được tạo khi đồng bộ.`,
      );
    lines.push(...zoneLines(runtime, identity, opened?.calendar));
  }
  return lines.join('\n');
}

/**
 * Applies the calendar (menu "Đồng bộ lịch", `manual`; or a drain run). The dirty mark is
 * cleared BEFORE the plan is read, so an edit made during the run marks it again and is not lost.
 */
export function applyCalendar(runtime: GasRuntime, manual: boolean): string {
  const { properties } = runtime;
  if (manual) properties.set(CALENDAR_ENABLED_KEY, runtime.clock.now().toISOString());
  if (properties.get(CALENDAR_DIRTY_KEY) !== undefined) properties.delete(CALENDAR_DIRTY_KEY);
  const calendar = gasCalendar(runtime);
  const result = syncCalendar({ ...runtime, calendar });
  const retries = Number(properties.get(CALENDAR_RETRY_KEY) ?? '0') || 0;
  if (result.pending > 0) properties.set(CALENDAR_RETRY_KEY, String(retries + 1));
  else if (retries > 0 && (result.applied > 0 || result.failed > 0 || !result.ran))
    properties.delete(CALENDAR_RETRY_KEY);
  const lines = [result.message];
  if (result.applied > 0) {
    const zones = zoneLines(runtime, calendar.identity, calendar.calendar());
    for (const line of zones) runtime.log.error(line);
    lines.push(...zones);
  }
  return lines.join('\n');
}

/**
 * The drain triggers: sync first when the calendar is enabled and something asks for it (an
 * edit, a retry, or the daily run), then `drain` (which sends the late guests' invitations),
 * then make sure a continuation is pending if the calendar still has work.
 */
export function withCalendar(runtime: GasRuntime, daily: boolean, drain: () => string): string {
  const { properties } = runtime;
  const lines: string[] = [];
  const enabled = properties.get(CALENDAR_ENABLED_KEY) !== undefined;
  const asked =
    daily ||
    properties.get(CALENDAR_DIRTY_KEY) !== undefined ||
    properties.get(CALENDAR_RETRY_KEY) !== undefined;
  if (enabled && asked) {
    try {
      lines.push(applyCalendar(runtime, false));
    } catch (error) {
      // The mail drain still runs; the calendar is retried at the next run.
      runtime.log.error(`Đồng bộ lịch: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  lines.push(drain());
  if (enabled) followUp(runtime.properties, runtime.triggers);
  return lines.join('\n');
}

/** The menu sync: apply now (and enable following edits), send the waiting mails, follow up. */
export function syncCalendarNow(runtime: GasRuntime, drain: () => string): string {
  const text = [applyCalendar(runtime, true), drain()].join('\n');
  followUp(runtime.properties, runtime.triggers);
  return text;
}

/** One continuation pending while the calendar is dirty or has writes to retry. */
function followUp(properties: PropertiesPort, triggers: TriggersPort): void {
  const retries = Number(properties.get(CALENDAR_RETRY_KEY) ?? '0') || 0;
  if (retries > MAX_RETRY_RUNS) properties.delete(CALENDAR_RETRY_KEY);
  const dirty = properties.get(CALENDAR_DIRTY_KEY) !== undefined;
  if (!dirty && (retries === 0 || retries > MAX_RETRY_RUNS)) return;
  if (triggers.hasPendingContinuation()) return;
  // A retry waits for the rows' next attempt (5, 10, 20… minutes: retryAfterTransient).
  const afterMs = dirty ? EDIT_SYNC_AFTER_MS : (Math.min(60, 5 * 2 ** (retries - 1)) + 1) * 60_000;
  triggers.scheduleContinuation(afterMs);
}

/** Daily 07:00 trigger: one reminder per guest for tomorrow's activities, then the drain. */
export function remindAndDrain(runtime: GasRuntime, drain: () => string): string {
  const queued = queueReminders(runtime, runtime.clock.now());
  return [queued.message, drain()].join('\n');
}

/** Marks the calendar dirty and makes sure a run is pending (the edit trigger; no calendar call). */
export function markCalendarDirty(runtime: Pick<GasRuntime, 'properties' | 'triggers' | 'clock'>): boolean {
  const { properties } = runtime;
  if (properties.get(CALENDAR_ENABLED_KEY) === undefined) return false;
  properties.set(CALENDAR_DIRTY_KEY, runtime.clock.now().toISOString());
  if (!runtime.triggers.hasPendingContinuation()) runtime.triggers.scheduleContinuation(EDIT_SYNC_AFTER_MS);
  return true;
}
