import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import type { ClockPort, LogPort } from '../../ports';
import { cliLanguage } from '../runtime/cli-text';

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

/**
 * "thứ Sáu, 01/10/2021: 45 thư đã gửi, 30 thư chờ hạn mức hôm sau, 12 phản hồi, …". The language
 * is the week's (its --language), which the CLI chose before the week was played.
 */
export function dayLine(t: DayTally, lang: Language = cliLanguage()): string {
  const w = catalogue(lang).cli.week;
  const parts = [w.sent(t.sent)];
  if (t.deferred > 0) parts.push(w.deferred(t.deferred));
  if (t.failed > 0) parts.push(w.failed(t.failed));
  const extra = [
    t.duplicates > 0 ? w.duplicates(t.duplicates) : '',
    t.flagged > 0 ? w.flagged(t.flagged) : '',
  ]
    .filter(Boolean)
    .join(', ');
  parts.push(w.responses(t.responses, extra));
  if (t.reminders > 0) parts.push(w.reminders(t.reminders));
  if (t.calendarChanges > 0) parts.push(w.calendarChanges(t.calendarChanges));
  const notes = t.notes.length > 0 ? ` — ${t.notes.join('; ')}` : '';
  return `${t.label}: ${parts.join(', ')}${notes}`;
}
