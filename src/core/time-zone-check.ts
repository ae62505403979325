import { localDateTime, type LocalDateTime } from './cell';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock, utcOffsetMinutes } from './time-zone';

/**
 * Whether this engine's Intl computes the zone's clock correctly. Every date the product reads
 * or writes goes through it, and an engine with partial time-zone data gives no error: it gives
 * wrong or invalid dates. So Setup asks first, on fixed dates whose answers are known.
 */
export type TimeZoneCheck = { ok: true } | { ok: false; problem: string };

/** 08:00 on 05/10/2021 in the school is 01:00 UTC. */
const PROBE_WALL = localDateTime(2021, 10, 5, 8, 0);
const PROBE_UTC_MS = Date.UTC(2021, 9, 5, 1, 0);

/** Viet Nam's zone (and its old name): +07:00 all year since 1975. */
const PLUS_SEVEN = new Set([SCHOOL_TIME_ZONE, 'Asia/Saigon']);

const shown = (value: LocalDateTime): string => {
  const [date, time] = value.iso.split('T') as [string, string];
  return `${date.split('-').reverse().join('/')} ${time}`;
};

function offsetText(minutes: number): string {
  if (!Number.isFinite(minutes)) return String(minutes);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function firstProblem(zone: string): string | undefined {
  const utc = toWallClock(new Date(PROBE_UTC_MS), 'UTC');
  if (utc.iso !== '2021-10-05T01:00') return `giờ UTC đọc ra ${shown(utc)} thay vì 05/10/2021 01:00`;
  const offset = utcOffsetMinutes(new Date(PROBE_UTC_MS), zone);
  if (!Number.isFinite(offset)) return `không tính được độ lệch của múi giờ ${zone} so với UTC`;
  if (PLUS_SEVEN.has(zone) && offset !== 420) {
    return `độ lệch của múi giờ ${zone} so với UTC là ${offsetText(offset)} thay vì +07:00`;
  }
  const instant = toInstant(PROBE_WALL, zone);
  if (!Number.isFinite(instant.getTime())) return `không đổi được ${shown(PROBE_WALL)} ra một thời điểm`;
  const back = toWallClock(instant, zone);
  if (back.iso !== PROBE_WALL.iso) {
    return `đổi ${shown(PROBE_WALL)} ra thời điểm rồi đổi lại được ${shown(back)}`;
  }
  return undefined;
}

export function timeZoneSelfCheck(zone: string = SCHOOL_TIME_ZONE): TimeZoneCheck {
  try {
    const problem = firstProblem(zone);
    return problem === undefined ? { ok: true } : { ok: false, problem };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `Intl báo lỗi khi đọc giờ (${detail})` };
  }
}

/** Thrown by Setup when the check fails, before anything is written. */
export class TimeZoneUnavailableError extends Error {
  constructor(zone: string, problem: string) {
    super(
      `Máy chủ đang chạy script không tính đúng giờ theo múi giờ ${zone}: ${problem}. ` +
        'Nếu tiếp tục, mọi ngày giờ ghi vào bảng tính sẽ sai, nên Thiết lập đã dừng và chưa ghi gì vào bảng tính. ' +
        'Hãy chạy lại sau ít phút.',
    );
    this.name = 'TimeZoneUnavailableError';
  }
}
