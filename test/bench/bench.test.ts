import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executionRows, runBench } from '../../src/local/bench/bench';
import { estimateMs, executionsNeeded, LATENCY_MS } from '../../src/local/bench/bench-model';
import { noCalls } from '../../src/local/bench/bench-ports';
import { EXECUTION_KINDS, measureSchool } from '../../src/local/bench/bench-school';

const SMALL = { label: 'a', staff: 8, families: 20 };
const LARGER = { label: 'b', staff: 50, families: 240 };

describe('the benchmark', () => {
  const small = measureSchool(SMALL);
  const larger = measureSchool(LARGER);

  it('counts the same spreadsheet calls per execution whatever the school size', () => {
    for (const kind of EXECUTION_KINDS) {
      const a = small.calls[kind];
      const b = larger.calls[kind];
      expect([b.sheetReads, b.sheetWrites, b.sheetOther], kind).toEqual([
        a.sheetReads,
        a.sheetWrites,
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

  it('writes out/bench.json and a Markdown table with a row per size and execution', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-bench-'));
    const lines: string[] = [];
    await runBench({ now: () => new Date() }, (l) => lines.push(l), join(dir, 'scratch.xlsx'), {
      sizes: [SMALL],
      outDir: dir,
      importCount: 200,
      week: false,
    });
    const json = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as {
      rows: unknown[];
      local: { responses: number; peakRssMb: number };
    };
    expect(json.rows).toHaveLength(EXECUTION_KINDS.length);
    expect(json.local.responses).toBe(200);
    expect(json.local.peakRssMb).toBeGreaterThan(0);
    const md = readFileSync(join(dir, 'bench.md'), 'utf8');
    expect(md.split('\n').filter((l) => l.startsWith('| 8/20 |'))).toHaveLength(EXECUTION_KINDS.length + 1);
    expect(lines.join('\n')).toContain(md.split('\n')[0]);
  }, 60_000);
});
