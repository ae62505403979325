import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { weekScenario } from '../../src/app/jobs/week-scenario';
import { localDateTime, type Cell } from '../../src/core/cell';
import { FAILED, NEEDS_REVIEW, SENT, type OutboxEntry } from '../../src/core/outbox/entry';
import { windowFromLedger } from '../../src/core/outbox/quota-window';
import {
  ATTENDANCE_TABLE,
  FAMILIES_TABLE,
  NOMINATIONS_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/tables';
import { readTable } from '../../src/core/table';
import { SCHOOL_TIME_ZONE, toInstant } from '../../src/core/time-zone';
import type { TablesPort } from '../../src/ports';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { runWeek } from '../../src/local/week/run-week';
import type { WeekSummary } from '../../src/local/week/week-summary';
import { Workbook } from '../../src/local/workbook/workbook';
import { bundleCode, type LoadedBundle } from './load-bundle';
import { recordsOf } from './sheet-view';
import { playWeekInVm, schoolDate, tablesOf, vmSummary, type VmWeek, type VmWeekFaults } from './week-world';

/**
 * The whole 2021 week, once on the local runtime (runWeek) and once through dist/Code.js in the
 * bare vm with the Apps Script fakes (week-world.ts), then again in the vm with faults. The two
 * summaries must agree on everything that does not depend on the runtime. The school keeps the
 * default "Gửi thư cho phụ huynh: không": families hear on Zalo and the posters, so the staff's
 * mail fits the quota of a personal account; the faults below cut that quota on one day.
 */
const scenario = weekScenario(sampleResponses());
let code = '';
let outDir = '';
let local: WeekSummary;
/** Outbox entries of the local run, from the workbook it saved. */
let localEntries: OutboxEntry[] = [];
let localKeys: string[] = [];
/** The local run's saved workbook, for comparing whole tabs. */
let localBook: Workbook;

beforeAll(async () => {
  code = await bundleCode();
  outDir = mkdtempSync(join(tmpdir(), 'week-vm-'));
  const run = await runWeek(scenario, { outDir, out: () => undefined });
  local = run.summary;
  localBook = await Workbook.open(run.workbookFile);
  localEntries = loadOutbox(localBook).ledger.rows.map((r) => r.entry);
  localKeys = localEntries.map((e) => e.key);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/**
 * The summary without where each runtime keeps its files (the .xlsx and the .docx locally, the
 * spreadsheet and the Doc in Apps Script): everything else must be equal.
 */
function comparable(s: WeekSummary) {
  const { files: _files, ...rest } = s;
  return rest;
}

/**
 * With faults the totals must still be equal; only the timeline may move: a day whose quota ran
 * out sends its mail the next day, and the executions that failed show in the log count.
 */
function totals(s: WeekSummary) {
  const { days: _days, findings, mail, ...rest } = comparable(s);
  const { sentLater: _later, ...mailTotals } = mail;
  return { ...rest, findings: { errors: findings.errors, warnings: findings.warnings }, mail: mailTotals };
}

const keysOf = (bundle: LoadedBundle): string[] =>
  loadOutbox(tablesOf(bundle)).ledger.rows.map((r) => r.entry.key);
const ofKind = (keys: readonly string[], kind: string): string[] =>
  keys.filter((k) => k.startsWith(`${kind}:`)).sort();

/** The report: one Doc, final, its link mailed once. */
function expectOneFinalReport(week: VmWeek): void {
  const { documentApp } = week.bundle.fakes;
  expect(documentApp.docs).toHaveLength(1);
  expect(documentApp.docs[0]!.name).not.toMatch(/xem trước/);
  expect(ofKind(keysOf(week.bundle), 'report-mail')).toEqual([
    `report-mail:2021:final:${documentApp.docs[0]!.id}`,
  ]);
}

/**
 * What a mail is, for counting copies: its subject, but a reminder by its day alone. A reminder
 * tells the activity's times as the plan holds them when it is queued, and a run whose quota
 * made it queue them later (after the 03/10 edit moving HD09) tells the new time: the same
 * reminder, one per guest and day, under another subject.
 */
const mailIdentity = (subject: string): string =>
  subject.startsWith('Nhắc lịch:') ? `Nhắc lịch ${/\d{2}\/\d{2}\/\d{4}/.exec(subject)?.[0]}` : subject;

/** Sends per recipient and mail. */
function sends(week: VmWeek): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of week.bundle.fakes.mail.sent) {
    const key = `${m.to} | ${mailIdentity(m.subject)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

let cleanRun: VmWeek | undefined;
/** The vm week without faults, played once for the tests that need it. */
const clean = (): VmWeek => (cleanRun ??= playWeekInVm(code, scenario));

describe('the week through dist/Code.js', () => {
  it('gives the local summary: every count, every day', () => {
    const vm = vmSummary(clean(), scenario);
    expect(comparable(vm)).toEqual(comparable(local));
    // the week is not trivial: the sample has its duplicate, its flagged answer, its waitlist,
    // and one activity is cancelled; with families kept off the mail, every mail goes on its day
    expect(local.mail.sentLater).toBe(0);
    const families = new Set(
      recordsOf(clean().bundle.fakes.spreadsheet, FAMILIES_TABLE.name).map((r) => String(r['Email'] ?? '')),
    );
    families.delete('');
    expect(families.size).toBeGreaterThan(0);
    expect(clean().bundle.fakes.mail.sent.filter((m) => families.has(String(m.to)))).toEqual([]);
    expect(local.responses.duplicates).toBeGreaterThan(0);
    expect(local.responses.flagged).toBeGreaterThan(0);
    expect(local.sessions.some((s) => s.waiting > 0)).toBe(true);
    expect(local.calendar.cancelled).toBe(1);

    expect(local.files.report).not.toBeNull();
    expect(vm.files.report).toBe(clean().bundle.fakes.documentApp.docs[0]!.url);
    expectOneFinalReport(clean());
    expect(clean().bundle.fakes.executions.filter((e) => !e.ok)).toEqual([]);
  }, 60_000);

  it('sends each mail on the same day in both runtimes', () => {
    const rows = loadOutbox(tablesOf(clean().bundle)).ledger.rows.map((r) => r.entry);
    const mail = rows.filter((e) => e.kind === 'mail');
    expect(mail.filter((e) => e.state !== SENT).map((e) => e.key)).toEqual([]);
    // Confirmations and promotions are keyed by the response's id, which Google Forms assigns
    // itself, and the report's mail by its document: equal in number, not in name.
    const byKind = (entries: readonly OutboxEntry[]): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const e of entries) counts[e.key.split(':')[0]!] = (counts[e.key.split(':')[0]!] ?? 0) + 1;
      return counts;
    };
    expect(byKind(mail)).toEqual(byKind(localEntries));
    const localDay = new Map(localEntries.map((e) => [e.key, e.doneAt?.iso.slice(0, 10)]));
    const shared = mail.filter((e) => localDay.has(e.key));
    expect(shared.length).toBeGreaterThan(mail.length / 2);
    for (const e of shared) expect(e.doneAt?.iso.slice(0, 10), e.key).toBe(localDay.get(e.key));
    // Apps Script writes the calendar through the outbox (one row per Calendar write, so a
    // killed sync resumes without doubling); the local runtime writes .ics files instead.
    expect(rows.filter((e) => e.kind === 'calendar').length).toBeGreaterThan(0);
    expect(localEntries.filter((e) => e.kind === 'calendar')).toEqual([]);
  });

  it('gives the same normalised response tabs, row for row, but for the ids Google Forms assigns', () => {
    const vmTables = tablesOf(clean().bundle);
    for (const spec of [ATTENDANCE_TABLE, TRAINING_SIGNUPS_TABLE, NOMINATIONS_TABLE]) {
      const rowsOf = (tables: TablesPort): Record<string, Cell>[] =>
        readTable(spec, tables.read(spec.name)).rows.map(({ cells }) => {
          // The response id is Google's own in Apps Script, the sample's locally.
          const { responseId: _id, ...rest } = cells as Record<string, Cell>;
          return rest;
        });
      const mine = rowsOf(vmTables);
      expect(mine.length, spec.name).toBeGreaterThan(0);
      expect(mine, spec.name).toEqual(rowsOf(localBook));
    }
  });

  it('reminds the same people on the same days: seated trainees are guests in both runtimes', () => {
    const keys = keysOf(clean().bundle);
    expect(ofKind(keys, 'reminder')).toEqual(ofKind(localKeys, 'reminder'));
  });
});

describe('the week through dist/Code.js with faults', () => {
  const faults: VmWeekFaults = {
    transient: { rate: 0.05, seed: 7 },
    duplicate: true,
    quotaOutOn: { date: '2021-10-02', quota: 10 },
  };

  /** Nothing sent twice: no recipient got a subject more often than in the clean run. */
  function expectNothingTwice(week: VmWeek): void {
    const base = sends(clean());
    for (const [key, n] of sends(week)) expect(n, key).toBeLessThanOrEqual(base.get(key) ?? 0);
    const keys = keysOf(week.bundle);
    expect(new Set(keys).size).toBe(keys.length);
  }

  /**
   * The reminders the faults make too late, checked. The quota cut to 10 on 02/10 moves that
   * day's mail (confirmations, the calendar's mails to the guests it does not list) into the
   * window that also carries the first reminders for Monday 04/10; that window's rest and the
   * next one, which opens on Sunday afternoon, hold fewer mails before midnight than Monday has
   * guests to remind (the calendar's own mails to them going first). A reminder must arrive the
   * day before, so those no window could carry in time are 'thất bại' with the reason, never
   * sent on the day: the one loss the faults may cause, and only when the eve's last window
   * was spent to the last mail before midnight.
   */
  function tooLateReminders(week: VmWeek): number {
    const entries = loadOutbox(tablesOf(week.bundle)).ledger.rows.map((r) => r.entry);
    const { sent } = week.bundle.fakes.mail;
    const failed = entries.filter((e) => e.state === FAILED);
    for (const e of failed) {
      expect(e.key).toMatch(/^reminder:.+:2021-10-04$/);
      expect(e.lastError).toMatch(/cần đến trước ngày hoạt động/);
      const copies = sent.filter((m) => m.to === e.recipients[0] && m.subject === e.subject);
      expect(copies, e.key).toEqual([]);
    }
    if (failed.length > 0) {
      const eveEnd = localDateTime(2021, 10, 3, 23, 59);
      const before = entries.filter((e) => e.doneAt && e.doneAt.iso <= eveEnd.iso);
      const eve = windowFromLedger(before, eveEnd)!;
      expect(eve.start.iso.slice(0, 10)).toBe('2021-10-03');
      const fromMs = toInstant(eve.start, SCHOOL_TIME_ZONE).getTime();
      const spent = sent.filter((m) => m.atMs >= fromMs && schoolDate(m.atMs) === '2021-10-03');
      expect(spent).toHaveLength(scenario.dailyMailLimit);
    }
    return failed.length;
  }

  it('transient errors, doubled triggers, a quota run out, a drain cut off while recording: the same totals', () => {
    // The confirmations' drain killed while it writes its results, after its mails went out:
    // the send journal (script properties) tells the next drain which went.
    const week = playWeekInVm(code, scenario, {
      ...faults,
      killDrain: {
        from: '2021-10-01',
        handlers: ['continueOutboxDrain'],
        at: { killAt: { method: 'Range.setValues', nth: 2 } },
      },
    });
    const { fakes } = week.bundle;
    expect(fakes.faults.transientThrown).toBeGreaterThan(0);
    expect(week.killed).toBe(1);
    // A day meets two 24-hour quota windows (the one opened the day before, the one its own
    // first send opens), each holding at most the 10 the fault leaves.
    const onQuotaDay = fakes.mail.sent.filter((m) => schoolDate(m.atMs) === '2021-10-02');
    expect(onQuotaDay.length).toBeLessThanOrEqual(2 * 10);
    // the quota day really moved mail to the next day
    const vm = vmSummary(week, scenario);
    expect(vm.mail.sentLater).toBeGreaterThan(local.mail.sentLater);

    const late = tooLateReminders(week);
    const expected = totals(local);
    expect(totals(vm)).toEqual({
      ...expected,
      mail: { ...expected.mail, sent: expected.mail.sent - late, failed: expected.mail.failed + late },
    });
    expectOneFinalReport(week);
    expectNothingTwice(week);
    const states = loadOutbox(tablesOf(week.bundle)).ledger.rows.map((r) => r.entry.state);
    expect(states.filter((s) => s !== SENT)).toEqual(Array<string>(late).fill(FAILED));
  }, 60_000);

  it('a drain cut off in the middle of a send: only that one mail is left to check by hand', () => {
    // "Sent, then killed before recording": nothing can tell whether the mail in flight went,
    // so it becomes 'cần kiểm tra' rather than risk a second copy; every other mail is settled.
    const week = playWeekInVm(code, scenario, {
      ...faults,
      killDrain: { from: '2021-09-29', at: { killAfter: { method: 'MailApp.sendEmail', nth: 3 } } },
    });
    expect(week.killed).toBe(1);
    const vm = vmSummary(week, scenario);
    const { mail: vmMail, ...vmRest } = totals(vm);
    const { mail: localMail, ...localRest } = totals(local);
    expect(vmRest).toEqual(localRest);
    const late = tooLateReminders(week);
    expect(vmMail).toEqual({ ...localMail, sent: localMail.sent - 1 - late, failed: 1 + late });
    const review = loadOutbox(tablesOf(week.bundle)).ledger.rows.filter(
      (r) => r.entry.state === NEEDS_REVIEW,
    );
    expect(review).toHaveLength(1);
    // Whether it went depends on where the cut fell (here the 3rd call had met a transient
    // error and was being retried): it is not sent again blindly either way.
    const [recipient] = review[0]!.entry.recipients;
    const copies = week.bundle.fakes.mail.sent.filter(
      (m) => m.to === recipient && m.subject === review[0]!.entry.subject,
    );
    expect(copies.length).toBeLessThanOrEqual(1);
    expectNothingTwice(week);
  }, 60_000);
});
