import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCode } from '../bundle/load-bundle';
import { executionRows, runBench } from '../../src/local/bench/bench';
import fc from 'fast-check';
import {
  busiestDay,
  estimateGasMs,
  estimateMs,
  executionsNeeded,
  interpolate,
  LATENCY_MS,
  processingRunsFor,
} from '../../src/local/bench/bench-model';
import { noCalls } from '../../src/local/bench/bench-ports';
import { EXECUTION_KINDS, measureSchool } from '../../src/local/bench/bench-school';

const SMALL = { label: 'a', staff: 8, families: 20 };
const LARGER = { label: 'b', staff: 50, families: 240 };

let code = '';
beforeAll(async () => {
  code = await bundleCode();
}, 60_000);

describe('the benchmark', () => {
  const small = measureSchool(SMALL);
  const larger = measureSchool(LARGER);

  it('counts the same spreadsheet calls per execution whatever the school size', () => {
    for (const kind of EXECUTION_KINDS) {
      const a = small.calls[kind];
      const b = larger.calls[kind];
      // 290 guests is past a Google event's 200: the sync queues the others' invitations as
      // mails, one read and one append of the outbox however many they are.
      const overCap = kind === 'sync' ? 1 : 0;
      expect([b.sheetReads, b.sheetWrites, b.sheetOther], kind).toEqual([
        a.sheetReads + overCap,
        a.sheetWrites + overCap,
        a.sheetOther,
      ]);
    }
    // …while the work itself grows: more cells, more mail.
    expect(larger.calls.formResponse.cellsRead).toBeGreaterThan(small.calls.formResponse.cellsRead);
    expect(larger.calls.drain.mails).toBeGreaterThan(small.calls.drain.mails);
  });

  it('makes no calendar write on an unchanged re-sync, and one per event on the first', () => {
    expect(larger.calls.resyncUnchanged.calendar).toBe(0);
    expect(larger.calls.sync.calendar).toBeGreaterThan(0);
    expect(larger.calls.sync.calendar).toBe(small.calls.sync.calendar);
  });

  it('measures the script properties the week leaves: present, the same whatever the size', () => {
    expect(small.properties.keys).toBeGreaterThan(3);
    expect(small.properties.peakBytes).toBeGreaterThanOrEqual(small.properties.bytes);
    // Digests, ids and marks, not lists: a few hundred bytes more at most for a bigger school.
    expect(Math.abs(larger.properties.bytes - small.properties.bytes)).toBeLessThan(512);
  });

  it('sends one mail per invitation in the drain while the quota lasts', () => {
    expect(small.invitations).toBe(SMALL.staff + SMALL.families);
    expect(small.calls.drain.mails).toBe(small.invitations);
  });

  it('turns calls into time with the documented latencies and splits long work into continuations', () => {
    const calls = { ...noCalls(), mails: 1_000 };
    expect(estimateMs(calls)).toBe(LATENCY_MS.execution + 1_000 * LATENCY_MS.mail);
    expect(executionsNeeded(100_000)).toBe(1);
    expect(executionsNeeded(600_000, 270_000)).toBe(3);
    const rows = executionRows(larger);
    expect(rows.map((r) => r.kind)).toEqual([...EXECUTION_KINDS]);
    expect(rows.every((r) => r.fits === r.estimatedMs <= 360_000)).toBe(true);
  });

  it('has one processing run per minute with an answer: never more than the answers or the minutes', () => {
    expect(processingRunsFor(0)).toBe(0);
    expect(processingRunsFor(1)).toBe(1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 1_440 }),
        (answers, window) => {
          const runs = processingRunsFor(answers, window);
          expect(runs).toBeGreaterThanOrEqual(answers > 0 ? 1 : 0);
          expect(runs).toBeLessThanOrEqual(Math.min(answers, window));
          // More answers never mean fewer runs.
          expect(processingRunsFor(answers + 1, window)).toBeGreaterThanOrEqual(runs);
        },
      ),
    );
  });

  it('costs a batch between the measured ones on the line through them', () => {
    const points = [
      { x: 1, y: 10 },
      { x: 20, y: 29 },
      { x: 200, y: 389 },
    ];
    expect(interpolate(points, 1)).toBe(10);
    expect(interpolate(points, 10)).toBe(19);
    expect(interpolate(points, 110)).toBe(209);
    expect(interpolate(points, 400)).toBe(789);
  });

  it("adds the busiest day's parts: submit runs, processing runs and the day's other runs", () => {
    const day = busiestDay({
      answers: 10,
      inviteDrainMs: 60_000,
      submitFirstMs: 1_000,
      submitNextMs: 500,
      batchMs: [
        { x: 1, y: 6_000 },
        { x: 20, y: 25_000 },
      ],
      calendarSyncMs: 0,
      remindersMs: 0,
      progressMs: 0,
    });
    expect(day.processingRuns).toBe(10);
    expect(day.parts.submits).toBe(10_000);
    expect(day.parts.processing).toBe(60_000);
    expect(day.totalMin).toBe(2.2);
    // A submit run never opening the spreadsheet pays the script's start, not the opening.
    const submit = { byMethod: { 'Properties.setProperty': 2 }, cellsRead: 0, cellsWritten: 0 };
    expect(estimateGasMs(submit)).toBe(LATENCY_MS.scriptStart + 2 * LATENCY_MS.properties);
  });

  it('writes out/bench.json and a Markdown table with a row per size and execution', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-bench-'));
    const lines: string[] = [];
    await runBench({ now: () => new Date() }, (l) => lines.push(l), join(dir, 'scratch.xlsx'), {
      sizes: [SMALL],
      outDir: dir,
      importCount: 200,
      week: false,
      bundle: code,
      csvImport: { cli: join(process.cwd(), 'bin', 'learning-week.js'), rows: 300 },
      servePosts: { cli: join(process.cwd(), 'bin', 'learning-week.js'), posts: 20, clients: 5 },
    });
    const json = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as {
      rows: unknown[];
      local: {
        responses: number;
        peakRssMb: number;
        csvImport?: { rows: number; ms: number; peakRssMb: number };
        district?: { schools: number; calls: number; latencyMs: number };
      };
      responses: { batches: { waiting: number }[]; busiestDay: { totalMin: number } }[];
      mailTimeline: { invitations: number; invitationDays: number; reminders: unknown[] }[];
    };
    expect(json.responses.map((r) => r.batches.map((b) => b.waiting))).toEqual([[1, 20, 200]]);
    expect(json.responses[0]!.busiestDay.totalMin).toBeGreaterThan(0);
    expect(json.rows).toHaveLength(EXECUTION_KINDS.length);
    expect(json.local.responses).toBe(200);
    expect(json.local.peakRssMb).toBeGreaterThan(0);
    // The real command imported every row of its CSV (the bench reads the raw log back).
    expect(json.local.csvImport).toMatchObject({ rows: 300 });
    expect(json.local.csvImport!.peakRssMb).toBeGreaterThan(0);
    // The district rollup through the real client: one call per school, whatever the latency.
    expect(json.local.district).toMatchObject({ schools: 100, calls: 100, latencyMs: 50 });
    expect(readFileSync(join(dir, 'bench.md'), 'utf8')).toMatch(
      /^Phòng giáo dục tổng hợp 100 trường .*: \d+\.\d s \(mục tiêu < 10 s: (đạt|chưa đạt)\); 100 lệnh gọi API, 1\.0 lệnh mỗi trường\.$/m,
    );
    const md = readFileSync(join(dir, 'bench.md'), 'utf8');
    // The forms server took every post once (the bench reads the raw log back) and said so.
    expect(md).toMatch(
      /lệnh `serve`, 127\.0\.0\.1\): 20 câu trả lời từ 5 trình duyệt cùng lúc, không mất câu nào, không ghi trùng: \d+ câu\/giây, p95 \d+ ms/,
    );
    // Every staff member and family invited, played day by day under the consumer quota.
    const timeline = json.mailTimeline[0]!;
    expect(timeline).toMatchObject({ invitations: 28 });
    expect(timeline.invitationDays).toBeGreaterThanOrEqual(1);
    // A row per execution, the mail days, the invitations' days and a row per reminder day, a
    // row per processing batch (1, 20, 200), the busiest day and the script properties.
    expect(md.split('\n').filter((l) => l.startsWith('| 8/20 |'))).toHaveLength(
      EXECUTION_KINDS.length + 1 + 1 + timeline.reminders.length + 3 + 1 + 1,
    );
    expect(md).toMatch(/^\| 8\/20 \| 28 \| 1 \| thứ Ba, 28\/09\/2021 08:1\d \|$/m);
    expect(md).toMatch(/^\| 8\/20 \| \d+\.\d KB \| \d+\.\d KB \| \d+ \|$/m);
    expect(md).toContain('| Trường | Lệnh dịch vụ mỗi lần gửi biểu mẫu (lần đầu / các lần sau) |');
    expect(md).toContain('Tổng phút kích hoạt (hạn mức Gmail 90 phút/ngày)');
    const submit = /^\| 8\/20 \| (\d+) \/ (\d+) \| (\d+) \|/m.exec(md);
    expect(submit, 'a submission row').not.toBeNull();
    expect(Math.max(Number(submit![1]), Number(submit![2]))).toBeLessThanOrEqual(10);
    expect(md).toMatch(/^\| 8\/20 \| 28 \| \d+ \| /m);
    expect(lines.join('\n')).toContain(md.split('\n')[0]);
    expect(md).toMatch(
      /Nhập tệp CSV 300 dòng .*: \d+\.\d s \(mục tiêu < 3 s: (đạt|chưa đạt)\); bộ nhớ đỉnh \d+ MB \(mục tiêu < 400 MB: (đạt|chưa đạt)\)\./,
    );
  }, 60_000);
});
