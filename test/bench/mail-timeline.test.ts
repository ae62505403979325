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
