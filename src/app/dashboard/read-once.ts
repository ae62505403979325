import type { Grid } from '../../core/cell';
import type { TablesPort } from '../../ports';

/**
 * A read-only view of the tabs that asks the runtime for each tab at most once, however many of
 * the use cases it composes read the same one (the plan check, the forms' progress and the
 * outbox all read "Cấu hình"): a tab costs one getValues in Apps Script, the slowest call there
 * is. It writes nothing: any write is refused, since a page that shows figures must not change them.
 */
export function readOnce(tables: TablesPort): TablesPort {
  let names: string[] | undefined;
  const grids = new Map<string, Grid | undefined>();
  const refuse = (): never => {
    throw new Error('the dashboard reads the tabs only');
  };
  return {
    tableNames: () => (names ??= tables.tableNames()).slice(),
    read: (name) => {
      if (!grids.has(name)) grids.set(name, tables.read(name));
      return grids.get(name);
    },
    create: refuse,
    write: refuse,
    append: refuse,
    layout: refuse,
    ...(tables.cellLimit !== undefined ? { cellLimit: tables.cellLimit } : {}),
  };
}
