import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { ClockPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';

/** The consumer Gmail allowance: recipients a day. */
export const DEFAULT_DAILY_LIMIT = 100;

/**
 * The local stand-in for MailApp's daily quota: recipients mailed per day of the school's
 * wall clock, kept in a small JSON file so that separate CLI runs share the count.
 */
export class DailyMailCounter {
  constructor(
    private readonly path: string,
    private readonly clock: ClockPort,
    readonly limit = DEFAULT_DAILY_LIMIT,
    private readonly timeZone = SCHOOL_TIME_ZONE,
  ) {}

  private today(): string {
    return toWallClock(this.clock.now(), this.timeZone).iso.slice(0, 10);
  }

  sentToday(): number {
    try {
      const state = JSON.parse(readFileSync(this.path, 'utf8')) as { day?: unknown; recipients?: unknown };
      return state.day === this.today() && typeof state.recipients === 'number' ? state.recipients : 0;
    } catch {
      return 0;
    }
  }

  remaining(): number {
    return Math.max(0, this.limit - this.sentToday());
  }

  add(recipients: number): void {
    const state = { day: this.today(), recipients: this.sentToday() + recipients };
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileAtomic(this.path, JSON.stringify(state));
  }
}
