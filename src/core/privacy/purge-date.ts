import { addDays, withTime, type LocalDateTime } from '../cell';

/**
 * When families' personal data goes: the last day of the week plus "Thời hạn lưu dữ liệu cá
 * nhân" (Settings, 90 days by default) are kept in full; the purge is due from 00:00 of the
 * day after, on the school's wall clock. Wall clock in, wall clock out: the machine's zone never
 * enters (the caller turns the instant "now" into the school's time with Settings' zone).
 *
 * Week ending 07/10/2021, 90 days: kept through 05/01/2022, due from 06/01/2022 00:00.
 */
export function purgeDueAt(weekEnd: LocalDateTime, retentionDays: number): LocalDateTime {
  const days = Number.isFinite(retentionDays) && retentionDays >= 0 ? Math.floor(retentionDays) : 90;
  return addDays(withTime(weekEnd, 0, 0), days + 1);
}

export function isPurgeDue(now: LocalDateTime, weekEnd: LocalDateTime, retentionDays: number): boolean {
  return now.iso >= purgeDueAt(weekEnd, retentionDays).iso;
}
