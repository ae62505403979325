import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../src/app/outbox/drain-outbox';
import { enqueueEntries, loadOutbox } from '../../src/app/outbox/outbox-store';
import { outlookLines } from '../../src/app/outbox/mail-outlook';
import { sendForecast } from '../../src/app/outbox/send-forecast';
import { localDateTime, wallMinutes, type LocalDateTime } from '../../src/core/cell';
import { mailEntry } from '../../src/core/outbox/enqueue';
import { toWallClock } from '../../src/core/time-zone';
import { FaultWorld, seededRandom } from '../support/fault-world';

const START = Date.UTC(2021, 8, 28, 1, 0); // 28/09/2021 08:00 in the school
const DAY_MS = 24 * 3_600_000;
const wall = (ms: number): LocalDateTime => toWallClock(new Date(ms), 'Asia/Ho_Chi_Minh');

/** The kinds of mail a week queues, by the action their key starts with. */
const ACTIONS = ['invite-mail', 'confirm-mail', 'calendar-invite', 'result-ask', 'promote'] as const;

interface Queued {
  readonly action: (typeof ACTIONS)[number];
  readonly recipients: number;
}

function queue(w: FaultWorld, mails: readonly Queued[]): void {
  const now = wall(w.nowMs);
  enqueueEntries(
    w.tables,
    mails.map((m, i) =>
      mailEntry(
        {
          key: `${m.action}:M${i}:2021`,
          to: Array.from({ length: m.recipients }, (_, r) => `p${i}-${r}@truong.example`),
          mail: { subject: `Thư ${i}`, text: `Thư ${i}`, html: `<p>Thư ${i}</p>` },
        },
        now,
      ),
    ),
  );
}

/**
 * MailApp's quota as Apps Script counts it (the fakes' rule): recipients in a window that opens
 * at the first send and resets 24 hours later.
 */
function windowedQuota(w: FaultWorld, limit: number): void {
  let openedMs: number | undefined;
  const roll = (): void => {
    if (openedMs !== undefined && w.nowMs >= openedMs + DAY_MS) {
      openedMs = undefined;
      w.quotaLeft = limit;
    }
  };
  const { remainingDailyQuota, send } = w.mail;
  w.mail.remainingDailyQuota = () => (roll(), remainingDailyQuota());
  w.mail.send = (mail) => {
    roll();
    const startedMs = w.nowMs;
    send(mail);
    openedMs ??= startedMs;
  };
}

const forecastNow = (w: FaultWorld) =>
  sendForecast(loadOutbox(w.tables).ledger.rows, wall(w.nowMs), w.quotaLeft);

