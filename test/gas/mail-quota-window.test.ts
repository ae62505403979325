import { describe, expect, it } from 'vitest';
import { createGasFakes, SERVICE_ERRORS, QUOTA_WINDOW_MS, type AccountLanguage } from './fakes';

const HOUR = 3_600_000;

function fakesAt(hourUtc: number, dailyQuota = 3) {
  return createGasFakes({ mail: { dailyQuota, sendMs: 0 }, now: Date.UTC(2021, 8, 28, hourUtc) });
}

const mailTo = (fakes: ReturnType<typeof createGasFakes>, to: string) =>
  fakes.globals.MailApp.sendEmail({ to, subject: 's', body: 'b' });

describe('MailApp quota: 24 hours from the first request, per user', () => {
  it('does not come back at midnight: it resets 24 hours after the first send', () => {
    const fakes = fakesAt(10); // 17:00 in Hà Nội
    mailTo(fakes, 'a@x.vn, b@x.vn');
    fakes.clock.advance(2 * HOUR);
    mailTo(fakes, 'c@x.vn');
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    fakes.clock.nowMs = Date.UTC(2021, 8, 28, 17, 5); // 00:05 on 29/09 in Hà Nội: no reset
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => mailTo(fakes, 'd@x.vn')).toThrow(SERVICE_ERRORS.en.mailDaily);
    // One minute short of 24 hours after the first send, still nothing; then the whole quota.
    fakes.clock.nowMs = Date.UTC(2021, 8, 28, 10) + QUOTA_WINDOW_MS - 60_000;
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    fakes.clock.nowMs = Date.UTC(2021, 8, 28, 10) + QUOTA_WINDOW_MS;
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(3);
    // The next window opens at the next send, not at the reset.
    fakes.clock.advance(5 * HOUR);
    mailTo(fakes, 'd@x.vn');
    expect(fakes.mail.resetsAtMs()).toBe(fakes.clock.nowMs + QUOTA_WINDOW_MS);
  });

  it('reading the quota opens no window', () => {
    const fakes = fakesAt(1);
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(3);
    expect(fakes.mail.resetsAtMs()).toBeUndefined();
  });

  it('counts each user on their own: a trigger spends its creator’s quota', () => {
    const fakes = fakesAt(1);
    mailTo(fakes, 'a@x.vn, b@x.vn, c@x.vn');
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    fakes.users.as('pho.hieutruong@example.edu.vn', () => {
      expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(3);
      mailTo(fakes, 'd@x.vn');
      expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(2);
    });
    expect(fakes.globals.MailApp.getRemainingDailyQuota()).toBe(0);
  });

  it.each<AccountLanguage>(['en', 'vi', 'unknown'])(
    'words the quota error and the transient errors in the account language (%s)',
    (language) => {
      const fakes = fakesAt(1, 1);
      fakes.faults.accountLanguage = language;
      mailTo(fakes, 'a@x.vn');
      expect(() => mailTo(fakes, 'b@x.vn')).toThrow(SERVICE_ERRORS[language].mailDaily);
      fakes.faults.injectTransient(['MailApp.getRemainingDailyQuota'], 1, 7);
      const seen = new Set<string>();
      fakes.execute('probe', () => {
        for (let i = 0; i < 30; i++) {
          try {
            fakes.globals.MailApp.getRemainingDailyQuota();
          } catch (error) {
            seen.add((error as Error).message);
          }
        }
      });
      const t = SERVICE_ERRORS[language];
      const expected = language === 'en' ? [t.rate, t.unavailable] : [t.rate, t.unavailable, t.serviceError];
      expect([...seen].sort()).toEqual([...expected].sort());
    },
  );
});
