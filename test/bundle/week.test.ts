import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutbox } from '../../src/app/outbox-store';
import { weekScenario } from '../../src/app/week-scenario';
import type { Cell } from '../../src/core/cell';
import { NEEDS_REVIEW, SENT } from '../../src/core/outbox/entry';
import { ATTENDANCE_TABLE, NOMINATIONS_TABLE, TRAINING_SIGNUPS_TABLE } from '../../src/core/schema/tables';
import { readTable } from '../../src/core/table';
import type { TablesPort } from '../../src/ports';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { runWeek } from '../../src/local/week/run-week';
import type { WeekSummary } from '../../src/local/week/week-summary';
import { Workbook } from '../../src/local/workbook';
import { bundleCode, type LoadedBundle } from './load-bundle';
import { playWeekInVm, schoolDate, tablesOf, vmSummary, type VmWeek } from './week-world';

/**
 * The whole 2021 week, once on the local runtime (runWeek) and once through dist/Code.js in the
 * bare vm with the Apps Script fakes (week-world.ts), then again in the vm with faults. The two
 * summaries must agree on everything that does not depend on the runtime. The scenario invites
 * staff only: the Apps Script menu "Gửi thư mời" has no families option.
 */
const scenario = weekScenario(sampleResponses(), { families: false });
let code = '';
let outDir = '';
let local: WeekSummary;
/** Outbox keys of the local run, from the workbook it saved. */
let localKeys: string[] = [];
/** The local run's saved workbook, for comparing whole tabs. */
let localBook: Workbook;

beforeAll(async () => {
  code = await bundleCode();
  outDir = mkdtempSync(join(tmpdir(), 'week-vm-'));
  const run = await runWeek(scenario, { outDir, out: () => undefined });
  local = run.summary;
  localBook = await Workbook.open(run.workbookFile);
  localKeys = loadOutbox(localBook).ledger.rows.map((r) => r.entry.key);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** What must be equal whatever the runtime. */
function comparable(s: WeekSummary) {
  return {
    activities: s.plan.activities,
    findings: { errors: s.findings.errors, warnings: s.findings.warnings },
    opening: s.opening,
    sessions: s.sessions,
    nominations: s.nominations,
    responses: s.responses,
    calendar: { events: s.calendar.events, cancelled: s.calendar.cancelled, guests: s.calendar.guests },
  };
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

/** Sends per recipient and subject. */
function sends(week: VmWeek): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of week.bundle.fakes.mail.sent) {
    const key = `${m.to} | ${m.subject}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

let cleanRun: VmWeek | undefined;
/** The vm week without faults, played once for the tests that need it. */
const clean = (): VmWeek => (cleanRun ??= playWeekInVm(code, scenario));

describe('the week through dist/Code.js', () => {
  it('gives the local summary on every runtime-independent count', () => {
    const vm = vmSummary(clean(), scenario);
    expect(comparable(vm)).toEqual(comparable(local));
    // the sample's stream really has its duplicate, its flagged answer and its waitlist
    expect(local.responses.duplicates).toBeGreaterThan(0);
    expect(local.responses.flagged).toBeGreaterThan(0);
    expect(local.sessions.some((s) => s.waiting > 0)).toBe(true);
    expect(local.calendar.cancelled).toBe(1);

    expect(local.files.report).not.toBeNull();
    expectOneFinalReport(clean());
    expect(clean().bundle.fakes.executions.filter((e) => !e.ok)).toEqual([]);
  }, 60_000);

  it('queues the same invitations, confirmations and promotions; differs only where the runtimes do', () => {
    const keys = keysOf(clean().bundle);
    expect(ofKind(keys, 'invite-mail')).toEqual(ofKind(localKeys, 'invite-mail'));
    // Confirmations and promotions are keyed by the response's id, which Google Forms assigns
    // itself (the sample's own ids are not kept): equal in number, not in name.
    for (const kind of ['confirm-mail', 'promote'])
      expect(ofKind(keys, kind).length, kind).toBe(ofKind(localKeys, kind).length);
    // Apps Script writes the calendar through the outbox (one row per Calendar write, so a
    // killed sync resumes without doubling); the local runtime writes .ics files instead.
    expect(ofKind(keys, 'calendar').length).toBeGreaterThan(0);
    expect(ofKind(localKeys, 'calendar')).toEqual([]);
    // The local runner renders the report as a .docx; Apps Script mails leadership its link.
    expect(ofKind(localKeys, 'report-mail')).toEqual([]);
    // The progress trigger runs daily from Setup on; the local scenario plays the note during
    // the week only: every local note has its Apps Script twin.
    expect(ofKind(keys, 'progress-note')).toEqual(expect.arrayContaining(ofKind(localKeys, 'progress-note')));
    // Both end the week with nothing waiting (mail counts per day differ: the triggers drain at
    // other times than the scenario's four local drains, so the quota bites on other days).
    expect(local.mail.deferred).toBe(0);
    const rows = loadOutbox(tablesOf(clean().bundle)).ledger.rows;
    expect(rows.filter((r) => r.entry.state !== SENT).map((r) => r.entry.key)).toEqual([]);
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
  it('transient errors, doubled triggers, a drain cut off, a quota run out: same summary, nothing sent twice', () => {
    const week = playWeekInVm(code, scenario, {
      transient: { rate: 0.05, seed: 7 },
      duplicate: true,
      killDrainOn: '2021-09-29',
      quotaOutOn: { date: '2021-10-02', quota: 10 },
    });
    const { fakes } = week.bundle;
    expect(fakes.faults.transientThrown).toBeGreaterThan(0);
    expect(week.killed).toBe(1);
    const onQuotaDay = fakes.mail.sent.filter((m) => schoolDate(m.atMs) === '2021-10-02');
    expect(onQuotaDay.length).toBeLessThanOrEqual(10);

    expect(comparable(vmSummary(week, scenario))).toEqual(comparable(local));
    expectOneFinalReport(week);

    // Nothing sent twice: no recipient got a subject more often than in the clean run, and the
    // outbox holds each key once.
    const base = sends(clean());
    for (const [key, n] of sends(week)) expect(n, key).toBeLessThanOrEqual(base.get(key) ?? 0);
    const keys = keysOf(week.bundle);
    expect(new Set(keys).size).toBe(keys.length);
    // Every mail ends sent, except the batch the cut-off drain had marked 'đang gửi': the next
    // drain cannot know which of those went out, so it leaves them to the organiser to check
    // rather than risk a second copy. Nothing gave up ('thất bại'), nothing still waits.
    const states = loadOutbox(tablesOf(week.bundle)).ledger.rows.map((r) => r.entry.state);
    expect(states.filter((s) => s !== SENT && s !== NEEDS_REVIEW)).toEqual([]);
    expect(states.filter((s) => s === NEEDS_REVIEW).length).toBeGreaterThan(0);
  }, 60_000);
});
