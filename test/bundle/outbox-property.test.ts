import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionOptions } from '../gas/fakes/faults';
import { bundleCode } from './load-bundle';
import { DAY, expectNothingTwice, journalLeft, outbox, reviewRows, STAFF, withPlan } from './outbox-world';

/**
 * Random fault schedules through dist/Code.js: a quota, transient errors on a fraction of the
 * sends, the first "Gửi thư mời" killed anywhere (at a call, right after a mail left, at a
 * sheet write or at a write of the send journal), the
 * principal clicking again, every trigger delivered twice or not. Each bundle run takes about
 * a few seconds, so the default is 8 schedules (BUNDLE_PROPERTY_RUNS for more); the
 * 200+ schedules of the ledger properties run on the use case in test/app.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const RUNS = Number(process.env.BUNDLE_PROPERTY_RUNS ?? 8);

const schedule = fc.record({
  quota: fc.integer({ min: 13, max: 60 }),
  transientRate: fc.constantFrom(0, 0.1, 0.3),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  kill: fc.oneof(
    fc.constant<ExecutionOptions>({}),
    fc.integer({ min: 1, max: 600 }).map((n): ExecutionOptions => ({ killAtCall: n })),
    fc
      .integer({ min: 1, max: STAFF })
      .map((n): ExecutionOptions => ({ killAfter: { method: 'MailApp.sendEmail', nth: n } })),
    fc
      .integer({ min: 1, max: 4 })
      .map((n): ExecutionOptions => ({ killAt: { method: 'Range.setValues', nth: n } })),
    fc
      .integer({ min: 1, max: 2 * STAFF + 6 })
      .map((n): ExecutionOptions => ({ killAt: { method: 'Properties.setProperty', nth: n } })),
  ),
  duplicate: fc.boolean(),
});

describe('the outbox in the bundle under random faults', () => {
  it('never sends a mail twice, loses no invitation, and settles every one within four days unless the quota is spent', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const bundle = withPlan(code, { mail: { dailyQuota: s.quota } });
        if (s.transientRate > 0)
          bundle.fakes.faults.injectTransient(['MailApp.sendEmail'], s.transientRate, s.seed);
        bundle.run('sendInvitations', undefined, s.kill);
        // the principal, seeing an error or nothing, clicks again
        bundle.run('sendInvitations');
        bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 4 * DAY, { duplicate: s.duplicate });
        expectNothingTwice(bundle);
        const rows = outbox(bundle);
        expect(rows).toHaveLength(STAFF);
        // Reminders, confirmations and the daily note go first; an invitation may still wait
        // for the quota only when four whole 24-hour windows were spent to the last recipient.
        const waiting = rows.filter((r) => r['Trạng thái'] === 'hoãn do hạn mức').length;
        const recipients = bundle.fakes.mail.sent.reduce((n, m) => n + m.to.split(',').length, 0);
        if (waiting > 0) expect(recipients, 'quota left unused').toBe(4 * s.quota);
        for (const row of rows)
          expect(['đã gửi', 'cần kiểm tra', 'hoãn do hạn mức'], String(row['Khóa'])).toContain(
            row['Trạng thái'],
          );
        // one kill at most: the send journal leaves at most the mail then being sent to review
        expect(reviewRows(bundle)).toBeLessThanOrEqual(1);
        expect(journalLeft(bundle)).toBe(false);
        expect(bundle.fakes.scriptApp.of('continueOutboxDrain').length).toBeLessThanOrEqual(1);
        expect(bundle.fakes.lock.held).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
