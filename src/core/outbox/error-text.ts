import { catalogue } from '../i18n/catalogue';
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

/** Why an entry waits for tomorrow's quota. */
export const quotaDeferred = (language: Language): string => catalogue(language).outbox.error.quotaDeferred;

/** Why a row a killed run left 'đang gửi' is handed to the principal. */
export const interrupted = (language: Language): string => catalogue(language).outbox.error.interrupted;

function shorten(message: string): string {
  const one = message.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? `${one.slice(0, 300)}…` : one;
}
