import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';

/**
 * The calendar's, the spreadsheet's and the script's zones against the school's (Settings
 * "Múi giờ"). Event times are always converted with the school's zone, so a mismatch never
 * moves an event; but a calendar in another zone shows guests other hours, and a sheet or
 * script in another zone shifts dates typed by hand: the principal should know.
 */
export interface ZonesSeen {
  readonly school: string;
  readonly calendar?: { readonly name: string; readonly zone: string };
  readonly spreadsheet?: string;
  readonly script?: string;
}

/** One line (in the plan's language) per zone that differs from the school's; none when all agree. */
export function zoneMismatches(zones: ZonesSeen, language: Language = 'vi'): string[] {
  const t = catalogue(language).calendar.apps;
  const lines: string[] = [];
  const { school, calendar, spreadsheet, script } = zones;
  if (calendar && calendar.zone !== school) {
    lines.push(t.calendarZone(calendar.name, calendar.zone, school));
  }
  if (spreadsheet !== undefined && spreadsheet !== school) {
    lines.push(t.sheetZone(spreadsheet, school));
  }
  if (script !== undefined && script !== school) {
    lines.push(t.scriptZone(script, school));
  }
  return lines;
}
