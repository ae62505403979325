/**
 * What a mailer error means for the ledger. Apps Script reports everything as an Error whose
 * message is the only clue, so the messages are matched (English and Vietnamese UIs).
 * - transient: try again soon (back-off within the run, later across runs);
 * - quota: today's allowance is gone, never retried before tomorrow;
 * - other: counted; the entry fails after the configured number of attempts.
 */
export type ErrorClass = 'transient' | 'quota' | 'other';

const QUOTA = [
  /too many times for one day/i,
  /daily (sending )?(limit|quota)/i,
  /\bquota\b/i,
  /hạn mức/i,
  /\b(452|550)[ -]5\.4\.5\b/, // Gmail SMTP: daily sending limit exceeded
];

const TRANSIENT = [
  /too many times in a short time/i,
  /service unavailable/i,
  /temporar(y|ily)/i,
  /timed? ?out|timeout/i,
  /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ESOCKET|ECONNECTION|EAI_AGAIN/,
  /connection (reset|closed|lost)/i,
  /try again/i,
  /^\s*4\d\d\b/, // SMTP 4xx reply
  /\b4\d\d[ -]4\.\d+\.\d+\b/, // enhanced status 4.x.x
  /\bresponseCode\W+4\d\d\b/,
];

export function classifyMailError(message: string, responseCode?: number): ErrorClass {
  if (QUOTA.some((re) => re.test(message))) return 'quota';
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) return 'transient';
  if (TRANSIENT.some((re) => re.test(message))) return 'transient';
  return 'other';
}

/** The message of anything thrown, without crashing on odd throwables. */
export function errorMessage(error: unknown): string {
  // Duck-typed: an Error thrown in another realm (Apps Script services, a vm) fails instanceof.
  const e = error as { message?: unknown; name?: unknown } | null;
  if (e && typeof e === 'object' && typeof e.message === 'string') {
    return e.message || (typeof e.name === 'string' ? e.name : 'Error');
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** An SMTP reply code carried on the error (nodemailer sets `responseCode`). */
export function errorResponseCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' ? code : undefined;
}
