import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFormsContext } from '../../app/forms/forms-context';
import { formSpecOf } from '../../core/forms/build-form-specs';
import { toCsv } from '../../core/forms/csv';
import type { FormSpec } from '../../core/forms/types';
import { RAW_RESPONSES_TABLE } from '../../core/schema/response-tables';
import { findTabName } from '../../core/table';
import { Workbook } from '../workbook/workbook';

/** What a school importing a big Google Forms download must not wait or pay for. */
export const CSV_IMPORT_TARGET = { ms: 3_000, peakRssMb: 400 } as const;

export interface CsvImportRun {
  readonly rows: number;
  /** Wall time of the whole command, Node's start included: what the principal waits (median run). */
  readonly ms: number;
  /** The command's largest resident set, reported by its own process (largest of the runs). */
  readonly peakRssMb: number;
  /** How many times the import was run on a fresh copy of the workbook. */
  readonly runs: number;
}

/** Runs of the import: one run's time varies by a tenth on this machine; the median does not. */
const RUNS = 3;

/** Loaded before the CLI in the measured process: prints its largest resident set at exit. */
const REPORT_PEAK =
  "data:text/javascript,import{writeSync}from'node:fs';" +
  "process.on('exit',()=>writeSync(2,'\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'))";

/**
 * `learning-week respond training … --csv` on a ROWS-row download, run by CLI (bin/learning-week.js)
 * in a process of its own, as a principal runs it: the sample workbook from `init --sample`, a
 * Google Sheets (vi_VN) CSV of the training form with every tenth person answering a second
 * time. The raw log is read back: every row must be there, or the run is not a measure.
 */
export async function measureCsvImport(cli: string, rows: number): Promise<CsvImportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'learning-week-csv-bench-'));
  try {
    const sample = join(dir, 'sample.xlsx');
    const workbook = join(dir, 'k.xlsx');
    const csv = join(dir, 'responses.csv');
    run(cli, ['init', '--sample', '--out', sample]);
    const spec = formSpecOf(loadFormsContext(await Workbook.open(sample)).specs, 'training');
    writeFileSync(csv, trainingCsv(spec, rows));
    const times: number[] = [];
    let peakKb = 0;
    for (let i = 0; i < RUNS; i++) {
      copyFileSync(sample, workbook);
      const started = performance.now();
      const result = run(cli, ['respond', 'training', workbook, '--csv', csv, '--date-order', 'dmy'], true);
      times.push(Math.round(performance.now() - started));
      peakKb = Math.max(peakKb, Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN));
      const saved = await Workbook.open(workbook);
      const rawTab = findTabName(RAW_RESPONSES_TABLE, saved.tableNames());
      const kept = (saved.read(rawTab ?? '')?.length ?? 1) - 1;
      if (kept !== rows) throw new Error(`CSV bench: ${kept} of ${rows} rows in the raw log`);
    }
    const ms = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    return { rows, ms, peakRssMb: Math.round(peakKb / 1024), runs: RUNS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cli: string, args: string[], measured = false): { stdout: string; stderr: string } {
  const flags = measured ? ['--import', REPORT_PEAK] : [];
  const child = spawnSync(process.execPath, [...flags, cli, ...args], { encoding: 'utf8' });
  if (child.status !== 0)
    throw new Error(
      `CSV bench: learning-week ${args[0]} exited ${child.status}: ${child.stderr}${child.stdout}`,
    );
  return { stdout: child.stdout, stderr: child.stderr };
}

/** The download's header and ROWS answers, as Google Sheets writes them in Vietnamese. */
function trainingCsv(spec: FormSpec, rows: number): string {
  const questions = spec.questions.filter((q) => q.key !== 'email');
  const header = ['Dấu thời gian', 'Địa chỉ email', ...questions.map((q) => q.title)];
  const lines: string[][] = [header];
  for (let i = 0; i < rows; i++) {
    // Every tenth answer is a person's second one, later: the latest wins.
    const person = i % 10 === 9 ? i - 9 : i;
    const day = 1 + Math.floor((i * 6) / rows);
    const minute = Math.floor((i * 60 * 14 * 6) / rows) % (60 * 14);
    const stamp = `0${day}/10/2021 ${7 + Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const answers = questions.map((q) => {
      const choices = q.choices ?? [];
      if (q.type === 'text') return `Người Số ${person}`;
      if (q.type === 'checkbox') return choices.filter((_, c) => (i + c) % 3 === 0).join(', ');
      return choices.length > 0 ? choices[i % choices.length]! : `Trả lời ${i}`;
    });
    lines.push([stamp, `nguoi${person}@example.vn`, ...answers]);
  }
  return toCsv(lines);
}
