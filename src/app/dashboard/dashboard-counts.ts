import { isLocalDateTime, type Cell } from '../../core/cell';
import { parseYesNo } from '../../core/codec';
import type {
  NominationFigures,
  OutboxFigures,
  ResultFigures,
  RunFigures,
  RunLine,
} from '../../core/dashboard/dashboard-model';
import { NOMINATION_STATUSES, parseNominationStatus } from '../../core/forms/nominations';
import type { LedgerRow } from '../../core/outbox/entry';
import type { Activity } from '../../core/plan';
import { OUTBOX_STATES } from '../../core/schema/outbox-table';
import { cellText } from '../../core/table';
import { foldKey } from '../../core/text';
import type { StoredRow } from '../forms/response-store';

/** The counts of the dashboard that come straight from one tab each. */

/** Nominations by leadership's review status (the tab's column; blank is "mới"), and those without consent. */
export function nominationFigures(rows: readonly StoredRow[]): NominationFigures {
  const counted = rows.filter(
    (r) => cellText(r.cells['responseId'] ?? r.cells['name'] ?? null).trim() !== '',
  );
  const byStatus = NOMINATION_STATUSES.map((status) => ({
    status: status as string,
    count: counted.filter((r) => parseNominationStatus(cellText(r.cells['status'] ?? null)) === status)
      .length,
  }));
  const withoutConsent = counted.filter((r) => parseYesNo(r.cells['consent'] ?? null).value !== true).length;
  return { total: counted.length, withoutConsent, byStatus };
}

/** Each activity of the plan (not cancelled) with the outcome its owner reported, if any. */
export function resultFigures(
  activities: readonly Activity[],
  resultRows: readonly StoredRow[],
  flagged: number,
): ResultFigures {
  const outcomes = new Map<string, string>();
  for (const r of resultRows) {
    const id = cellText(r.cells['activityId'] ?? null).trim();
    const outcome = cellText(r.cells['outcome'] ?? null).trim();
    if (id !== '') outcomes.set(id.toUpperCase(), outcome);
  }
  return {
    activities: activities
      .filter((a) => a.status !== 'hủy')
      .map((a) => ({ id: a.id, title: a.title, outcome: outcomes.get(a.id.toUpperCase()) ?? null })),
    flagged,
  };
}

export function outboxFigures(rows: readonly LedgerRow[], outlook: readonly string[]): OutboxFigures {
  return {
    byState: OUTBOX_STATES.map((state) => ({
      state: state as string,
      count: rows.filter((r) => r.entry.state === state).length,
    })),
    outlook,
  };
}

/** At most this many error lines are listed (all are counted). */
const ERRORS_SHOWN = 10;

/** An outcome that says something failed, in either language ("Có lỗi", "thất bại", "error"). */
const isErrorOutcome = (outcome: string): boolean => /\b(loi|that bai|error|failed)\b/.test(foldKey(outcome));

const atText = (cell: Cell): string => (isLocalDateTime(cell) ? cell.iso : cellText(cell).trim());

/** "Nhật ký": the latest line of each task, and the lines that record an error, latest first. */
export function runFigures(rows: readonly StoredRow[], jobRuns: readonly RunLine[] = []): RunFigures {
  const logged: RunLine[] = rows
    .map((r) => ({
      action: cellText(r.cells['action'] ?? null).trim(),
      at: atText(r.cells['at'] ?? null),
      outcome: cellText(r.cells['outcome'] ?? null).trim(),
      detail: cellText(r.cells['detail'] ?? null).trim(),
    }))
    .filter((l) => l.action !== '')
    .reverse();
  // The jobs' own records (the triggers' runs) beside the log's lines; the later one of a task wins.
  const lines = [...jobRuns, ...logged];
  // Lines are appended, so the sheet's order is the order of the runs; a later line wins.
  const latestFirst = [...lines].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const seen = new Set<string>();
  const latest = latestFirst.filter((l) => {
    const key = foldKey(l.action);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = latestFirst.filter((l) => isErrorOutcome(l.outcome));
  return { latest, errors: errors.slice(0, ERRORS_SHOWN), errorCount: errors.length };
}
