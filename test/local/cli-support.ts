import type ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'learning-week.js');

/** Builds build/cli.js once per test file, as `npm test` does before vitest. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/learning-week.js …` in a folder, under a given TZ. */
export function cli(args: string[], cwd: string, tz = 'Asia/Ho_Chi_Minh'): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'lw-cli-'));

/** 1-based column of a header in row 1, as a user would look it up. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (!found) throw new Error(`no header ${header} in ${sheet.name}`);
  return found;
}

/** 1-based row whose cell under `header` equals `value`. */
export function rowWhere(sheet: ExcelJS.Worksheet, header: string, value: string): number {
  const col = columnOf(sheet, header);
  for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getCell(row, col).value === value) return row;
  throw new Error(`no row with ${header} = ${value} in ${sheet.name}`);
}
