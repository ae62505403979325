import type { ClockPort, LogPort } from '../../ports';

/** The simulated clock: set to each step's instant before the step runs. */
export class SimulatedClock implements ClockPort {
  private instant: Date;

  constructor(start: Date) {
    this.instant = start;
  }

  set(instant: Date): void {
    this.instant = instant;
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }
}

/** The use cases' log during the week: kept for the summary, not printed over the progress. */
export class CollectingLog implements LogPort {
  readonly errors: string[] = [];
  readonly infos: string[] = [];

  info(message: string): void {
    this.infos.push(message);
  }

  error(message: string): void {
    this.errors.push(message);
  }
}

/** What one simulated day did: the progress line's figures. */
export interface DayTally {
  readonly date: string;
  /** "thứ Sáu, 01/10/2021" */
  readonly label: string;
  sent: number;
  /** Mails still waiting at the day's end (for the next day's quota). */
  deferred: number;
  failed: number;
  responses: number;
  duplicates: number;
  flagged: number;
  reminders: number;
  calendarChanges: number;
  notes: string[];
}

export function emptyTally(date: string, label: string): DayTally {
  return {
    date,
    label,
    sent: 0,
    deferred: 0,
    failed: 0,
    responses: 0,
    duplicates: 0,
    flagged: 0,
    reminders: 0,
    calendarChanges: 0,
    notes: [],
  };
}

/** "thứ Sáu, 01/10/2021: 45 thư đã gửi, 30 thư chờ hạn mức hôm sau, 12 phản hồi, …" */
export function dayLine(t: DayTally): string {
  const parts = [`${t.sent} thư đã gửi`];
  if (t.deferred > 0) parts.push(`${t.deferred} thư chờ hạn mức hôm sau`);
  if (t.failed > 0) parts.push(`${t.failed} thư thất bại`);
  const extra = [
    t.duplicates > 0 ? `${t.duplicates} trùng` : '',
    t.flagged > 0 ? `${t.flagged} cần xem lại` : '',
  ]
    .filter(Boolean)
    .join(', ');
  parts.push(`${t.responses} phản hồi${extra ? ` (${extra})` : ''}`);
  if (t.reminders > 0) parts.push(`${t.reminders} thư nhắc lịch`);
  if (t.calendarChanges > 0) parts.push(`lịch: ${t.calendarChanges} thay đổi`);
  const notes = t.notes.length > 0 ? ` — ${t.notes.join('; ')}` : '';
  return `${t.label}: ${parts.join(', ')}${notes}`;
}