describe('when the last waiting mail should go', () => {
  it('says so for the drain, the rows and the note from one forecast, in order of urgency', () => {
    const w = new FaultWorld(
      START,
      { transientRate: 0, quotaErrorRate: 0, sendMs: [200, 200], dailyQuota: 10 },
      seededRandom(1),
    );
    windowedQuota(w, 10);
    queue(w, [
      ...Array.from({ length: 25 }, (): Queued => ({ action: 'invite-mail', recipients: 1 })),
      { action: 'confirm-mail', recipients: 1 },
    ]);
    const first = drainOutbox(w.ports());
    // The confirmation goes first, then nine invitations; 16 left: one whole window, then six.
    expect(w.delivered[0]!.key).toBe('confirm-mail:M25:2021');
    expect(first.sent).toBe(10);
    const forecast = forecastNow(w);
    expect(forecast).toMatchObject({ mails: 16, recipients: 16, windows: 2, unknown: false, tooLate: 0 });
    expect(forecast.lastAt?.iso).toBe('2021-09-30T08:01');
    expect(first.message).toContain('thư cuối cùng đang chờ dự kiến đi lúc thứ Năm, 30/09/2021 08:01');
    expect(outlookLines(forecast, 'vi')).toEqual([
      'Hộp thư đi: 16 thư chờ gửi (16 người nhận); thư cuối cùng dự kiến đi lúc thứ Năm, 30/09/2021 08:01, ' +
        'sau 2 lần hạn mức gửi thư 24 giờ được cấp lại (thư nhắc lịch và thư xác nhận đi trước thư mời).',
    ]);
    expect(outlookLines(forecast, 'en')[0]).toContain('the last should go at Thursday, 30/09/2021 08:01');
  });

  it("counts a reminder the quota would carry past its activity's day as too late, taking no room", () => {
    const now = localDateTime(2021, 10, 4, 20, 0);
    const sent = (i: number) => ({
      row: i + 2,
      entry: {
        ...mailEntry(
          {
            key: `invite-mail:S${i}:2021`,
            to: [`s${i}@x.example`],
            mail: { subject: 's', text: 's', html: 's' },
          },
          now,
        ),
        state: 'đã gửi' as const,
        doneAt: localDateTime(2021, 10, 4, 9, 0),
      },
    });
    const waiting = (key: string, row: number) => ({
      row,
      entry: mailEntry({ key, to: [`${row}@x.example`], mail: { subject: 's', text: 's', html: 's' } }, now),
    });
    // The window opened at 09:00 with 2 recipients and 0 left: it resets 05/10 09:00.
    const rows = [
      sent(0),
      sent(1),
      waiting('reminder:a@x.example:2021-10-05', 10),
      waiting('invite-mail:W1:2021', 11),
    ];
    const forecast = sendForecast(rows, now, 0);
    expect(forecast).toMatchObject({ mails: 1, tooLate: 1, windows: 1 });
    expect(forecast.lastAt?.iso).toBe('2021-10-05T09:00');
    expect(outlookLines(forecast, 'vi')[1]).toBe(
      '1 thư nhắc lịch sẽ không kịp đi trước ngày hoạt động vì hết hạn mức.',
    );
  });

  it('without a window in the ledger and nothing left, cannot date it and says so', () => {
    const now = localDateTime(2021, 10, 4, 20, 0);
    const rows = [
      {
        row: 2,
        entry: mailEntry(
          { key: 'invite-mail:W1:2021', to: ['w@x.example'], mail: { subject: 's', text: 's', html: 's' } },
          now,
        ),
      },
    ];
    const forecast = sendForecast(rows, now, 0);
    expect(forecast).toMatchObject({ mails: 1, unknown: true });
    expect(forecast.lastAt).toBeUndefined();
    expect(outlookLines(forecast, 'vi')[0]).toContain('chưa biết lúc nào được cấp lại');
  });

  // The forecast is a rule of its own; the drain, run window after window, is what happens.
  it('matches when the real drain, window after window, sends the last mail', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ action: fc.constantFrom(...ACTIONS), recipients: fc.integer({ min: 1, max: 3 }) }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 3, max: 12 }),
        (mails, limit) => {
          const w = new FaultWorld(
            START,
            { transientRate: 0, quotaErrorRate: 0, sendMs: [200, 200], dailyQuota: limit },
            seededRandom(7),
          );
          windowedQuota(w, limit);
          queue(w, mails);
          const first = drainOutbox(w.ports());
          const forecast = forecastNow(w);
          let result = first;
          for (let guard = 0; result.remaining > 0 && guard < 60; guard++) {
            w.nowMs += result.continuationAfterMs ?? 60_000;
            w.beginExecution();
            result = drainOutbox(w.ports());
          }
          expect(result.remaining).toBe(0);
          const done = loadOutbox(w.tables).ledger.rows.map((r) => wallMinutes(r.entry.doneAt!));
          const last = Math.max(...done);
          if (forecast.mails === 0) {
            expect(first.remaining).toBe(0);
            return;
          }
          // Due a minute after the reset it names, sent within the minute after that.
          const said = wallMinutes(forecast.lastAt!);
          expect(last).toBeGreaterThanOrEqual(said);
          expect(last).toBeLessThanOrEqual(said + 2);
          expect(first.lastMailAt && wallMinutes(wall(first.lastMailAt.getTime()))).toBe(said);
        },
      ),
      { numRuns: Number(process.env.FORECAST_RUNS ?? 60) },
    );
  });
});
