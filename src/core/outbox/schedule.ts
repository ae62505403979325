import { addDays, addMinutes, localDateTime, partsOf, wallMinutes, type LocalDateTime } from '../cell';
import { WAITING_STATES, type OutboxEntry } from './entry';

/** Tomorrow 00:05 of the school's wall clock: the daily mail quota has reset by then. */
export function nextQuotaDay(now: LocalDateTime): LocalDateTime {
  const p = partsOf(now);
  return addDays(localDateTime(p.year, p.month, p.day, 0, 5), 1);
}

/** Later-run retry after a transient error: 5, 10, 20, 40 minutes, then hourly. */
export function retryAfterTransient(now: LocalDateTime, attempts: number): LocalDateTime {
  const minutes = Math.min(60, 5 * 2 ** Math.max(0, Math.min(attempts - 1, 4)));
  return addMinutes(now, minutes);
}

export { addMinutes };

/** Waiting entries whose next attempt has come (or was never set). */
export function isDue(entry: OutboxEntry, now: LocalDateTime): boolean {
  if (!WAITING_STATES.includes(entry.state)) return false;
  return !entry.nextAttempt || wallMinutes(entry.nextAttempt) <= wallMinutes(now);
}

/** The earliest moment any waiting entry can be tried again; undefined when nothing waits. */
export function earliestWork(entries: readonly OutboxEntry[], now: LocalDateTime): LocalDateTime | undefined {
  let best: number | undefined;
  for (const entry of entries) {
    if (!WAITING_STATES.includes(entry.state)) continue;
    const at = entry.nextAttempt
      ? Math.max(wallMinutes(entry.nextAttempt), wallMinutes(now))
      : wallMinutes(now);
    if (best === undefined || at < best) best = at;
  }
  return best === undefined ? undefined : addMinutes(now, best - wallMinutes(now));
}
