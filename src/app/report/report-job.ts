import type { LocalDateTime } from '../../core/cell';
import { spentDailyQuota } from '../../core/daily-quota';
import { catalogue } from '../../core/i18n/catalogue';
import { errorMessage } from '../../core/outbox/classify-error';
import type { Settings } from '../../core/plan';
import type { ReportModel } from '../../core/report';
import { LockUnavailableError, type DocumentsPort, type ReportDocumentHandle } from '../../ports';
import { releaseClaim, takeClaim } from '../claim';
import { executionDeadline, type Deadline } from '../deadline';
import { underLockOrBusy } from '../lock';
import { enqueueEntries } from '../outbox/outbox-store';
import { readSettings } from '../plan/settings-store';
import type { AppPorts } from '../ports-bundle';
import { buildReportModel } from './build-report';
import { writeFiguresTab } from './figures-tab';
import { reportLinkEntry } from './report-link-entry';
import {
  QUOTA_RETRY_MS,
  retryScheduledReport,
  scheduledReportDone,
  type ReportRetryPort,
} from './report-retry';

export type { ReportRetryPort } from './report-retry';

/** How long a report run waits for another run to finish writing the sheet. */
const LOCK_WAIT_MS = 30_000;

/** Property keys: the Doc of a year (kept so a rebuild updates it), and the final report's Doc. */
export const reportDocumentKey = (year: number | undefined): string => `report.document.${year ?? 'unknown'}`;
export const finalReportKey = (year: number | undefined): string => `report.final.${year ?? 'unknown'}`;
/** The script property naming the one report run that may write the Doc now (src/app/claim.ts). */
export const REPORT_CLAIM_KEY = 'report.claim';

export interface ReportJobOptions {
  /**
   * 'schedule': the time-driven run at the report time; once a final report of the year is
   * done a further firing changes nothing. 'now': the menu; always (re)builds.
   */
  readonly mode: 'schedule' | 'now';
  readonly at?: LocalDateTime;
}

export interface ReportJobPorts extends AppPorts {
  documents: DocumentsPort;
  /** The execution's deadline (src/app/deadline.ts): the claim ends with its lease. */
  deadline?: Deadline;
  /** Apps Script: the one-off run that retries the scheduled report. Locally runs never overlap. */
  reportRetry?: ReportRetryPort;
}

export interface ReportJobResult {
  /** Undefined when a scheduled run found the final report already done, or another run building it. */
  readonly model?: ReportModel;
  readonly document?: ReportDocumentHandle;
  /** Addresses the Doc is shared with (leadership only). */
  readonly sharedWith: readonly string[];
  /** True when the link mail was queued by this run (false: it already was, or no leadership). */
  readonly mailQueued: boolean;
  readonly alreadyDone: boolean;
  /**
   * Another run holds the report (or the sheet, past the wait): nothing was built here.
   * `retryAfterMs`: the scheduled report runs again this much later.
   */
  readonly busy?: { readonly scheduled: boolean; readonly retryAfterMs?: number };
  /** False when the Doc was written but the sheet stayed busy: no final mark, no link mail yet. */
  readonly recorded?: boolean;
}

/** What the locked first part hands to the Doc's writing. */
interface Begun {
  readonly begun: true;
  readonly settings: Settings | undefined;
  readonly model: ReportModel;
  readonly knownId: string | undefined;
}

/**
 * The report in three parts, so that no DocumentApp call ever holds the script lock (a report
 * of hundreds of Doc calls would keep every answer and every drain waiting):
 * 1. UNDER THE LOCK: Settings read; a scheduled run that finds the final report done changes
 *    nothing; the report's claim taken (another live run holds it: nothing is built, and a
 *    scheduled run leaves its retry pending); the tabs read and the model built.
 * 2. WITHOUT THE LOCK: the model rendered into the year's one Doc (a rebuild updates it in
 *    place) and shared with the leadership emails of Settings. The claim keeps every other
 *    report run out meanwhile; it lapses with this execution's lease if it is killed.
 * 3. UNDER THE LOCK again: the Doc's id and the final mark recorded, ONE link mail per document
 *    and kind queued through the outbox (the caller drains), the claim given up.
 */
