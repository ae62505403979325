import type { Grid } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { matchChoice } from '../sheet-language';
import { cellText, readTable } from '../table';
import { foldKey } from '../text';
import {
  AWARDS,
  COMMENDATIONS_TABLE,
  DECISIONS,
  NOMINEE_KINDS,
  type Award,
  type Decision,
  type NomineeKind,
} from '../schema/commendation-table';

/** A row of "Khen thưởng" as the principal left it. */
export interface CommendationRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly kind: NomineeKind;
  readonly name: string;
  readonly group?: string;
  readonly reason?: string;
  /** Undefined when the cell holds a word outside the list. */
  readonly award?: Award;
  readonly awardText: string;
  /** Undefined when the cell holds a word outside the list (never taken for "đồng ý"). */
  readonly decision?: Decision;
  readonly decisionText: string;
  readonly state?: string;
}

/** A name longer than this is a paste gone wrong, not a person: it would overflow every page. */
export const MAX_NAME_LENGTH = 120;

const clean = (value: unknown): string =>
  cellText(value as never)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();

export function readCommendationRows(grid: Grid | undefined): CommendationRow[] {
  return readTable(COMMENDATIONS_TABLE, grid).rows.map((r) => {
    const awardText = clean(r.cells.award);
    const decisionText = clean(r.cells.decision);
    const award = matchChoice(awardText, AWARDS) as Award | undefined;
    const decision = (decisionText === '' ? 'đề nghị' : matchChoice(decisionText, DECISIONS)) as
      Decision | undefined;
    const group = clean(r.cells.group);
    const reason = clean(r.cells.reason);
    const state = clean(r.cells.state);
    return {
      row: r.row,
      id: clean(r.cells.id) || `#${r.row}`,
      kind: (matchChoice(clean(r.cells.kind), NOMINEE_KINDS) as NomineeKind | undefined) ?? 'cá nhân',
      name: clean(r.cells.name),
      ...(group ? { group } : {}),
      ...(reason ? { reason } : {}),
      ...(award ? { award } : {}),
      awardText,
      ...(decision ? { decision } : {}),
      decisionText,
      ...(state ? { state } : {}),
    };
  });
}

/** An approved commendation, ready for the decision and its certificate. */
export interface Approved {
  readonly row: number;
  readonly id: string;
  readonly kind: NomineeKind;
  readonly name: string;
  readonly group?: string;
  readonly reason?: string;
  readonly award: Award;
}

export interface RowProblem {
  readonly row: number;
  readonly text: string;
}

export interface ApprovedList {
  readonly approved: readonly Approved[];
  /** Rows set "đồng ý" that cannot be made, each with why (in the sheet's language). */
  readonly problems: readonly RowProblem[];
}

/** Who a row is about: the same person (or group) typed twice is one nominee. */
const nomineeKey = (r: CommendationRow): string => `${r.kind}|${foldKey(r.name)}|${foldKey(r.group ?? '')}`;

/**
 * The rows the principal approved, each person once per award. A row that cannot be made (no
 * name, a name too long, an award or decision outside the list, the same person and award
 * approved again) is left out with a message, and the rest go ahead.
 */
export function approvedCommendations(rows: readonly CommendationRow[], lang: Language): ApprovedList {
  const t = catalogue(lang).commendation.rows;
  const approved: Approved[] = [];
  const problems: RowProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (r.decision === undefined) {
      problems.push({ row: r.row, text: t.badDecision(r.row, r.decisionText) });
      continue;
    }
    if (r.decision !== 'đồng ý') continue;
    if (r.award === undefined) {
      problems.push({ row: r.row, text: t.badAward(r.row, r.awardText) });
      continue;
    }
    if (r.name === '') {
      problems.push({ row: r.row, text: t.empty(r.row) });
      continue;
    }
    if (r.name.length > MAX_NAME_LENGTH) {
      problems.push({ row: r.row, text: t.tooLong(r.row, MAX_NAME_LENGTH) });
      continue;
    }
    const key = `${nomineeKey(r)}|${r.award}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row: r.row, text: t.duplicate(r.row, first, r.award) });
      continue;
    }
    firstRow.set(key, r.row);
    approved.push({
      row: r.row,
      id: r.id,
      kind: r.kind,
      name: r.name,
      award: r.award,
      ...(r.group ? { group: r.group } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    });
  }
  return { approved, problems };
}
