import { wallMinutes, type LocalDateTime } from '../cell';
import type { WeekSpan } from './dashboard-model';

export type WeekPhase =
  | { readonly phase: 'before'; readonly days: number; readonly hours: number }
  | { readonly phase: 'during' }
  | { readonly phase: 'after' };

const wall = (iso: string): LocalDateTime => ({ kind: 'local-datetime', iso });

/**
 * Where `at` stands against the week, on the school's wall clock: the time left before its first
 * day (whole days and hours, rounded up to the hour so "0 giờ" is never shown before it starts),
 * under way until its last day is over, ended after.
 */
export function weekPhase(at: string, week: WeekSpan): WeekPhase {
  const now = wallMinutes(wall(at));
  const start = wallMinutes(wall(week.start.slice(0, 10) + 'T00:00'));
  const endOfLastDay = wallMinutes(wall(week.end.slice(0, 10) + 'T00:00')) + 24 * 60;
  if (now < start) {
    const hoursLeft = Math.ceil((start - now) / 60);
    return { phase: 'before', days: Math.floor(hoursLeft / 24), hours: hoursLeft % 24 };
  }
  return now < endOfLastDay ? { phase: 'during' } : { phase: 'after' };
}
