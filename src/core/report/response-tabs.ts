import { isLocalDateTime, type Cell, type Grid, type LocalDateTime } from '../cell';
import { normaliseEmail, parseYesNo } from '../codec';
import { PLEDGE_LABELS } from '../forms/answer-labels';
import { parseNominationStatus, type NominationStatus } from '../forms/nominations';
import { FORMULA_GUARD } from '../forms/sanitise';
import { parseSessionChoice, splitJoinedChoices } from '../forms/session-choice';
import type { Activity } from '../plan';
import { ATTENDANCE_TABLE, NOMINATIONS_TABLE, TRAINING_SIGNUPS_TABLE } from '../schema/response-tables';
import { cellText, readTable, type RowRecord } from '../table';
import { cleanText } from '../text';

/**
 * The three normalised response tabs read back for the report, by header. A row the system
 * flagged ("Cần xem lại" not empty) is kept but not counted, as the forms core decides; a row
 * without a valid address cannot be tied to a person and is not counted either.
 */

interface Counted {
  /** 1-based sheet row: every figure can be traced back to it. */
  readonly row: number;
  readonly responseId: string;
  readonly submittedAt?: LocalDateTime;
  /** Lower-cased valid address, or undefined. */
  readonly email?: string;
  /** Counted in the figures: a valid address and nothing flagged. */
  readonly counted: boolean;
}

export interface AttendanceRow extends Counted {
  readonly group?: string;
  /** "Lớp của con": a family's class (answered, or filled in from "Phụ huynh"). */
  readonly childClass?: string;
  readonly intent: string;
}

export interface TrainingRow extends Counted {
  readonly who?: string;
  readonly childClass?: string;
  /** Activity ids of the sessions chosen, in order. */
  readonly sessionIds: readonly string[];
  readonly pledges: readonly string[];
}

export interface NominationRow {
  readonly row: number;
  readonly responseId: string;
  readonly consent: boolean;
  readonly status: NominationStatus;
  readonly family: string;
  readonly child?: string;
  readonly className?: string;
  readonly achievements?: string;
  readonly evidence?: string;
}

export interface ResponseTabs {
  readonly attendance?: { readonly rows: readonly AttendanceRow[] };
  readonly training?: { readonly rows: readonly TrainingRow[] };
  readonly nominations?: { readonly rows: readonly NominationRow[] };
}

const text = (cell: unknown): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  const t = cleanText(cellText(cell as never));
  return t === '' ? undefined : t;
};

/** Long text keeps its line breaks (notes, achievements), only NFC and trimmed. */
const longText = (cell: unknown): string | undefined => {
  const t = cellText(cell as never)
    .normalize('NFC')
    .trim();
  return t === '' ? undefined : t;
};

function counted<K extends string>(record: RowRecord<K>): Counted {
  const cells = record.cells as Record<string, unknown>;
  const email = normaliseEmail(cellText((cells['email'] ?? null) as never));
  const submitted = cells['submittedAt'];
  return {
    row: record.row,
    responseId: text(cells['responseId']) ?? `#${record.row}`,
    ...(isLocalDateTime(submitted) ? { submittedAt: submitted } : {}),
    ...(email ? { email } : {}),
    counted: email !== undefined && text(cells['problems']) === undefined,
  };
}

export function readAttendanceRows(grid: Grid | undefined): AttendanceRow[] {
  return readTable(ATTENDANCE_TABLE, grid).rows.map((r) => {
    const group = text(r.cells.group);
    const childClass = text(r.cells.childClass);
    return {
      ...counted(r),
      ...(group ? { group } : {}),
      ...(childClass ? { childClass } : {}),
      intent: text(r.cells.intent) ?? '',
    };
  });
}

export function readTrainingRows(grid: Grid | undefined, activities: readonly Activity[]): TrainingRow[] {
  return readTable(TRAINING_SIGNUPS_TABLE, grid).rows.map((r) => {
    const sessionIds: string[] = [];
    for (const line of cellText(r.cells.sessions).split(/\r?\n/)) {
      if (cleanText(line) === '') continue;
      const match = parseSessionChoice(line, activities);
      if (match.kind === 'session' && !sessionIds.includes(match.activityId))
        sessionIds.push(match.activityId);
    }
    const pledges = splitJoinedChoices(cleanText(cellText(r.cells.pledges)), PLEDGE_LABELS);
    const who = text(r.cells.who);
    const childClass = text(r.cells.childClass);
    return {
      ...counted(r),
      ...(who ? { who } : {}),
      ...(childClass ? { childClass } : {}),
      sessionIds,
      pledges,
    };
  });
}

/**
 * Only an explicit yes is consent: blank, "không", anything unreadable is not, and neither is
 * a guarded formula ("'=TRUE()"), which is text someone typed, not an answer.
 */
function isConsent(cell: Cell): boolean {
  if (typeof cell === 'string' && cell.trim().startsWith(FORMULA_GUARD)) return false;
  return parseYesNo(cell).value === true;
}

export function readNominationRows(grid: Grid | undefined): NominationRow[] {
  return readTable(NOMINATIONS_TABLE, grid).rows.map((r) => {
    const optional = {
      child: text(r.cells.child),
      className: text(r.cells.className),
      achievements: longText(r.cells.achievements),
      evidence: text(r.cells.evidence),
    };
    return {
      row: r.row,
      responseId: text(r.cells.responseId) ?? `#${r.row}`,
      consent: isConsent(r.cells.consent),
      // An unreadable status is treated as not reviewed: never as selected.
      status: parseNominationStatus(cellText(r.cells.status)) ?? 'mới',
      family: text(r.cells.family) ?? '',
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
  });
}
