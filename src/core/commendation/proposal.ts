import type { Cell } from '../cell';
import { formatPercent } from '../forms/attendance';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import type { ReportFigures } from '../report/figures';
import { foldKey } from '../text';
import type { CommendationRow } from './commendation-rows';
import type { COMMENDATIONS_TABLE } from '../schema/commendation-table';

type Key = (typeof COMMENDATIONS_TABLE)['columns'][number]['key'];
export type ProposalRecord = Readonly<Record<Key, Cell>>;

/** The row id of a proposed person (their People id) or group (its name, folded). */
export const personRowId = (personId: string): string => `CN-${personId}`;
export const groupRowId = (group: string): string => `TT-${foldKey(group).replace(/[^a-z0-9]+/g, '-')}`;

/**
 * The proposal rows the tab does not hold yet, from the report's rule (present at the opening and
 * seated in a training; the groups with the best share present at the opening). A row already in
 * the tab (by its id) is the principal's and is never rewritten; a deleted row is proposed again,
 * since the tab is the only memory of the proposal.
 */
export function newProposals(
  figures: ReportFigures,
  existing: readonly CommendationRow[],
  lang: Language,
): ProposalRecord[] {
  const c = figures.commendation;
  if (!c) return [];
  const t = catalogue(lang).commendation;
  const have = new Set(existing.map((r) => foldKey(r.id)));
  const records: ProposalRecord[] = [];
  for (const g of c.groups) {
    const id = groupRowId(g.group);
    if (have.has(foldKey(id))) continue;
    records.push({
      id,
      kind: 'tập thể',
      name: g.group,
      group: g.group,
      reason: t.reason.group(formatPercent(g.present.percent, lang)),
      award: 'giấy chứng nhận',
      decision: 'đề nghị',
      state: t.state.proposed,
    });
  }
  for (const p of c.people) {
    const id = personRowId(p.id);
    if (have.has(foldKey(id))) continue;
    records.push({
      id,
      kind: 'cá nhân',
      name: p.name,
      group: p.group ?? null,
      reason: t.reason.person,
      award: 'giấy khen',
      decision: 'đề nghị',
      state: t.state.proposed,
    });
  }
  return records;
}
