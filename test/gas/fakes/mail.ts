import type { FakeClock } from './clock';
import type { ErrorFactory } from './faults';
import { SERVICE_ERRORS, type AccountLanguage } from './mail-errors';
import { DEFAULT_USER } from './users';
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

/** One user's quota window: it opened at their first counted send and lasts 24 hours. */
interface QuotaWindow {
  readonly startMs: number;
  used: number;
}

/** "Quotas are per user and reset 24 hours after the first request" (the quotas page). */
export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/**
 * MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): records what was
 * sent; the quota follows https://developers.google.com/apps-script/guides/services/quotas —
 * recipients, not mails, are counted ("Email recipients per day"), per user (the execution's
 * effective user: a trigger's creator, a menu's clicker), in a window that opens at that user's
 * first send and resets 24 hours after it, not at midnight. getRemainingDailyQuota() ("the
 * number of remaining emails a user can send for the rest of the day") reads the same window.
 * Beyond it sendEmail throws the daily-quota error, worded in the account's language
 * (mail-errors.ts). `overstate` makes getRemainingDailyQuota promise more than is left (the
 * counter lags in real life), so the drain meets the error itself.
 */
export class FakeMailApp {
  readonly sent: SentMail[] = [];
  dailyQuota: number;
  sendMs: number;
  overstate = 0;
  private readonly windows = new Map<string, QuotaWindow>();

  constructor(
    private readonly rec: Recorder,
    private readonly clock: FakeClock,
    options: FakeMailOptions = {},
    private readonly errors: ErrorFactory = { make: (message) => new Error(message) },
    /** The execution's effective user, whose quota a send spends. */
    private readonly user: () => string = () => DEFAULT_USER,
    /** The account's language, in which the quota error is worded. */
    private readonly language: () => AccountLanguage = () => 'en',
  ) {
    this.dailyQuota = options.dailyQuota ?? 100;
    this.sendMs = options.sendMs ?? 300;
  }

  /** Recipients left in the current user's window, as the test sees it. */
  left(user = this.user()): number {
    const window = this.openWindow(user);
    return Math.max(0, this.dailyQuota - (window?.used ?? 0));
  }

  /** When the user's window resets (ms), if one is open. */
  resetsAtMs(user = this.user()): number | undefined {
    const window = this.openWindow(user);
    return window ? window.startMs + QUOTA_WINDOW_MS : undefined;
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
    const user = this.user();
    if (recipients > this.left(user)) throw this.errors.make(SERVICE_ERRORS[this.language()].mailDaily);
    const window = this.openWindow(user) ?? { startMs: this.clock.nowMs, used: 0 };
    window.used += recipients;
    this.windows.set(user, window);
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

  /** The user's window if it is still open; a window 24 hours old has reset. */
  private openWindow(user: string): QuotaWindow | undefined {
    const window = this.windows.get(user);
    if (window && this.clock.nowMs < window.startMs + QUOTA_WINDOW_MS) return window;
    this.windows.delete(user);
    return undefined;
  }
}
