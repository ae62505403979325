import { ACTIVITIES_TABLE, FAMILIES_TABLE, PEOPLE_TABLE, SETTINGS_TABLE } from '../core/schema/tables';
import { findTabName } from '../core/table';
import { markCalendarDirty } from './calendar-sync';
import type { GasRuntime } from './runtime';

/**
 * The installable edit trigger. It must stay cheap (it fires on every cell edit): it looks at
 * nothing but the edited range's tab name, calls no calendar, and only marks the calendar
 * dirty and makes sure one sync run is pending (the drain continuation).
 */

/** Tabs whose edits change the desired events: the activities, their guests, the settings. */
const CALENDAR_TABS = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, SETTINGS_TABLE];

export type EditOutcome = 'no-event' | 'other-tab' | 'not-enabled' | 'marked';

/** True when an edit of this tab may change a calendar event. */
export function editTouchesCalendar(tabName: string): boolean {
  return CALENDAR_TABS.some((spec) => findTabName(spec, [tabName]) !== undefined);
}

export function planEdited(
  e: GoogleAppsScript.Events.SheetsOnEdit | undefined,
  runtime: () => Pick<GasRuntime, 'properties' | 'triggers' | 'clock'>,
): EditOutcome {
  const range = e?.range;
  if (!range) return 'no-event';
  if (!editTouchesCalendar(range.getSheet().getName())) return 'other-tab';
  return markCalendarDirty(runtime()) ? 'marked' : 'not-enabled';
}
