import { ACTIVITIES_TABLE, FAMILIES_TABLE, PEOPLE_TABLE, SETTINGS_TABLE } from '../../core/schema/tables';
import { findTabName } from '../../core/table';
import type { ClockPort, PropertiesPort, TriggersPort } from '../../ports';
import { markCalendarDirty } from './calendar-follow-up';

/**
 * An edit of the sheet. It must stay cheap (Apps Script fires it on every cell edit): it looks
 * at nothing but the edited tab's name, calls no calendar, and only marks the calendar dirty
 * and makes sure one sync run is pending (the drain's continuation).
 */

/** Tabs whose edits change the desired events: the activities, their guests, the settings. */
const CALENDAR_TABS = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, SETTINGS_TABLE];

export type EditOutcome = 'no-event' | 'other-tab' | 'not-enabled' | 'marked';

/** True when an edit of this tab may change a calendar event. */
export function editTouchesCalendar(tabName: string): boolean {
  return CALENDAR_TABS.some((spec) => findTabName(spec, [tabName]) !== undefined);
}

/** `ports` is asked for only when the tab matters: building a runtime costs nothing, using it does. */
export function planEdited(
  tabName: string | undefined,
  ports: () => { properties: PropertiesPort; triggers: TriggersPort; clock: ClockPort },
): EditOutcome {
  if (tabName === undefined) return 'no-event';
  if (!editTouchesCalendar(tabName)) return 'other-tab';
  const { properties, triggers, clock } = ports();
  return markCalendarDirty(properties, triggers, clock) ? 'marked' : 'not-enabled';
}
