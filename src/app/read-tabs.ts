import type { Grid } from '../core/cell';
import type { TableSpec } from '../core/schema/types';
import { findTabName } from '../core/table';
import type { TablesPort } from '../ports';

/** The tabs a use case reads, by the spec's key: the grid, and the name the principal gave the tab. */
export interface TabsRead<K extends string> {
  readonly grids: Partial<Record<K, Grid | undefined>>;
  readonly tabNames: Partial<Record<K, string>>;
}

/**
 * Finds each spec's tab wherever the principal renamed or moved it and reads it whole, once: one
 * tableNames() and one read per tab found, whatever the rows. A missing tab is left out (the
 * parsers report it).
 */
export function readTabs<K extends string>(
  tables: TablesPort,
  specs: readonly (TableSpec & { readonly key: K })[],
  names: readonly string[] = tables.tableNames(),
): TabsRead<K> {
  const grids: Partial<Record<K, Grid | undefined>> = {};
  const tabNames: Partial<Record<K, string>> = {};
  for (const spec of specs) {
    const name = findTabName(spec, names);
    if (name === undefined) continue;
    tabNames[spec.key] = name;
    grids[spec.key] = tables.read(name);
  }
  return { grids, tabNames };
}
