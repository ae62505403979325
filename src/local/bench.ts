import { setup } from '../app/setup';
import { validatePlan } from '../app/validate-plan';
import type { Cell } from '../core/cell';
import { ACTIVITIES_TABLE } from '../core/schema/tables';
import type { ClockPort, TablesPort } from '../ports';
import { ConsoleLog } from './console-log';
import { LocalEnvironment } from './environment';
import { Workbook } from './workbook';

/**
 * `learning-week bench`: the local runtime's side of the benchmark. For growing plans it
 * counts the TablesPort calls validation makes (the figure that becomes Apps Script service
 * calls: it must stay flat) and times validation and a save on this machine.
 */
export const BENCH_SIZES = [100, 1_000, 5_000] as const;

type CallCounts = Record<'tableNames' | 'read' | 'create' | 'write' | 'append' | 'layout', number>;

function counting(tables: TablesPort): { tables: TablesPort; calls: CallCounts } {
  const calls: CallCounts = { tableNames: 0, read: 0, create: 0, write: 0, append: 0, layout: 0 };
  const wrapped: TablesPort = {
    tableNames: () => (calls.tableNames++, tables.tableNames()),
    read: (name) => (calls.read++, tables.read(name)),
    create: (name) => (calls.create++, tables.create(name)),
    write: (name, row, col, block) => (calls.write++, tables.write(name, row, col, block)),
    append: (name, rows) => (calls.append++, tables.append(name, rows)),
    layout: (name, layout) => (calls.layout++, tables.layout(name, layout)),
  };
  return { tables: wrapped, calls };
}

/** A 2021 plan whose Activities tab is grown to `rows` rows by repeating the seed's rows. */
function planWithActivities(rows: number, clock: ClockPort): Workbook {
  const workbook = Workbook.create();
  setup({ tables: workbook, clock, log: new ConsoleLog() }, { plan: 'seed', year: 2021, sample: true });
  const grid = workbook.read(ACTIVITIES_TABLE.name) ?? [];
  const seedRows = grid.slice(1);
  const idCol = (grid[0] ?? []).indexOf('Mã');
  const extra: Cell[][] = [];
  for (let i = seedRows.length; i < rows; i++) {
    const copy = seedRows[i % seedRows.length]!.slice();
    if (idCol >= 0) copy[idCol] = `HD${String(i + 1).padStart(4, '0')}`;
    extra.push(copy);
  }
  if (extra.length > 0) workbook.append(ACTIVITIES_TABLE.name, extra);
  return workbook;
}

export async function runBench(
  clock: ClockPort,
  out: (line: string) => void,
  scratchFile: string,
): Promise<void> {
  out('Đo hiệu năng của bản chạy trên máy (local runtime) — local runtime benchmark');
  out('hoạt động | lệnh đọc | lệnh ghi | kiểm tra (ms) | lưu tệp (ms) | hoạt động/giây | bộ nhớ đỉnh (MB)');
  let peak = process.memoryUsage().rss;
  for (const size of BENCH_SIZES) {
    const workbook = planWithActivities(size, clock);
    const { tables, calls } = counting(workbook);
    const started = performance.now();
    validatePlan({ tables, env: new LocalEnvironment(), clock, log: new ConsoleLog() });
    const validated = performance.now();
    await workbook.save(scratchFile);
    const saved = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss);
    const validateMs = validated - started;
    out(
      [
        size,
        calls.read + calls.tableNames,
        calls.write + calls.append,
        validateMs.toFixed(0),
        (saved - validated).toFixed(0),
        ((size / validateMs) * 1000).toFixed(0),
        (peak / 2 ** 20).toFixed(0),
      ].join(' | '),
    );
  }
}
