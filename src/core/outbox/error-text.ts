import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatDayDateTime } from '../i18n/dates';
import type { Language } from '../plan';
import type { ErrorClass } from './classify-error';

/** The last-error column in plain words, with the service's own words kept for support. */
export function describeMailError(
  kind: ErrorClass,
  message: string,
  attempts: number,
  maxAttempts: number,
  language: Language,
): string {
  const t = catalogue(language).outbox.error;
  const original = shorten(message);
  switch (kind) {
    case 'transient':
      return t.transient(attempts, original);
    case 'quota':
      return t.quota(original);
    case 'other':
      return attempts >= maxAttempts
        ? t.gaveUp(attempts, original)
        : t.willRetry(attempts, maxAttempts, original);
  }
}

/** Why an entry waits for the quota, and when it is expected back (unknown: every drain checks). */
export function quotaDeferred(language: Language, back: LocalDateTime | undefined): string {
  const t = catalogue(language).outbox.error;
  return back ? t.quotaDeferred(formatDayDateTime(back, language)) : t.quotaDeferredUnknown;
}

/**
 * Why an entry waits for more than the coming reset: the more urgent mail before it fills
 * `windows - 1` whole windows first; `at`, when it should go (unknown: every drain checks).
 */
export function quotaDeferredBehind(
  language: Language,
  windows: number,
  at: LocalDateTime | undefined,
): string {
  const t = catalogue(language).outbox.error;
  return at && Number.isFinite(windows)
    ? t.quotaDeferredBehind(windows, formatDayDateTime(at, language))
    : t.quotaDeferredUnknown;
}

/** Why a reminder that can no longer arrive before its activity was not sent. */
export const reminderTooLate = (language: Language, day: LocalDateTime): string =>
  catalogue(language).outbox.error.reminderTooLate(formatDayDate(day, language));

/** An error nothing recognised, tried again later. */
export const unknownRetry = (
  language: Language,
  attempts: number,
  maxAttempts: number,
  at: LocalDateTime,
  message: string,
): string =>
  catalogue(language).outbox.error.unknownRetry(
    attempts,
    maxAttempts,
    formatDayDateTime(at, language),
    shorten(message),
  );

/** Why a row a killed run left 'đang gửi' is handed to the principal. */
export const interrupted = (language: Language): string => catalogue(language).outbox.error.interrupted;

function shorten(message: string): string {
  const one = message.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? `${one.slice(0, 300)}…` : one;
}
