import { describe, expect, it } from 'vitest';
import { takeClaim } from '../../src/app/claim';
import { executionDeadline } from '../../src/app/deadline';
import {
  finalReportKey,
  REPORT_CLAIM_KEY,
  reportDocumentKey,
  runReportJob,
  type ReportJobPorts,
} from '../../src/app/report/report-job';
import { reportNotice } from '../../src/app/report/report-notice';
import { MAX_REPORT_RETRIES, REPORT_RETRY_MS } from '../../src/app/report/report-retry';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { ACTIVITY_RESULTS_TABLE } from '../../src/core/schema/response-tables';
import { ALL_TABLES } from '../../src/core/schema/tables';
import type { TableKey } from '../../src/core/schema/types';
import { DISTRICT_FIGURE_KEYS, type ReportModel } from '../../src/core/report';
import { LockUnavailableError, type ReportDocumentHandle } from '../../src/ports';
import { MemoryProperties } from '../core/calendar/calendar-world';
import { sampleGrids } from '../core/report/report-fixture';
import { MemoryTables } from '../support/memory-tables';

/** 17:30 on 07/10/2021 in Hồ Chí Minh City: after the report time, so the report is final. */
const AFTER_REPORT_TIME = Date.parse('2021-10-07T10:30:00Z');
const MINUTE = 60_000;

function tablesOf(grids: ReturnType<typeof sampleGrids>): MemoryTables {
  const tables = new MemoryTables();
  for (const spec of ALL_TABLES) {
    const grid = grids[spec.key as TableKey];
    if (grid)
      tables.tabs.set(
        spec.name,
        grid.map((r) => r.slice()),
      );
  }
  return tables;
}

/**
 * The report job's ports in memory. The lock says whether it is held (so the Doc's writer can
 * tell), and the acquisitions listed in `busyAt` (1-based) time out as a busy sheet does.
 */
