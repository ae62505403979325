/**
 * What a mailer error means for the ledger. Apps Script words its errors in the account's
 * language, so the words are a hint, never the evidence: after a failed send the drain reads
 * the remaining quota again (`classifyFailure`), and none left for the mail means the quota,
 * whatever the words. The patterns below know English, Vietnamese and SMTP replies.
 * - transient: try again soon (back-off within the run, later across runs);
 * - quota: the 24-hour allowance is gone, tried again when it is back;
 * - other: not recognised; tried again over a few runs before the entry fails.
 */
export type ErrorClass = 'transient' | 'quota' | 'other';

const QUOTA = [
  /too many times for one day/i,
  /daily (sending )?(limit|quota)/i,
  /\bquota\b/i,
  /hạn mức/i,
  /quá nhiều lần trong (một )?ngày/i,
  /\b(452|550)[ -]5\.4\.5\b/, // Gmail SMTP: daily sending limit exceeded
];

const TRANSIENT = [
  /too many times in a short time/i,
  /service unavailable/i,
  /service error/i,
  /quá nhiều lần trong (một )?(khoảng )?thời gian ngắn/i,
  /không (khả dụng|phản hồi)|tạm thời/i,
  /lỗi dịch vụ/i,
  /thử lại sau/i,
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

/**
 * A failed send, classified by what happened: `quotaLeft` is the remaining quota read again
 * right after the failure (undefined when that read failed too). Fewer recipients left than
 * the mail has is the quota, in any language; otherwise the words decide.
 */
export function classifyFailure(
  message: string,
  responseCode: number | undefined,
  quotaLeft: number | undefined,
  recipients: number,
): ErrorClass {
  if (quotaLeft !== undefined && quotaLeft < recipients) return 'quota';
  return classifyMailError(message, responseCode);
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