export function runReportJob(ports: ReportJobPorts, options: ReportJobOptions): ReportJobResult {
  const deadline = ports.deadline ?? executionDeadline(ports.clock);
  let begun: Begun | ReportJobResult;
  try {
    begun = ports.lock.withLock(LOCK_WAIT_MS, () => begin(ports, options, deadline));
  } catch (error) {
    // The menu says the sheet is busy; the scheduled report must not be lost to a long Setup:
    // its retry is scheduled without the lock (two runs racing here leave two retries at most,
    // and the later one finds the report done).
    if (!(error instanceof LockUnavailableError) || options.mode !== 'schedule') throw error;
    return busy(true, retryScheduledReport(ports, undefined));
  }
  if (!('begun' in begun)) return begun;
  const started = begun;
  const { settings, model, knownId } = started;
  const leadership = settings?.leadershipEmails ?? [];
  let document: ReportDocumentHandle;
  try {
    document = ports.documents.render(model, knownId);
    // The claim keeps other report runs off this key: kept at once, so that a run killed
    // before recording updates this Doc instead of making a second one.
    ports.properties.set(reportDocumentKey(settings?.year), document.id);
    if (leadership.length > 0) ports.documents.share(document.id, leadership);
  } catch (error) {
    // The next run may build at once (a scheduled one's retry stays pending). Giving up this
    // execution's own claim needs no lock: another run that reads it first still sees it live
    // and refuses, one that reads it after finds none.
    releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
    // The day's documents spent: retrying at the lease's end would only fail again, so the
    // scheduled report's retry waits for the allowance instead.
    if (options.mode === 'schedule' && spentDailyQuota(errorMessage(error)) === 'documents')
      retryScheduledReport(ports, settings?.language, undefined, QUOTA_RETRY_MS);
    throw error;
  }
  return underLockOrBusy(
    ports.lock,
    LOCK_WAIT_MS,
    () => record(ports, started, document, deadline),
    () => {
      // Everything but the sheet is done: a retry or the next click renders into the same Doc
      // and records it. The claim is given up as above, without the lock.
      releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
      ports.log.error(catalogue(settings?.language).report.job.notRecorded);
      return {
        model,
        document,
        sharedWith: leadership,
        mailQueued: false,
        alreadyDone: false,
        recorded: false,
      };
    },
  );
}

/** Under the lock: the decision, the claim and the model. */
function begin(
  ports: ReportJobPorts,
  options: ReportJobOptions,
  deadline: Deadline,
): Begun | ReportJobResult {
  const settings = readSettings(ports.tables);
  const year = settings?.year;
  if (options.mode === 'schedule' && ports.properties.get(finalReportKey(year)) !== undefined) {
    // A retry that fired after the final report was made: nothing left pending.
    scheduledReportDone(ports);
    return { sharedWith: [], mailQueued: false, alreadyDone: true };
  }
  if (!takeClaim(ports.properties, REPORT_CLAIM_KEY, deadline, ports.clock.now().getTime())) {
    ports.log.info(catalogue(settings?.language).report.job.claimBusy);
    const scheduled = options.mode === 'schedule';
    return busy(scheduled, scheduled ? retryScheduledReport(ports, settings?.language) : undefined);
  }
  try {
    // A scheduled run killed while writing the Doc is retried once its claim has lapsed.
    if (options.mode === 'schedule') retryScheduledReport(ports, settings?.language, deadline);
    const model = buildReportModel(ports, options.at ? { at: options.at } : {});
    return { begun: true, settings, model, knownId: ports.properties.get(reportDocumentKey(year)) };
  } catch (error) {
    // A run that failed before writing anything must not keep the next one out.
    releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
    throw error;
  }
}

/** Under the lock: the Doc's id, the final mark, the link mail, the claim given up. */
function record(
  ports: ReportJobPorts,
  begun: Begun,
  document: ReportDocumentHandle,
  deadline: Deadline,
): ReportJobResult {
  const { settings, model } = begun;
  const year = settings?.year;
  ports.properties.set(reportDocumentKey(year), document.id);
  if (!model.preview) {
    ports.properties.set(finalReportKey(year), document.id);
    scheduledReportDone(ports);
  }
  // The district reads these across schools: the tab follows every report, preview or final.
  writeFiguresTab(ports.tables, model);
  const leadership = settings?.leadershipEmails ?? [];
  let mailQueued = false;
  if (leadership.length > 0 && settings) {
    const entry = reportLinkEntry(settings, model, document, leadership);
    mailQueued = enqueueEntries(ports.tables, [entry]).added.length > 0;
  } else {
    ports.log.error(catalogue(settings?.language).report.log.notShared);
  }
  releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
  return { model, document, sharedWith: leadership, mailQueued, alreadyDone: false, recorded: true };
}

function busy(scheduled: boolean, retryAfterMs: number | undefined): ReportJobResult {
  return {
    sharedWith: [],
    mailQueued: false,
    alreadyDone: false,
    busy: retryAfterMs === undefined ? { scheduled } : { scheduled, retryAfterMs },
  };
}
