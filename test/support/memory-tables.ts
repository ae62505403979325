import type { Grid } from '../../src/core/cell';
import { GridTables } from '../../src/local/week/grid-tables';
import type { TableLayout } from '../../src/ports';

export { trimGrid } from '../../src/core/grid-trim';

/**
 * The in-memory TablesPort of the local runtime (GridTables: the same trimming and text rules
 * as the real adapters) with every call counted, as the recording fakes count them.
 */
export class MemoryTables extends GridTables {
  readonly calls = { read: 0, write: 0, append: 0, create: 0, layout: 0, tableNames: 0 };

  override tableNames(): string[] {
    this.calls.tableNames++;
    return super.tableNames();
  }

  override read(name: string): Grid | undefined {
    this.calls.read++;
    return super.read(name);
  }

  override create(name: string): boolean {
    this.calls.create++;
    return super.create(name);
  }

  override write(name: string, row: number, col: number, block: Grid): void {
    this.calls.write++;
    super.write(name, row, col, block);
  }

  override append(name: string, rows: Grid): void {
    this.calls.append++;
    // GridTables appends through its own read and write: count the append alone.
    const { read, write } = this.calls;
    super.append(name, rows);
    this.calls.read = read;
    this.calls.write = write;
  }

  override layout(name: string, layout: TableLayout): void {
    this.calls.layout++;
    super.layout(name, layout);
  }

  resetCalls(): void {
    for (const key of Object.keys(this.calls) as (keyof typeof this.calls)[]) this.calls[key] = 0;
  }
}
