import { GUEST_LIST_CAP } from '../../core/calendar';
import { catalogue } from '../../core/i18n/catalogue';
import { groupedInteger } from '../../core/i18n/numbers';
import type { Language } from '../../core/plan';
import type { PropertiesPort } from '../../ports';
import { loadKnownEvents } from './known-events';

/**
 * For the organiser's evening note: each event of the year's calendar, as the last sync wrote
 * it (its known state keeps the guest list's length), that has more guests than a Google event
 * lists — and how many of them therefore get the invitation's .ics by mail instead.
 */
export function overCapLines(
  properties: PropertiesPort,
  year: number,
  language: Language,
  cap = GUEST_LIST_CAP,
): string[] {
  const t = catalogue(language).calendar.progress;
  const n = (value: number): string => groupedInteger(value, language);
  const lines: string[] = [];
  for (const [id, state] of loadKnownEvents(properties, year)) {
    if (state.cancelled || state.guests.count <= cap) continue;
    lines.push(t.overCap(id, n(state.guests.count), n(cap), n(state.guests.count - cap)));
  }
  return lines;
}
