import type { Settings } from '../../core/plan';
import { SETTINGS_TABLE } from '../../core/schema/tables';
import { findTabName } from '../../core/table';
import { parseSettings } from '../../core/validation';
import type { TablesPort } from '../../ports';

/**
 * The Settings tab, found wherever the principal renamed or moved it, read once and parsed;
 * undefined when it lacks what every job needs (the year and the week's dates).
 */
export function readSettings(
  tables: TablesPort,
  names: readonly string[] = tables.tableNames(),
): Settings | undefined {
  const name = findTabName(SETTINGS_TABLE, names);
  return parseSettings(name === undefined ? undefined : tables.read(name), name ?? SETTINGS_TABLE.name)
    .settings;
}
