import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/i18n/catalogue';
import { RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { CONSUMER_DAILY_QUOTAS, DEFAULT_NOW } from '../gas/fakes';
import type { AccountLanguage } from '../gas/fakes/mail-errors';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { reportWorld } from './report-world';
import { pasteSampleRoster, recordsOf } from './sheet-view';
import { formOf } from './week-world';
import { filledAnswers } from './form-answers';

/**
 * The account's daily allowances that no ledger of ours counts (script properties, Docs
 * created), spent, through dist/Code.js in the bare vm: the principal is told in Vietnamese
 * what ran out and when it comes back, whatever language the account's error is in, and the
 * work is done once it is back — an answer by the 17:00 sweep, the scheduled report by its retry.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const HOUR = 3600_000;
const texts = catalogue('vi').menu.dailyQuota;
/** 17:00 on 07/10/2021 in Hồ Chí Minh City: the report time Setup installs. */
const REPORT_TIME = Date.parse('2021-10-07T10:00:00Z');

/** Spends the whole allowance for the triggers' owner, in a window that opened OPENED_AGO before now. */
function spend(bundle: LoadedBundle, kind: 'properties' | 'documents', openedAgoMs: number): void {
  const { clock, quotas, users } = bundle.fakes;
  const now = clock.nowMs;
  clock.nowMs = now - openedAgoMs;
  quotas.spend(kind, CONSUMER_DAILY_QUOTAS[kind], users.current);
  clock.nowMs = now;
}

const lastError = (bundle: LoadedBundle): string => {
  const error = bundle.fakes.executions.at(-1)!.error as { message?: string } | undefined;
  return String(error?.message ?? '');
};

describe.each<AccountLanguage>(['en', 'vi', 'unknown'])('an account whose errors are in %s', (language) => {
  it('"Tạo báo cáo ngay" with the day\'s Docs spent says so, and when they come back, in Vietnamese', () => {
    const bundle = reportWorld(code);
    bundle.fakes.faults.accountLanguage = language;
    spend(bundle, 'documents', HOUR);
    bundle.call('buildReportNow');
    expect(bundle.fakes.documentApp.docs).toHaveLength(0);
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toBe(texts.documents);
  });

  it('a form answer while script data is spent: the submit fails with the Vietnamese reason, the first 17:00 sweep after the allowance is back records it', () => {
    // Setup at 14:00 the day before, then the day's script data all used: back at 14:00 on 30/09.
    const bundle = loadBundle(code, { now: DEFAULT_NOW - 20 * HOUR });
    bundle.fakes.faults.accountLanguage = language;
    bundle.call('setup');
    pasteSampleRoster(bundle.fakes.spreadsheet);
    bundle.call('syncForms');
    const { formApp, quotas, scriptApp } = bundle.fakes;
    quotas.spend('properties', CONSUMER_DAILY_QUOTAS.properties);
    const form = formOf(bundle.fakes, 'attendance');
    const response = formApp.respond(form, 'an@example.edu.vn', filledAnswers(form, 'Nguyễn Văn An'));
    bundle.fakes.deliverFormSubmit(form, response, 1);
    const submit = bundle.fakes.executions.at(-1)!;
    expect(submit.ok).toBe(false);
    expect(lastError(bundle)).toContain(texts.properties);
    // 17:00 on 29/09: still spent, the same explanation; 17:00 on 30/09: back, the answer recorded.
    const evenings = () => bundle.fakes.executions.filter((e) => e.name === 'sendDailyProgress');
    scriptApp.runUntil(DEFAULT_NOW - 20 * HOUR + 3 * HOUR + 10 * 60_000);
    expect(evenings().map((e) => e.ok)).toEqual([false]);
    expect(String((evenings()[0]!.error as Error).message)).toContain(texts.properties);
    expect(recordsOf(bundle.fakes.spreadsheet, RAW_RESPONSES_TABLE.name)).toHaveLength(0);
    scriptApp.runUntil(DEFAULT_NOW + 7 * HOUR + 10 * 60_000);
    expect(evenings().map((e) => e.ok)).toEqual([false, true]);
    const raw = recordsOf(bundle.fakes.spreadsheet, RAW_RESPONSES_TABLE.name);
    expect(raw.map((r) => r['Mã phản hồi'])).toEqual([response.id]);
  });
});

describe("the scheduled report with the day's Docs spent", () => {
  it('fails in Vietnamese, tries again hours later instead of minutes, and makes the one report once they are back', () => {
    const bundle = reportWorld(code);
    const { clock, documentApp, scriptApp } = bundle.fakes;
    scriptApp.runUntil(REPORT_TIME - 60_000);
    // Spent 21 hours before the report time: back at 20:00.
    spend(bundle, 'documents', 21 * HOUR - 60_000);
    scriptApp.runUntil(REPORT_TIME + 60_000);
    const failed = bundle.fakes.executions.filter((e) => e.name === 'buildReportOnSchedule');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.ok).toBe(false);
    expect(String((failed[0]!.error as Error).message)).toContain(texts.documents);
    expect(documentApp.docs).toHaveLength(0);
    // The retry waits hours (the watchdog's minutes would only fail again).
    const retries = scriptApp.of('buildReportOnSchedule').filter((t) => t.nextMs !== undefined);
    expect(retries).toHaveLength(1);
    expect(retries[0]!.nextMs! - REPORT_TIME).toBeGreaterThanOrEqual(4 * HOUR);
    scriptApp.runUntil(REPORT_TIME + 6 * HOUR);
    expect(clock.nowMs).toBe(REPORT_TIME + 6 * HOUR);
    expect(documentApp.docs).toHaveLength(1);
    const linkMails = bundle.fakes.mail.sent.filter((m) => m.subject.includes('Báo cáo kết quả Tuần lễ'));
    expect(linkMails.length).toBeGreaterThan(0);
    expect(bundle.fakes.executions.filter((e) => e.name === 'buildReportOnSchedule' && e.ok)).toHaveLength(1);
  });
});
