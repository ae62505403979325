/**
 * The value of one spreadsheet cell as the core sees it, whatever the runtime.
 *
 * Dates are *wall-clock* times of the school (Asia/Ho_Chi_Minh by default), never instants:
 * a principal who types "05/10/2021 08:00" means eight o'clock in the school, whatever zone
 * the spreadsheet, the script or the test machine is in. Each adapter converts its own date
 * representation (Apps Script `Date` in the spreadsheet's zone, exceljs floating dates) to
 * and from this one, so the core never calls `new Date()` on a cell.
 */
export interface LocalDateTime {
  readonly kind: 'local-datetime';
  /** `YYYY-MM-DDTHH:mm` (seconds are dropped: the plan works in minutes). */
  readonly iso: string;
}

export type Cell = string | number | boolean | LocalDateTime | null;

export type Grid = Cell[][];

export function isLocalDateTime(value: unknown): value is LocalDateTime {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'local-datetime' &&
    typeof (value as { iso?: unknown }).iso === 'string'
  );
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Builds a wall-clock value; month is 1-based. Throws on impossible dates (programming error). */
export function localDateTime(year: number, month: number, day: number, hour = 0, minute = 0): LocalDateTime {
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day ||
    probe.getUTCHours() !== hour ||
    probe.getUTCMinutes() !== minute
  ) {
    throw new RangeError(`impossible date ${year}-${month}-${day} ${hour}:${minute}`);
  }
  return {
    kind: 'local-datetime',
    iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
  };
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function partsOf(value: LocalDateTime): DateParts {
  const [date, time] = value.iso.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

/** Minutes since 1970-01-01T00:00 of the same wall clock: for ordering and differences only. */
export function wallMinutes(value: LocalDateTime): number {
  const p = partsOf(value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 60000;
}

/** 0 = Sunday … 6 = Saturday, from the wall-clock date alone (no time zone involved). */
export function weekdayOf(value: LocalDateTime): number {
  const p = partsOf(value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/**
 * The wall clock whose fields are the UTC fields of `d` (a "floating" date, as exceljs and our
 * own arithmetic use them). Never for real instants: those go through time-zone.ts.
 */
export function fromUtcFields(d: Date): LocalDateTime {
  return localDateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
}

export function addDays(value: LocalDateTime, days: number): LocalDateTime {
  const p = partsOf(value);
  return fromUtcFields(new Date(Date.UTC(p.year, p.month - 1, p.day + days, p.hour, p.minute)));
}

export function addMinutes(value: LocalDateTime, minutes: number): LocalDateTime {
  return fromUtcFields(new Date((wallMinutes(value) + minutes) * 60_000));
}

export function withTime(value: LocalDateTime, hour: number, minute = 0): LocalDateTime {
  const p = partsOf(value);
  return localDateTime(p.year, p.month, p.day, hour, minute);
}

export function sameCell(a: Cell, b: Cell): boolean {
  if (isLocalDateTime(a) || isLocalDateTime(b)) {
    return isLocalDateTime(a) && isLocalDateTime(b) && a.iso === b.iso;
  }
  return a === b;
}
