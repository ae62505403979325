import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { isLocalDateTime, type Cell, type Grid } from '../../src/core/cell';
import {
  RAW_RESPONSES_TABLE,
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/response-tables';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { fixedClock } from '../../src/local/runtime/clock';
import { localPorts } from '../../src/local/commands/local-ports';
import { Workbook } from '../../src/local/workbook/workbook';
import type { LockPort, LogPort } from '../../src/ports';
import { MemoryTables } from '../support/memory-tables';
import { tempDir } from './cli-support';

/**
 * The same response stream through the local runtime (an .xlsx written and read back between
 * steps, as separate CLI runs do) and through the in-memory tables gives the same tabs.
 */

const NOW = new Date(Date.UTC(2021, 9, 8, 1, 0));
const clock = fixedClock(NOW);
const quiet: LogPort = { info: () => {}, error: () => {} };
const noLock: LockPort = { withLock: (_ms, fn) => fn() };
const TABS = [
  ATTENDANCE_TABLE,
  TRAINING_SIGNUPS_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  OUTBOX_TABLE,
].map((t) => t.name);

/** Cells as a person sees them: dates as their wall-clock text, empty trailing cells dropped. */
function normalised(grid: Grid | undefined): string[][] {
  return (grid ?? []).map((row) => {
    const cells = row.map((c: Cell) => (isLocalDateTime(c) ? c.iso : c === null ? '' : String(c)));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

describe('one response stream, two runtimes', () => {
  it('gives the same normalised, raw and outbox tabs locally (.xlsx) and in memory', async () => {
    const stream = sampleResponses();
    const half = Math.floor(stream.length / 2);

    const memory = new MemoryTables();
    setup({ tables: memory, clock, log: quiet }, { plan: 'seed', year: 2021, sample: true });
    const memoryPorts = { tables: memory, clock, lock: noLock, log: quiet };
    importResponses(memoryPorts, stream.slice(0, half));
    importResponses(memoryPorts, stream.slice(half));

    const file = join(tempDir(), 'k.xlsx');
    const created = Workbook.create();
    setup({ tables: created, clock, log: quiet }, { plan: 'seed', year: 2021, sample: true });
    await created.save(file);
    for (const part of [stream.slice(0, half), stream.slice(half)]) {
      const book = await Workbook.open(file);
      importResponses(localPorts(book, file, clock), part);
      await book.save(file);
    }
    const local = await Workbook.open(file);

    for (const tab of TABS) {
      const expected = normalised(memory.read(tab));
      expect(expected.length, tab).toBeGreaterThan(1);
      expect(normalised(local.read(tab)), tab).toEqual(expected);
    }
  });
});
