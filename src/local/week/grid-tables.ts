import { isLocalDateTime, type Cell, type Grid } from '../../core/cell';
import type { TableLayout, TablesPort } from '../../ports';
import { trimGrid } from '../../core/grid-trim';

/**
 * A TablesPort on plain grids in memory, for the simulated week and the benchmark: the week
 * reads the outbox (with its mail payloads) hundreds of times, which the exceljs workbook
 * makes slow. Same rules as the adapters (trailing empty rows dropped, text kept as text);
 * `copyInto` hands the result to the workbook that is saved, layouts included.
 */
export class GridTables implements TablesPort {
  /** The raw grids by tab name (tests and tools may look inside). */
  readonly tabs = new Map<string, Cell[][]>();
  readonly layouts = new Map<string, TableLayout>();

  tableNames(): string[] {
    return [...this.tabs.keys()];
  }

  read(name: string): Grid | undefined {
    const grid = this.tabs.get(name);
    return grid ? trimGrid(grid) : undefined;
  }

  create(name: string): boolean {
    if (this.tabs.has(name)) return false;
    this.tabs.set(name, []);
    return true;
  }

  write(name: string, row: number, col: number, block: Grid): void {
    const grid = this.tab(name);
    const width = block[0]?.length ?? 0;
    if (block.some((line) => line.length !== width)) {
      throw new RangeError(`write to ${name}: every row of a block must have ${width} cells`);
    }
    block.forEach((line, i) => {
      const target = (grid[row + i] ??= []);
      line.forEach((cell, j) => {
        target[col + j] = isLocalDateTime(cell) ? { ...cell } : cell;
      });
    });
    for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  }

  append(name: string, rows: Grid): void {
    const used = this.read(name)?.length ?? 0;
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    this.write(
      name,
      used,
      0,
      rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    );
  }

  layout(name: string, layout: TableLayout): void {
    this.tab(name);
    this.layouts.set(name, layout);
  }

  /** Every tab (in order), its cells and its last layout into `target` (an empty workbook). */
  copyInto(target: TablesPort): void {
    for (const [name] of this.tabs) {
      target.create(name);
      const grid = this.read(name) ?? [];
      if (grid.length > 0) target.write(name, 0, 0, grid);
      const layout = this.layouts.get(name);
      if (layout) target.layout(name, layout);
    }
  }

  private tab(name: string): Cell[][] {
    const grid = this.tabs.get(name);
    if (!grid) throw new Error(`no tab "${name}"`);
    return grid;
  }
}
