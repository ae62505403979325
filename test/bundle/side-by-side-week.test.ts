import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekScenario } from '../../src/app/jobs/week-scenario';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { SENT } from '../../src/core/outbox/entry';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { runWeek } from '../../src/local/week/run-week';
import type { WeekSummary } from '../../src/local/week/week-summary';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { EXECUTION_LIMIT_MS } from '../gas/fakes/side-by-side/world';
import { bundleCode } from './load-bundle';
import { playWeekSideBySide, type SideBySideWeek } from './side-by-side-week';
import { tablesOf, vmSummary } from './week-world';

/**
 * The 2021 week through dist/Code.js with its executions side by side (side-by-side-week.ts):
 * the same summary as the local runtime's week, as the sequential vm week finds
 * (week.test.ts) — now with every trigger, click and submission a separate execution that
 * interleaves with the others on the latency model's clock.
 */
const scenario = weekScenario(sampleResponses());
let code = '';
let outDir = '';
let local: WeekSummary;
let week: SideBySideWeek;

beforeAll(async () => {
  code = await bundleCode();
  outDir = mkdtempSync(join(tmpdir(), 'week-sbs-'));
  local = (await runWeek(scenario, { outDir, out: () => undefined })).summary;
  week = playWeekSideBySide(code, scenario);
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  closePools();
});

const comparable = (s: WeekSummary) => {
  const { files: _files, ...rest } = s;
  return rest;
};

describe('the week through dist/Code.js, executions side by side', () => {
  it('gives the local summary: every count, every day', () => {
    expect(comparable(vmSummary(week, scenario))).toEqual(comparable(local));
    // it was really played side by side: executions overlapped in simulated time
    const runs = [...week.world.executions].sort((a, b) => a.startMs - b.startMs);
    const overlaps = runs.filter((r, i) => i > 0 && r.startMs < runs[i - 1]!.endMs).length;
    expect(overlaps).toBeGreaterThan(0);
  });

  it('every execution ended by itself within 6 minutes, none failed', () => {
    const runs = week.world.executions;
    expect(runs.filter((e) => !e.ok).map((e) => `${e.name}: ${e.outcome} ${e.error?.message ?? ''}`)).toEqual(
      [],
    );
    for (const run of runs) expect(run.endMs - run.startMs, run.name).toBeLessThanOrEqual(EXECUTION_LIMIT_MS);
    expect(week.world.running()).toEqual([]);
  });

  it('sends every mail once and leaves none waiting', () => {
    // the same recipient may get two mails of one subject (a note each day): never the same mail
    const all = week.world.fakes.mail.sent.map((m) => `${m.to} ${m.subject} ${m.body}`);
    expect(new Set(all).size).toBe(all.length);
    const rows = loadOutbox(tablesOf(week.bundle)).ledger.rows.map((r) => r.entry);
    expect(rows.filter((e) => e.kind === 'mail' && e.state !== SENT).map((e) => e.key)).toEqual([]);
  });
});
