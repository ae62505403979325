import { describe, expect, it } from 'vitest';
import { addDays, localDateTime } from '../../src/core/cell';
import { measureMailTimeline } from '../../src/local/bench/mail-timeline';

describe('the mail timeline under the consumer quota', () => {
  it('plays the real jobs until the last invitation went, and dates every reminder day', async () => {
    const t = await measureMailTimeline({ label: 'nhỏ', staff: 40, families: 150 }, 100);
    expect(t.invitations).toBe(190);
    // At most 100 recipients in 24 hours, reminders and confirmations first: at least two days.
    expect(t.invitationDays).toBeGreaterThanOrEqual(2);
    expect(t.lastInvitation?.iso.slice(0, 10)).toBe(
      addDays(localDateTime(2021, 9, 28), t.invitationDays - 1).iso.slice(0, 10),
    );
    // The small school's reminders all go the day before their activity, even the day with
    // more guests (151) than one window's 100.
    expect(t.reminders.length).toBeGreaterThan(0);
    expect(t.reminders.some((r) => r.queued > 100)).toBe(true);
    for (const r of t.reminders) {
      expect(r, r.day).toMatchObject({ sent: r.queued, tooLate: 0, dayBefore: true });
      expect(r.lastSent!.iso.slice(0, 10) < r.day, r.day).toBe(true);
    }
  }, 120_000);
});

describe('a school whose invitations outlast the played days', () => {
  it('is counted at the last played day’s pace, as many days as playing them all takes', async () => {
    const size = { label: 'nhỏ', staff: 8, families: 20 };
    const counted = await measureMailTimeline(size, 4);
    const played = await measureMailTimeline(size, 4, 30);
    expect(counted.estimate).toMatchObject({ playedTo: '2021-10-10' });
    expect(counted.estimate!.perDay).toBeGreaterThan(0);
    expect(played.estimate).toBeUndefined();
    expect(counted.invitationDays).toBe(played.invitationDays);
  }, 120_000);
});
