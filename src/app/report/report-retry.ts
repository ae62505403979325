import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import type { ClockPort, LogPort, PropertiesPort } from '../../ports';
import { LEASE_MARGIN_MS, type Deadline } from '../deadline';

/**
 * The one-off run that retries the scheduled report (Apps Script: a trigger of the report's
 * handler). At most one is ever listed: scheduling replaces the previous one, fired or not, so
 * retries never eat into Apps Script's 20 triggers per user and script.
 */
export interface ReportRetryPort {
  /** One run of the scheduled report `afterMs` from now, in place of the one pending. */
  schedule(afterMs: number): void;
  /** Deletes the pending retry, if any. */
  cancel(): void;
}

/**
 * A scheduled run refused because another run holds the report tries again this much later:
 * a report takes well under a minute to write, and a holder that was killed keeps its claim
 * until its lease ends (at most 8 minutes after it started), so a few retries find it free.
 */
export const REPORT_RETRY_MS = 2 * 60_000;
/**
 * A scheduled report refused by the account's daily documents allowance tries again this much
 * later. The allowance comes back 24 hours after its first use; such a run spends two of the
 * retries (the watchdog set when it began, then this one), so the five it may make reach 25 hours.
 */
export const QUOTA_RETRY_MS = 5 * 3600_000;
/** Retries of one year's scheduled report before it is left to the menu (a report that always fails). */
export const MAX_REPORT_RETRIES = 10;
const ATTEMPTS_KEY = 'report.retry.attempts';

interface RetryPorts {
  readonly properties: PropertiesPort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  readonly reportRetry?: ReportRetryPort;
}

/**
 * Under the lock: makes sure the scheduled report runs again. Without `deadline` (another run
 * holds the report) in REPORT_RETRY_MS; with it (this run builds) as a watchdog once this
 * execution's lease has ended, should it be killed while writing the Doc. Returns the delay,
 * or undefined when no retry is pending (none possible here, retries spent, too many triggers).
 */
export function retryScheduledReport(
  ports: RetryPorts,
  language: Language | undefined,
  deadline?: Deadline,
  /** A wait of its own (QUOTA_RETRY_MS), in place of the lock's or the lease's. */
  waitMs?: number,
): number | undefined {
  const retry = ports.reportRetry;
  if (!retry) return undefined;
  const t = catalogue(language).report.job;
  const attempts = Number(ports.properties.get(ATTEMPTS_KEY) ?? '0') || 0;
  if (attempts >= MAX_REPORT_RETRIES) {
    ports.log.error(t.retriesSpent(attempts));
    return undefined;
  }
  const afterMs =
    waitMs ??
    (deadline
      ? Math.max(REPORT_RETRY_MS, deadline.leaseEndMs - ports.clock.now().getTime() + LEASE_MARGIN_MS)
      : REPORT_RETRY_MS);
  try {
    retry.schedule(afterMs);
  } catch (error) {
    // Too many triggers, say: the principal is told how to make the report by hand.
    ports.log.error(t.retryFailed(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  ports.properties.set(ATTEMPTS_KEY, String(attempts + 1));
  return afterMs;
}

/** Under the lock, once the final report is recorded: no retry left pending, the count reset. */
export function scheduledReportDone(ports: RetryPorts): void {
  if (!ports.reportRetry) return;
  if (ports.properties.get(ATTEMPTS_KEY) === undefined) return;
  ports.properties.delete(ATTEMPTS_KEY);
  try {
    ports.reportRetry.cancel();
  } catch (error) {
    // A retry left listed finds the final report done and changes nothing.
    ports.log.error(error instanceof Error ? error.message : String(error));
  }
}
