import { isLocalDateTime, partsOf, type Cell } from '../../../src/core/cell';
import type { StandInValue } from './sheets-stand-in';

/** A cell as the Sheets API returns it unformatted: a date as its serial day number. */
export function asApiValue(cell: Cell): StandInValue {
  if (cell === null) return '';
  if (!isLocalDateTime(cell)) return cell;
  const p = partsOf(cell);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 86_400_000 + 25_569;
}
