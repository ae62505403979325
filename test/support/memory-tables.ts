import { isLocalDateTime, type Cell, type Grid } from '../../src/core/cell';
import { looksLikeFormula } from '../../src/core/text';
import type { TableLayout, TablesPort } from '../../src/ports';

/**
 * An in-memory TablesPort for use-case tests: plain grids, with the same trimming and
 * formula guarding rules as the real adapters. Counts calls like the recording fakes do.
 */
export class MemoryTables implements TablesPort {
  readonly tabs = new Map<string, Cell[][]>();
  readonly layouts = new Map<string, TableLayout>();
  readonly calls = { read: 0, write: 0, append: 0, create: 0, layout: 0, tableNames: 0 };

  tableNames(): string[] {
    this.calls.tableNames++;
    return [...this.tabs.keys()];
  }

  read(name: string): Grid | undefined {
    this.calls.read++;
    const grid = this.tabs.get(name);
    if (!grid) return undefined;
    return trimGrid(grid).map((row) => row.slice());
  }

  create(name: string): boolean {
    this.calls.create++;
    if (this.tabs.has(name)) return false;
    this.tabs.set(name, []);
    return true;
  }

  write(name: string, row: number, col: number, block: Grid): void {
    this.calls.write++;
    const grid = this.tabs.get(name);
    if (!grid) throw new Error(`no tab ${name}`);
    const width = block[0]?.length ?? 0;
    for (const line of block) {
      if (line.length !== width) throw new Error('ragged block');
    }
    block.forEach((line, i) => {
      const target = (grid[row + i] ??= []);
      line.forEach((cell, j) => {
        target[col + j] = guard(cell);
      });
    });
    fillHoles(grid);
  }

  append(name: string, rows: Grid): void {
    this.calls.append++;
    const grid = this.tabs.get(name);
    if (!grid) throw new Error(`no tab ${name}`);
    const trimmed = trimGrid(grid);
    grid.length = trimmed.length;
    for (const line of rows) grid.push(line.map(guard));
    fillHoles(grid);
  }

  layout(name: string, layout: TableLayout): void {
    this.calls.layout++;
    this.layouts.set(name, layout);
  }

  resetCalls(): void {
    for (const key of Object.keys(this.calls) as (keyof typeof this.calls)[]) this.calls[key] = 0;
  }
}

function guard(cell: Cell): Cell {
  // A real sheet would evaluate such text; both adapters store it as text, so do we.
  if (typeof cell === 'string' && looksLikeFormula(cell)) return cell;
  if (isLocalDateTime(cell)) return { ...cell };
  return cell;
}

function fillHoles(grid: Cell[][]): void {
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (let i = 0; i < grid.length; i++) {
    const line = (grid[i] ??= []);
    for (let j = 0; j < width; j++) if (line[j] === undefined) line[j] = null;
  }
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** Drops trailing empty rows and columns, as getDataRange() does. */
export function trimGrid(grid: readonly Cell[][]): Cell[][] {
  let height = grid.length;
  while (height > 0 && grid[height - 1]!.every(isEmpty)) height--;
  let width = 0;
  for (let i = 0; i < height; i++) {
    const line = grid[i]!;
    for (let j = line.length - 1; j >= width; j--) {
      if (!isEmpty(line[j])) {
        width = j + 1;
        break;
      }
    }
  }
  return grid.slice(0, height).map((line) => {
    const out = line.slice(0, width).map((c) => (c === undefined || c === '' ? null : c));
    while (out.length < width) out.push(null);
    return out;
  });
}
