import { isLocalDateTime, type Cell, type LocalDateTime } from '../cell';
import type { Finding } from '../findings';
import { OUTBOX_STATES, OUTBOX_TABLE } from '../schema/outbox-table';
import { englishChoice } from '../sheet-language';
import { cellText, isBlankCell, mapHeader, type ReadTable, type RowRecord } from '../table';
import type { Grid } from '../cell';
import { cleanText, foldKey } from '../text';
import type { LedgerRow, OutboxEntry, OutboxState } from './entry';
import { splitRecipients } from './recipients';

export type OutboxColumn = (typeof OUTBOX_TABLE)['columns'][number]['key'];

export interface ParsedLedger {
  /** Usable entries, in sheet order; the first row of a duplicated key only. */
  readonly rows: readonly LedgerRow[];
  /** Every key present in the tab (as `sameKey` has it), usable or not: enqueueing any of them is a no-op. */
  readonly keys: ReadonlySet<string>;
  /** Rows the drainer will not touch and why (a state typed by hand, a deleted key…). */
  readonly findings: readonly Finding[];
}

/**
 * Reads the ledger rows. A row the principal has damaged is reported and left alone, never
 * sent and never crashed on: sending something we cannot identify could send it twice.
 */
export function parseLedger(table: ReadTable<OutboxColumn>): ParsedLedger {
  const rows: LedgerRow[] = [];
  const keys = new Set<string>();
  const findings: Finding[] = [...table.header.findings];
  const finding = (row: number, code: string, column: string, params: Finding['params']): void => {
    findings.push({
      severity: 'error',
      code,
      table: 'outbox',
      tableName: OUTBOX_TABLE.name,
      row,
      column,
      params,
    });
  };
  const firstOf = new Map<string, { row: number; key: string }>();
  for (const { row, cells } of table.rows) {
    const key = cleanText(cellText(cells.key));
    const stateText = cleanText(cellText(cells.state));
    if (key === '') {
      finding(row, 'outbox.key-missing', 'Khóa', { state: stateText });
      continue;
    }
    const same = sameKey(key);
    const first = firstOf.get(same);
    if (first) {
      // A copy whose key differs only in letter case or spaces is the same side effect.
      const exact = first.key === key;
      finding(row, exact ? 'outbox.key-duplicate' : 'outbox.key-variant', 'Khóa', {
        key,
        ...(exact ? {} : { first: first.key, firstRow: first.row }),
      });
      continue;
    }
    firstOf.set(same, { row, key });
    keys.add(same);
    const state = parseState(stateText);
    if (!state) {
      finding(row, 'outbox.state-unknown', 'Trạng thái', { key, state: stateText });
      continue;
    }
    rows.push({
      row,
      entry: {
        key,
        // A blank or unknown kind is a mail: the ledger held only mail before calendar entries.
        kind: cleanText(cellText(cells.kind)) === 'calendar' ? 'calendar' : 'mail',
        recipients: splitRecipientsCell(cellText(cells.recipients)),
        subject: cellText(cells.subject),
        payload: cellText(cells.payload),
        state,
        attempts: parseCount(cells.attempts),
        nextAttempt: dateOf(cells.nextAttempt),
        lastError: optionalText(cells.lastError),
        createdAt: dateOf(cells.createdAt),
        doneAt: dateOf(cells.doneAt),
      },
    });
  }
  return { rows, keys, findings };
}

/**
 * The identity of a key: a row copied by hand with its key in other letter case or with
 * spaces typed into it names the same mail, so it must never be sent a second time. Keys are
 * made by `outboxKey` from ids that never differ only by case.
 */
export function sameKey(key: string): string {
  return key
    .normalize('NFC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '')
    .toLowerCase();
}

/**
 * The ledger tab as rows. Unlike readTable, a row counts when ANY ledger cell is filled: a
 * row whose state the principal erased must still hold its key, or it would be queued again.
 */
export function readLedgerTable(grid: Grid | undefined): ReadTable<OutboxColumn> {
  const header = mapHeader(OUTBOX_TABLE, grid?.[0] ?? []);
  const rows: RowRecord<OutboxColumn>[] = [];
  (grid ?? []).slice(1).forEach((line, i) => {
    const cells = {} as Record<OutboxColumn, Cell>;
    let blank = true;
    for (const column of OUTBOX_TABLE.columns) {
      const at = header.index[column.key];
      const cell = at === undefined ? null : (line[at] ?? null);
      cells[column.key] = isBlankCell(cell) ? null : cell;
      if (!isBlankCell(cell)) blank = false;
    }
    if (!blank) rows.push({ row: i + 2, cells });
  });
  return { spec: OUTBOX_TABLE, header, rows };
}

/** Tolerant of case and diacritics, since the principal may type a state by hand. */
export function parseState(text: string): OutboxState | undefined {
  const folded = foldKey(text);
  if (folded === '') return undefined;
  // An English tab holds the states' English labels.
  return OUTBOX_STATES.find((s) => foldKey(s) === folded || foldKey(englishChoice(s)) === folded);
}

/** The record to write for an entry: every ledger column, keyed for recordToRow. */
export function entryToRecord(entry: OutboxEntry): Record<OutboxColumn, Cell> {
  return {
    key: entry.key,
    kind: entry.kind,
    recipients: entry.recipients.join(', '),
    subject: entry.subject,
    payload: entry.payload,
    state: entry.state,
    attempts: entry.attempts,
    nextAttempt: entry.nextAttempt ?? null,
    lastError: entry.lastError ?? null,
    createdAt: entry.createdAt ?? null,
    doneAt: entry.doneAt ?? null,
  };
}

/** CR/LF stay inside an address (so the check can refuse it); only commas and semicolons split. */
function splitRecipientsCell(text: string): string[] {
  return splitRecipients(text.normalize('NFC'));
}

function parseCount(cell: Cell): number {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).trim() || '0');
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
}

function dateOf(cell: Cell): LocalDateTime | undefined {
  if (isLocalDateTime(cell)) return cell;
  const text = cellText(cell).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(text);
  return m ? { kind: 'local-datetime', iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` } : undefined;
}

function optionalText(cell: Cell): string | undefined {
  const text = cellText(cell);
  return text.trim() === '' ? undefined : text;
}
