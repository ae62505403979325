import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Grid } from '../../core/cell';
import { checkOutputFolder } from '../commands/output-folder';
import { cliText, REASONS } from '../runtime/cli-text';
import { FileProblem } from '../workbook/workbook-file';
import type { Workbook } from '../workbook/workbook';

/** Where the Google commands print: results to stdout, each problem as a line to stderr. */
export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

/** A grid as a new tab; rows are padded to one width, as the port writes rectangles. */
export function writeTab(workbook: Workbook, name: string, grid: Grid): void {
  workbook.create(name);
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (width === 0) return;
  workbook.write(
    name,
    0,
    0,
    grid.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]),
  );
}

/** Before any request: --out must be a file name (not a folder) in a folder we may write. */
export function refuseOutput(out: string): string | undefined {
  try {
    if (statSync(out).isDirectory()) return cliText().cannotWrite(out, REASONS.directory);
  } catch {
    // Not there yet: the usual case.
  }
  try {
    checkOutputFolder(dirname(resolve(out)));
  } catch (error) {
    if (error instanceof FileProblem) return error.line;
    throw error;
  }
  return undefined;
}
