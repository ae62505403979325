import { COMMENDATIONS_TABLE } from '../../core/schema/commendation-table';
import { newProposals } from '../../core/commendation/proposal';
import { cellSafe } from '../../core/forms/sanitise';
import { catalogue } from '../../core/i18n/catalogue';
import { layoutOf } from '../../core/schema/layout';
import { choiceLabel, specIn } from '../../core/sheet-language';
import { defaultHeader, mapHeader, recordToRow } from '../../core/table';
import type { LockPort } from '../../ports';
import { readCommendationTabs, type ReadPorts } from './commendation-tabs';

export interface ProposalOutcome {
  /** The tab's name as the sheet has it. */
  readonly tab: string;
  readonly added: number;
}

const LOCK_WAIT_MS = 10_000;

/**
 * Fills "Khen thưởng" with the proposal of the report's rule: the tab is made when missing (in
 * the sheet's language), rows already there are left as the principal set them, and only new
 * nominees are appended. Names come from the People tab and are neutralised again before a cell.
 */
export function proposeCommendations(ports: ReadPorts & { readonly lock: LockPort }): ProposalOutcome {
  return ports.lock.withLock(LOCK_WAIT_MS, () => {
    const tabs = readCommendationTabs(ports);
    const lang = tabs.plan.settings?.language ?? 'vi';
    const spec = specIn(COMMENDATIONS_TABLE, lang);
    const existing = tabs.tabNames.commendations;
    const tab = existing ?? spec.name;
    const grid = existing ? (tabs.grids.commendations ?? []) : [];
    if (!existing) ports.tables.create(tab);
    const headerRow = grid.length > 0 ? grid[0]! : defaultHeader(spec);
    const header = mapHeader(COMMENDATIONS_TABLE, headerRow);
    const records = newProposals(tabs.figures, tabs.rows, lang).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? cellSafe(v) : v])),
    );
    const rows = records.map((r) => recordToRow(header, r));
    if (grid.length === 0) ports.tables.write(tab, 0, 0, [[...headerRow], ...rows]);
    else if (rows.length > 0) ports.tables.write(tab, grid.length, 0, rows);
    const tabLang = header.language ?? lang;
    ports.tables.layout(
      tab,
      layoutOf(
        specIn(COMMENDATIONS_TABLE, tabLang),
        header.headerText,
        (word) => choiceLabel(word, tabLang),
        catalogue(tabLang).sheet.invalidChoice,
      ),
    );
    return { tab, added: rows.length };
  });
}