function world(options: { busyAt?: readonly number[]; renderFails?: boolean } = {}) {
  const clock = { nowMs: AFTER_REPORT_TIME, now: () => new Date(clock.nowMs) };
  const lock = {
    held: false,
    taken: 0,
    withLock<T>(_ms: number, fn: () => T): T {
      this.taken++;
      if (options.busyAt?.includes(this.taken)) throw new LockUnavailableError();
      this.held = true;
      try {
        return fn();
      } finally {
        this.held = false;
      }
    },
  };
  const docCalls: { call: 'render' | 'share'; locked: boolean; knownId?: string }[] = [];
  const documents = {
    render(model: ReportModel, knownId: string | undefined): ReportDocumentHandle {
      docCalls.push({ call: 'render', locked: lock.held, ...(knownId ? { knownId } : {}) });
      if (options.renderFails) throw new Error('Service unavailable: Documents');
      void model;
      return { id: knownId ?? 'doc-1', url: `https://docs.example/${knownId ?? 'doc-1'}`, created: !knownId };
    },
    share(): void {
      docCalls.push({ call: 'share', locked: lock.held });
    },
  };
  const retries = { scheduled: [] as number[], cancelled: 0, fail: false };
  const reportRetry = {
    schedule(afterMs: number): void {
      if (retries.fail) throw new Error('This script has too many triggers.');
      retries.scheduled.push(afterMs);
    },
    cancel(): void {
      retries.cancelled++;
    },
  };
  const errors: string[] = [];
  const tables = tablesOf(sampleGrids());
  const properties = new MemoryProperties();
  const ports = (): ReportJobPorts => ({
    tables,
    env: { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
    clock,
    properties,
    lock,
    log: { info: () => undefined, error: (m: string) => void errors.push(m) },
    documents,
    reportRetry,
    // each run is an execution of its own, starting now
    deadline: executionDeadline(clock),
  });
  const reportRows = () =>
    loadOutbox(tables).ledger.rows.filter((r) => r.entry.key.startsWith('report-mail:'));
  return { clock, lock, docCalls, retries, errors, properties, ports, reportRows, tables };
}

/** Another execution that started now holds the report's claim. */
function claimedByAnother(w: ReturnType<typeof world>): void {
  takeClaim(w.properties, REPORT_CLAIM_KEY, executionDeadline(w.clock), w.clock.nowMs);
}

describe('runReportJob', () => {
  it('writes and shares the Doc without the lock, then records it under the lock: one Doc, one link mail', () => {
    const w = world();
    const result = runReportJob(w.ports(), { mode: 'now' });
    expect(w.docCalls).toEqual([
      { call: 'render', locked: false },
      { call: 'share', locked: false },
    ]);
    expect(w.lock.taken).toBe(2);
    expect(result).toMatchObject({ mailQueued: true, recorded: true, sharedWith: ['bgh@mn2010.example'] });
    expect(w.properties.values.get(reportDocumentKey(2021))).toBe('doc-1');
    expect(w.properties.values.get(finalReportKey(2021))).toBe('doc-1');
    expect(w.properties.values.has(REPORT_CLAIM_KEY)).toBe(false);
    expect(w.reportRows().map((r) => r.entry.key)).toEqual(['report-mail:2021:final:doc-1']);
    expect(reportNotice(result, 'vi')).toBeUndefined();

    // a second click updates the same Doc and queues no second mail
    const again = runReportJob(w.ports(), { mode: 'now' });
    expect(w.docCalls.at(-2)).toEqual({ call: 'render', locked: false, knownId: 'doc-1' });
    expect(again.mailQueued).toBe(false);
    expect(w.reportRows()).toHaveLength(1);
  });

  it('writes the figures to the "Số liệu báo cáo" tab by stable key, the owners\' participation included', () => {
    const w = world();
    writeResults(w, [{ activityId: 'HD01', staff: 7, parents: 12, children: 'khoảng 30' }]);
    runReportJob(w.ports(), { mode: 'now' });
    const tab = w.tables.read('Số liệu báo cáo')!;
    expect(tab[0]).toEqual(['Khóa', 'Nội dung', 'Giá trị']);
    expect(tab.slice(1).map((r) => r[0])).toEqual([...DISTRICT_FIGURE_KEYS]);
    const value = (key: string) => tab.find((r) => r[0] === key)![2];
    expect(value('participants.staff')).toBe(7);
    expect(value('participants.parents')).toBe(12);
    // "khoảng 30" is no count: an empty cell, never a 0 the district would add up.
    expect(value('participants.children')).toBeNull();
    expect(value('activities.done')).toBe(3);
    expect(value('posts.website')).toBe(2);
    expect(value('opening.present_percent')).toBe(50);

    // A later report rewrites the same tab; a row typed below it by hand is blanked, not kept as a figure.
    w.tables.write('Số liệu báo cáo', tab.length, 0, [['posts.tiktok', 'cũ', 99]]);
    writeResults(w, []);
    runReportJob(w.ports(), { mode: 'now' });
    const again = w.tables.read('Số liệu báo cáo')!;
    expect(again.slice(1).map((r) => r[0])).toEqual([...DISTRICT_FIGURE_KEYS]);
    expect(again.find((r) => r[0] === 'participants.staff')![2]).toBeNull();
    expect(w.tables.tableNames().filter((n) => n === 'Số liệu báo cáo')).toHaveLength(1);
  });

  it('a click while another run holds the report builds nothing and says so in Vietnamese', () => {
    const w = world();
    claimedByAnother(w);
    const result = runReportJob(w.ports(), { mode: 'now' });
    expect(result.busy).toEqual({ scheduled: false });
    expect(w.docCalls).toEqual([]);
    expect(w.reportRows()).toEqual([]);
    expect(w.retries.scheduled).toEqual([]);
    expect(reportNotice(result, 'vi')).toMatch(/^Một lần chạy khác đang lập báo cáo .*"Tạo báo cáo ngay"/);
    expect(reportNotice(result, 'en')).toMatch(/^Another run is making the report/);
  });

  it('a scheduled run that finds the report held leaves one retry, 2 minutes later', () => {
    const w = world();
    claimedByAnother(w);
    const result = runReportJob(w.ports(), { mode: 'schedule' });
    expect(result.busy).toEqual({ scheduled: true, retryAfterMs: REPORT_RETRY_MS });
    expect(w.retries.scheduled).toEqual([REPORT_RETRY_MS]);
    expect(w.docCalls).toEqual([]);
    expect(reportNotice(result, 'vi')).toBe(
      'Một lần chạy khác đang lập báo cáo hoặc đang ghi bảng tính; lần chạy theo lịch sẽ thử lại sau khoảng 2 phút.',
    );
  });

  it('a scheduled run that builds keeps a watchdog retry past its own lease, cancelled once the final report is recorded', () => {
    const w = world();
    const ports = w.ports();
    const result = runReportJob(ports, { mode: 'schedule' });
    expect(result.recorded).toBe(true);
    expect(w.retries.scheduled).toHaveLength(1);
    expect(AFTER_REPORT_TIME + w.retries.scheduled[0]!).toBeGreaterThan(ports.deadline!.leaseEndMs);
    expect(w.retries.cancelled).toBe(1);
    // a later firing finds it done and changes nothing
    const later = runReportJob(w.ports(), { mode: 'schedule' });
    expect(later.alreadyDone).toBe(true);
    expect(w.docCalls.filter((c) => c.call === 'render')).toHaveLength(1);
    expect(w.retries.scheduled).toHaveLength(1);
  });

  it('a holder killed while writing: its claim lapses with its lease, then the next run finishes the same Doc', () => {
    const w = world();
    // the killed run had written the Doc's id (it does so right after rendering)
    w.properties.set(reportDocumentKey(2021), 'doc-1');
    claimedByAnother(w);
    expect(runReportJob(w.ports(), { mode: 'schedule' }).busy).toBeDefined();
    w.clock.nowMs += 9 * MINUTE;
    const result = runReportJob(w.ports(), { mode: 'schedule' });
    expect(result.recorded).toBe(true);
    expect(w.docCalls.filter((c) => c.call === 'render')).toEqual([
      { call: 'render', locked: false, knownId: 'doc-1' },
    ]);
    expect(w.reportRows()).toHaveLength(1);
  });

  it('the sheet busy after the Doc is written: the Doc is kept, nothing marked, and the next click records it', () => {
    const w = world({ busyAt: [2] });
    const result = runReportJob(w.ports(), { mode: 'now' });
    expect(result.recorded).toBe(false);
    expect(result.mailQueued).toBe(false);
    expect(reportNotice(result, 'vi')).toMatch(/^Văn bản báo cáo đã được ghi nhưng .*không tạo văn bản mới/);
    expect(w.errors.some((e) => e.startsWith('Văn bản báo cáo đã được ghi'))).toBe(true);
    expect(w.properties.values.get(reportDocumentKey(2021))).toBe('doc-1');
    expect(w.properties.values.has(finalReportKey(2021))).toBe(false);
    expect(w.properties.values.has(REPORT_CLAIM_KEY)).toBe(false);
    expect(w.reportRows()).toEqual([]);

    const next = runReportJob(w.ports(), { mode: 'now' });
    expect(next.recorded).toBe(true);
    expect(w.docCalls.filter((c) => c.call === 'render').at(-1)).toMatchObject({ knownId: 'doc-1' });
    expect(w.reportRows()).toHaveLength(1);
  });

  it('a render that fails gives the claim up, so the next run may build at once', () => {
    const w = world({ renderFails: true });
    expect(() => runReportJob(w.ports(), { mode: 'now' })).toThrow(/Service unavailable/);
    expect(w.properties.values.has(REPORT_CLAIM_KEY)).toBe(false);
    expect(w.properties.values.has(finalReportKey(2021))).toBe(false);
  });

  it('the scheduled run with the sheet busy at the start is not lost: it leaves its retry; the menu says the sheet is busy', () => {
    const scheduled = world({ busyAt: [1] });
    const result = runReportJob(scheduled.ports(), { mode: 'schedule' });
    expect(result.busy).toEqual({ scheduled: true, retryAfterMs: REPORT_RETRY_MS });
    expect(scheduled.docCalls).toEqual([]);
    const menu = world({ busyAt: [1] });
    expect(() => runReportJob(menu.ports(), { mode: 'now' })).toThrow(LockUnavailableError);
  });

  it(`stops retrying after ${MAX_REPORT_RETRIES} attempts, and a retry Apps Script refuses is logged, not thrown`, () => {
    const w = world();
    claimedByAnother(w);
    for (let i = 0; i < MAX_REPORT_RETRIES + 2; i++) runReportJob(w.ports(), { mode: 'schedule' });
    expect(w.retries.scheduled).toHaveLength(MAX_REPORT_RETRIES);
    const spent = runReportJob(w.ports(), { mode: 'schedule' });
    expect(spent.busy).toEqual({ scheduled: true });
    expect(reportNotice(spent, 'vi')).toMatch(/không đặt được lần chạy lại.*"Tạo báo cáo ngay"/);
    expect(w.errors.at(-1)).toMatch(/sau 10 lần thử theo lịch; hãy bấm "Tạo báo cáo ngay"/);

    const refused = world();
    refused.retries.fail = true;
    claimedByAnother(refused);
    expect(runReportJob(refused.ports(), { mode: 'schedule' }).busy).toEqual({ scheduled: true });
    expect(refused.errors.at(-1)).toMatch(/^Không đặt được lần chạy lại .*too many triggers/);
  });
});

/** The owners' results as the results form leaves them in "Kết quả hoạt động" (header + rows). */
function writeResults(w: ReturnType<typeof world>, rows: readonly Record<string, string | number>[]): void {
  const columns = ACTIVITY_RESULTS_TABLE.columns;
  const grid = [
    columns.map((c) => c.header),
    ...rows.map((row, i) =>
      columns.map(
        (c) =>
          row[c.key] ??
          (
            { responseId: `r${i}`, submittedAt: '2021-10-05 10:00', outcome: 'đã thực hiện' } as Record<
              string,
              string
            >
          )[c.key] ??
          '',
      ),
    ),
  ];
  w.tables.tabs.set(ACTIVITY_RESULTS_TABLE.name, grid);
}
