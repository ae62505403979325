import { decodeKnownEvent, encodeKnownEvent, knownEventKey, type KnownEvent } from '../../core/calendar';
import type { PropertiesPort } from '../../ports';

/**
 * The calendar's known state lives in the properties, one key per activity plus an index of the
 * activity ids, so that a deleted row's event can still be cancelled.
 */
const INDEX_KEY = (year: number): string => `calendar:${year}:index`;

/** The known state of every activity that ever had an event (index + one key each). */
export function loadKnownEvents(properties: PropertiesPort, year: number): Map<string, KnownEvent> {
  const known = new Map<string, KnownEvent>();
  for (const id of readIndex(properties, year)) {
    const state = decodeKnownEvent(knownEventKey(year, id), (k) => properties.get(k));
    if (state) known.set(id, state);
  }
  return known;
}

/** Records an activity's known state (after a successful write) and keeps the index. */
export function saveKnownEvent(properties: PropertiesPort, year: number, state: KnownEvent): void {
  for (const [key, value] of encodeKnownEvent(knownEventKey(year, state.activityId), state)) {
    properties.set(key, value);
  }
  const index = readIndex(properties, year);
  if (!index.includes(state.activityId))
    properties.set(INDEX_KEY(year), JSON.stringify([...index, state.activityId]));
}

function readIndex(properties: PropertiesPort, year: number): string[] {
  try {
    const value = JSON.parse(properties.get(INDEX_KEY(year)) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
