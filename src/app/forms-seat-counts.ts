import type { Cell } from '../core/cell';
import { cellText } from '../core/table';

/**
 * Seats taken per session, read from the training tab's "Chỗ / danh sách chờ" column
 * ("HD06: có chỗ; HD10: chờ số 2"), which the pipeline keeps up to date under the lock.
 */
export function seatsFromTrainingRows(rows: readonly { readonly cells: Readonly<Record<string, Cell>> }[]): {
  seated: Record<string, number>;
  waiting: Record<string, number>;
} {
  const seated: Record<string, number> = {};
  const waiting: Record<string, number> = {};
  for (const { cells } of rows) {
    for (const part of cellText(cells['seats']).split(';')) {
      const m = /^\s*([A-Za-z0-9_.-]+):\s*(có chỗ|chờ số \d+)\s*$/.exec(part.normalize('NFC'));
      if (!m) continue;
      const into = m[2] === 'có chỗ' ? seated : waiting;
      into[m[1]!] = (into[m[1]!] ?? 0) + 1;
    }
  }
  return { seated, waiting };
}
