import type { Cell } from '../../core/cell';
import { forms as en } from '../../core/i18n/en/forms';
import { forms as vi } from '../../core/i18n/vi/forms';
import { TRAINING_SIGNUPS_TABLE } from '../../core/schema/response-tables';
import { cellText } from '../../core/table';
import type { TablesPort } from '../../ports';
import { loadTab } from './response-store';

/**
 * Seats taken per session, read from the training tab's seat column (placementText's
 * "id: seat; id: waiting no. 2"), which the pipeline keeps up to date under the lock.
 */
export function seatsFromTrainingRows(rows: readonly TrainingRow[]): {
  seated: Record<string, number>;
  waiting: Record<string, number>;
} {
  const seated: Record<string, number> = {};
  const waiting: Record<string, number> = {};
  for (const { cells } of rows) {
    for (const { sessionId, isSeated } of placementsIn(cells)) {
      const into = isSeated ? seated : waiting;
      into[sessionId] = (into[sessionId] ?? 0) + 1;
    }
  }
  return { seated, waiting };
}

/**
 * Who holds a seat in each session, by activity id: they are the guests of its calendar event
 * and get its reminders (a session with seats is for those seated, not its whole audience).
 * Rows still to be looked at ("Cần xem lại") hold no seat for the calendar.
 */
export function seatedGuests(tables: TablesPort): Map<string, string[]> {
  const seated = new Map<string, string[]>();
  const tab = loadTab(tables, TRAINING_SIGNUPS_TABLE, tables.tableNames());
  for (const { cells } of tab.rows) {
    const email = cellText(cells['email']).trim();
    if (email === '' || cellText(cells['problems']).trim() !== '') continue;
    for (const { sessionId, isSeated } of placementsIn(cells)) {
      if (isSeated) seated.set(sessionId, [...(seated.get(sessionId) ?? []), email]);
    }
  }
  return seated;
}

/** "HD06: <seat>" or "HD10: <waiting> 2", as placementText writes it in either language. */
const SEAT_PART = seatPattern();

function seatPattern(): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The words after "id:" of each language's seat and waiting texts.
  const word = (text: string): string => escape(text.replace(/^:\s*/, '').trim());
  const seated = [vi, en].map((t) => word(t.seats.seated('')));
  const waiting = [vi, en].map((t) => word(t.seats.waiting('', 0).replace(/0$/, '')));
  return new RegExp(
    `^\\s*([A-Za-z0-9_.-]+):\\s*(?:(${seated.join('|')})|(?:${waiting.join('|')})\\s*(\\d+))\\s*$`,
  );
}

type TrainingRow = { readonly cells: Readonly<Record<string, Cell>> };

/** The seat column → the sessions and whether each is a seat. */
function placementsIn(cells: Readonly<Record<string, Cell>>): { sessionId: string; isSeated: boolean }[] {
  const out: { sessionId: string; isSeated: boolean }[] = [];
  for (const part of cellText(cells['seats']).split(';')) {
    const m = SEAT_PART.exec(part.normalize('NFC'));
    if (m) out.push({ sessionId: m[1]!, isSeated: m[2] !== undefined });
  }
  return out;
}
