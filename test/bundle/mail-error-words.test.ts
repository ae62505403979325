import { beforeAll, describe, expect, it } from 'vitest';
import { recordsOf } from './sheet-view';
import type { AccountLanguage } from '../gas/fakes';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { bundleCode, type LoadedBundle } from './load-bundle';
import { DAY, expectNothingTwice, invitations, outbox, STAFF, stateCounts, withPlan } from './outbox-world';

/**
 * Apps Script words its errors in the account's language. Through dist/Code.js: a quota
 * error in Vietnamese or in a wording nothing knows is still the quota (the drain reads the
 * remaining quota again after the failure), and an error nothing recognises is tried again
 * over a few runs, at least an hour, before the mail is 'thất bại'.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const HOUR = 3_600_000;

/** Another script of the same account spends the rest of the quota while the drain sends. */
function quotaSpentElsewhereAt(bundle: LoadedBundle, nthSend: number): void {
  const { mail, faults } = bundle.fakes;
  faults.interleaveAt('MailApp.sendEmail', nthSend, () => {
    mail.dailyQuota = nthSend - 1;
  });
}

const lastErrorOf = (bundle: LoadedBundle, state: string): string[] =>
  outbox(bundle)
    .filter((r) => r['Trạng thái'] === state)
    .map((r) => String(r['Lỗi gần nhất']));

describe('a quota error in any wording is the quota', () => {
  it.each<AccountLanguage>(['vi', 'unknown', 'en'])('account language %s', (language) => {
    const bundle = withPlan(code, { mail: { dailyQuota: 100 } });
    bundle.fakes.faults.accountLanguage = language;
    quotaSpentElsewhereAt(bundle, 6);
    bundle.call('sendInvitations');
    expect(invitations(bundle)).toHaveLength(5);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': 5, 'hoãn do hạn mức': STAFF - 5 });
    // The mail that met the error says it is the quota, with the service's own words kept.
    const met = lastErrorOf(bundle, 'hoãn do hạn mức').find((e) => e.includes('Chi tiết'));
    expect(met).toMatch(/^Đã hết hạn mức gửi thư trong 24 giờ/);
    // Nothing is given up; when the window has reset, the rest goes, once.
    bundle.fakes.mail.dailyQuota = 100;
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + DAY + HOUR);
    expect(invitations(bundle)).toHaveLength(STAFF);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expectNothingTwice(bundle);
  });
});

describe('an error nothing recognises', () => {
  it('is tried again in later runs and sent once it passes', () => {
    const bundle = withPlan(code, { mail: { dailyQuota: 100 } });
    const { faults, scriptApp, clock } = bundle.fakes;
    // Every send fails with a wording the product has never seen (not the quota: 100 are left).
    faults.accountLanguage = 'unknown';
    faults.injectTransient(['MailApp.sendEmail'], 1, 3);
    bundle.call('sendInvitations');
    expect(invitations(bundle)).toHaveLength(0);
    expect(stateCounts(bundle)).toEqual({ 'lỗi tạm thời': STAFF });
    expect(lastErrorOf(bundle, 'lỗi tạm thời')[0]).toMatch(
      /^Lỗi chưa rõ nguyên nhân \(lần 1\/3\); hệ thống sẽ thử lại lúc/,
    );
    // Half an hour later the fault has passed: the next run sends every one, once.
    scriptApp.runUntil(clock.nowMs + 10 * 60_000);
    faults.clearTransient();
    scriptApp.runUntil(clock.nowMs + HOUR);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expectNothingTwice(bundle);
  });

  it('that never passes fails the mail after 3 tries, no sooner than an hour after the first', () => {
    const bundle = withPlan(code, { mail: { dailyQuota: 100 } });
    const { faults, scriptApp, clock } = bundle.fakes;
    faults.accountLanguage = 'unknown';
    faults.injectTransient(['MailApp.sendEmail'], 1, 3);
    const firstTry = clock.nowMs;
    bundle.call('sendInvitations');
    scriptApp.runUntil(clock.nowMs + 55 * 60_000);
    expect(stateCounts(bundle)['thất bại'] ?? 0).toBe(0);
    scriptApp.runUntil(firstTry + 3 * HOUR);
    expect(stateCounts(bundle)).toEqual({ 'thất bại': STAFF });
    const rows = recordsOf(bundle.fakes.spreadsheet, OUTBOX_TABLE.name).filter((r) =>
      String(r['Khóa']).startsWith('invite-mail:'),
    );
    for (const row of rows) {
      expect(row['Số lần thử']).toBe(3);
      expect(String(row['Lỗi gần nhất'])).toMatch(/^Gửi không thành công sau 3 lần thử/);
    }
    expect(invitations(bundle)).toHaveLength(0);
  });

  it('a Vietnamese transient error is transient', () => {
    const bundle = withPlan(code, { mail: { dailyQuota: 100 } });
    const { faults, scriptApp, clock } = bundle.fakes;
    faults.accountLanguage = 'vi';
    faults.injectTransient(['MailApp.sendEmail'], 1, 5);
    bundle.call('sendInvitations');
    expect(lastErrorOf(bundle, 'lỗi tạm thời')[0]).toMatch(/^Dịch vụ thư tạm thời không phản hồi/);
    faults.clearTransient();
    scriptApp.runUntil(clock.nowMs + HOUR);
    expect(stateCounts(bundle)).toEqual({ 'đã gửi': STAFF });
    expectNothingTwice(bundle);
  });
});
