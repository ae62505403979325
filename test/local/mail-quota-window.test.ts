import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DailyMailCounter } from '../../src/local/mail/mail-quota';
import { tempDir } from './cli-support';

const HOUR = 3_600_000;

describe('the local mail quota follows Apps Script: 24 hours from the first send', () => {
  it('does not come back at midnight, and comes back whole 24 hours after the first send', () => {
    let now = Date.UTC(2021, 8, 28, 10); // 17:00 in Hà Nội
    const counter = new DailyMailCounter(join(tempDir(), 'count.json'), { now: () => new Date(now) }, 3);
    counter.add(2);
    now += 2 * HOUR;
    counter.add(1);
    expect(counter.remaining()).toBe(0);
    now = Date.UTC(2021, 8, 28, 17, 5); // 00:05 the next day in Hà Nội
    expect(counter.remaining()).toBe(0);
    now = Date.UTC(2021, 8, 29, 10) - 1;
    expect(counter.remaining()).toBe(0);
    now = Date.UTC(2021, 8, 29, 10);
    expect(counter.remaining()).toBe(3);
    // The next window opens with the next send, here five hours after the reset.
    now += 5 * HOUR;
    counter.add(1);
    now += 23 * HOUR;
    expect(counter.remaining()).toBe(2);
    now += HOUR;
    expect(counter.remaining()).toBe(3);
  });
});
