import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClockPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';

/** The consumer Gmail allowance: recipients a day. */
export const DEFAULT_DAILY_LIMIT = 100;

/** The counter's file, beside the mail it counts. */
export const DAILY_COUNT_FILE = '.daily-count.json';

/** Apps Script's quotas "reset 24 hours after the first request", not at midnight. */
const WINDOW_MS = 24 * 3_600_000;

/**
 * The local stand-in for MailApp's daily quota, counted as Apps Script counts it: recipients
 * mailed in a window that opens at the first send and resets 24 hours later. Kept in a small
 * JSON file so that separate CLI runs share the count.
 */
export class DailyMailCounter {
  constructor(
    private readonly path: string,
    private readonly clock: ClockPort,
    readonly limit = DEFAULT_DAILY_LIMIT,
  ) {}

  /** The open window, if the last one has not reset yet. */
  private window(): { startMs: number; recipients: number } | undefined {
    try {
      const state = JSON.parse(readFileSync(this.path, 'utf8')) as {
        startMs?: unknown;
        recipients?: unknown;
      };
      const { startMs, recipients } = state;
      if (typeof startMs !== 'number' || typeof recipients !== 'number') return undefined;
      return this.clock.now().getTime() < startMs + WINDOW_MS ? { startMs, recipients } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Recipients mailed in the open window. */
  sentInWindow(): number {
    return this.window()?.recipients ?? 0;
  }

  remaining(): number {
    return Math.max(0, this.limit - this.sentInWindow());
  }

  add(recipients: number): void {
    const open = this.window() ?? { startMs: this.clock.now().getTime(), recipients: 0 };
    const state = { startMs: open.startMs, recipients: open.recipients + recipients };
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileAtomic(this.path, JSON.stringify(state));
  }
}
