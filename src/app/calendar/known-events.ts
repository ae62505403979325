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

/**
 * Rewrites each known state of the year that still lists its guests' addresses (stored before
 * the known state kept a digest) as the digest: the purge's share of the properties, so no
 * family's address is left there. Returns how many states were rewritten.
 */
export function digestStoredGuestLists(properties: PropertiesPort, year: number): number {
  let rewritten = 0;
  for (const id of readIndex(properties, year)) {
    const key = knownEventKey(year, id);
    const head = properties.get(key);
    if (head === undefined) continue;
    const parts = partCount(head);
    const partKeys = Array.from({ length: parts }, (_, i) => `${key}#${i + 1}`);
    const json = parts === 0 ? head : partKeys.map((k) => properties.get(k) ?? '').join('');
    if (!/"guests"\s*:\s*\[/.test(json)) continue;
    const state = decodeKnownEvent(key, (k) => properties.get(k));
    for (const k of partKeys) properties.delete(k);
    if (state) saveKnownEvent(properties, year, state);
    else properties.delete(key);
    rewritten++;
  }
  return rewritten;
}

function partCount(head: string): number {
  try {
    const parts = (JSON.parse(head) as { parts?: unknown } | null)?.parts;
    return typeof parts === 'number' ? parts : 0;
  } catch {
    return 0;
  }
}
