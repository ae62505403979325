import { SETTINGS } from '../../src/core/schema/settings';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { cellText, findTabName } from '../../src/core/table';
import { foldHeader } from '../../src/core/text';
import type { TablesPort } from '../../src/ports';

/**
 * Sets Settings "Gửi thư cho phụ huynh" as a principal types it: "có" for the tests of what
 * families are mailed (confirmations, seats, reminders, invitations), which the default "không"
 * withholds. A plan without the row gets it added at the end.
 */
export function setFamilyMail(tables: TablesPort, value: 'có' | 'không' = 'có'): void {
  const name = findTabName(SETTINGS_TABLE, tables.tableNames());
  if (name === undefined) throw new Error('no Settings tab');
  const grid = tables.read(name) ?? [];
  const row = grid.findIndex((r) => isFamilyMailLabel(cellText(r[0] ?? null)));
  // Settings rows are found by their label, so a principal may add the row anywhere.
  if (row < 0) tables.append(name, [['Gửi thư cho phụ huynh', value]]);
  else tables.write(name, row, 1, [[value]]);
}

const FAMILY_MAIL = SETTINGS.find((item) => item.key === 'mailFamilies')!;
const FAMILY_MAIL_LABELS = [FAMILY_MAIL.label, ...(FAMILY_MAIL.aliases ?? [])].map(foldHeader);

/** The Settings row of "Gửi thư cho phụ huynh", by its label or an alias, as the parser finds it. */
export function isFamilyMailLabel(label: string): boolean {
  return FAMILY_MAIL_LABELS.includes(foldHeader(label));
}
