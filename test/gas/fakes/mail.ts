import { toWallClock } from '../../../src/core/time-zone';
import type { FakeClock } from './clock';
import { DAILY_QUOTA_ERROR, type ErrorFactory } from './faults';
import type { Recorder } from './recorder';

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly atMs: number;
}

export interface FakeMailOptions {
  /** Recipients a day (consumer accounts: 100). */
  dailyQuota?: number;
  /** How long one sendEmail takes on the fake clock. */
  sendMs?: number;
}

/**
 * MailApp: records what was sent; the quota is per recipient and comes back at midnight (script
 * zone) of the fake clock. Beyond it sendEmail throws Apps Script's daily-quota error.
 * `overstate` makes getRemainingDailyQuota promise more than is left (the counter lags in real
 * life), so the drain meets the error itself.
 */
export class FakeMailApp {
  readonly sent: SentMail[] = [];
  dailyQuota: number;
  sendMs: number;
  overstate = 0;
  private usedToday = 0;
  private day = '';

  constructor(
    private readonly rec: Recorder,
    private readonly clock: FakeClock,
    private readonly zone: string,
    options: FakeMailOptions = {},
    private readonly errors: ErrorFactory = { make: (message) => new Error(message) },
  ) {
    this.dailyQuota = options.dailyQuota ?? 100;
    this.sendMs = options.sendMs ?? 300;
  }

  /** Recipients left today, as the test sees it. */
  left(): number {
    this.rollDay();
    return Math.max(0, this.dailyQuota - this.usedToday);
  }

  getRemainingDailyQuota(): number {
    this.rec.hit('MailApp.getRemainingDailyQuota');
    return this.left() + this.overstate;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(a: GoogleAppsScript.Mail.MailAdvancedParameters | string, subject?: string, body?: string): void {
    this.rec.hit('MailApp.sendEmail');
    const message: GoogleAppsScript.Mail.MailAdvancedParameters =
      typeof a === 'string' ? { to: a, subject: subject ?? '', body: body ?? '' } : a;
    const to = String(message.to ?? '').trim();
    if (to === '') throw this.errors.make('Failed to send email: no recipient');
    if (/[\r\n]/.test(to) || /[\r\n]/.test(message.subject ?? ''))
      throw this.errors.make('Invalid argument: header');
    const recipients = to.split(',').filter((r) => r.trim() !== '').length;
    this.clock.advance(this.sendMs);
    if (recipients > this.left()) throw this.errors.make(DAILY_QUOTA_ERROR);
    this.usedToday += recipients;
    this.sent.push({
      to,
      subject: message.subject ?? '',
      body: message.body ?? '',
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.name !== undefined ? { name: message.name } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      atMs: this.clock.nowMs,
    });
  }

  private rollDay(): void {
    const day = toWallClock(this.clock.now(), this.zone).iso.slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.usedToday = 0;
    }
  }
}
