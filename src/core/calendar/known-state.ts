import { isLocalDateTime } from '../cell';
import { guestsDigest } from './fingerprint';
import type { GuestsDigest, KnownEvent } from './types';

/**
 * The known state of each activity's event lives in the properties (script properties in Apps
 * Script, the workbook's JSON locally), one key per activity and year — not in the sheet, so a
 * principal re-sorting or editing rows cannot corrupt it and a sync writes no cell. A lost
 * property is repaired by finding the event by its tag (never by creating a second one).
 * The guest list is kept as a digest (types.ts), so a state is a few hundred bytes; a value
 * longer than a part (a very long title) is still split over numbered keys, under 9 KB each.
 */
export const knownEventKey = (year: number, activityId: string): string => `calendar:${year}:${activityId}`;

/** Characters per property value: well under Apps Script's 9 KB even for multi-byte text. */
const PART = 2_500;

export function encodeKnownEvent(key: string, state: KnownEvent): [string, string][] {
  const json = JSON.stringify(state);
  if (json.length <= PART) return [[key, json]];
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += PART) parts.push(json.slice(i, i + PART));
  return [
    [key, JSON.stringify({ parts: parts.length })],
    ...parts.map((p, i): [string, string] => [`${key}#${i + 1}`, p]),
  ];
}

/** The stored state, or undefined when absent or unreadable (then the tag search repairs it). */
export function decodeKnownEvent(
  key: string,
  get: (key: string) => string | undefined,
): KnownEvent | undefined {
  const head = get(key);
  if (head === undefined) return undefined;
  try {
    let value = JSON.parse(head) as unknown;
    const parts = (value as { parts?: unknown } | null)?.parts;
    if (typeof parts === 'number') {
      let json = '';
      for (let i = 1; i <= parts; i++) {
        const part = get(`${key}#${i}`);
        if (part === undefined) return undefined;
        json += part;
      }
      value = JSON.parse(json) as unknown;
    }
    return knownEventOf(value);
  } catch {
    return undefined;
  }
}

/**
 * A stored state, also one written before guest lists became digests (a list of addresses):
 * read as its digest, and the addresses go with the next save of that activity (or the purge).
 */
function knownEventOf(value: unknown): KnownEvent | undefined {
  const v = value as (Omit<Partial<KnownEvent>, 'guests'> & { guests?: unknown }) | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.activityId !== 'string' ||
    typeof v.fingerprint !== 'string' ||
    typeof v.sequence !== 'number' ||
    !(v.start === undefined || isLocalDateTime(v.start)) ||
    !(v.end === undefined || isLocalDateTime(v.end))
  )
    return undefined;
  const guests = digestOf(v.guests);
  return guests ? ({ ...v, guests } as KnownEvent) : undefined;
}

function digestOf(guests: unknown): GuestsDigest | undefined {
  if (Array.isArray(guests))
    return guests.every((g) => typeof g === 'string') ? guestsDigest(guests as string[]) : undefined;
  const d = guests as Partial<GuestsDigest> | null;
  return typeof d === 'object' && d !== null && typeof d.hash === 'string' && typeof d.count === 'number'
    ? { hash: d.hash, count: d.count }
    : undefined;
}
