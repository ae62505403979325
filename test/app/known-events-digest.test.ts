import { describe, expect, it } from 'vitest';
import { digestStoredGuestLists, loadKnownEvents } from '../../src/app/calendar/known-events';
import { guestsDigest } from '../../src/core/calendar';
import type { PropertiesPort } from '../../src/ports';

/** Guest lists an older version kept in the properties, rewritten by the purge as digests. */
class MapProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  get = (key: string) => this.values.get(key);
  set = (key: string, value: string) => void this.values.set(key, value);
  delete = (key: string) => void this.values.delete(key);
}

const families = Array.from({ length: 150 }, (_, i) => `ph${i + 1}@giadinh.example`);

describe('digestStoredGuestLists', () => {
  it('rewrites a whole list (split over parts) as its digest; the event id stays; again: nothing', () => {
    const p = new MapProperties();
    const legacy = JSON.stringify({
      activityId: 'HD09',
      eventId: 'abc@google.com',
      fingerprint: 'f',
      guests: families,
      sequence: 2,
    });
    p.set('calendar:2021:index', '["HD09"]');
    p.set('calendar:2021:HD09', JSON.stringify({ parts: 2 }));
    p.set('calendar:2021:HD09#1', legacy.slice(0, 2500));
    p.set('calendar:2021:HD09#2', legacy.slice(2500));

    expect(digestStoredGuestLists(p, 2021)).toBe(1);
    expect([...p.values.values()].join('\n')).not.toContain('@giadinh.example');
    expect([...p.values.keys()]).toEqual(['calendar:2021:index', 'calendar:2021:HD09']);
    expect(loadKnownEvents(p, 2021).get('HD09')).toEqual({
      activityId: 'HD09',
      eventId: 'abc@google.com',
      fingerprint: 'f',
      guests: guestsDigest(families),
      sequence: 2,
    });
    expect(digestStoredGuestLists(p, 2021)).toBe(0);
  });
});
