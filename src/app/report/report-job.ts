import type { LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { readSettings } from '../plan/settings-store';
import { reportLinkMail } from '../../core/report/report-link-mail';
import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey } from '../../core/outbox/entry';
import type { ReportModel } from '../../core/report';
import type { DocumentsPort, ReportDocumentHandle } from '../../ports';
import { buildReportModel } from './build-report';
import { enqueueEntries } from '../outbox/outbox-store';
import type { AppPorts } from '../ports-bundle';

/** How long a report run waits for another run to finish writing. */
const LOCK_WAIT_MS = 30_000;

/** Property keys: the Doc of a year (kept so a rebuild updates it), and the final report's Doc. */
export const reportDocumentKey = (year: number | undefined): string => `report.document.${year ?? 'unknown'}`;
export const finalReportKey = (year: number | undefined): string => `report.final.${year ?? 'unknown'}`;

export interface ReportJobOptions {
  /**
   * 'schedule': the time-driven run at the report time; once a final report of the year is
   * done a further firing changes nothing. 'now': the menu; always (re)builds.
   */
  readonly mode: 'schedule' | 'now';
  readonly at?: LocalDateTime;
}

export interface ReportJobResult {
  /** Undefined when a scheduled run found the final report already done. */
  readonly model?: ReportModel;
  readonly document?: ReportDocumentHandle;
  /** Addresses the Doc is shared with (leadership only). */
  readonly sharedWith: readonly string[];
  /** True when the link mail was queued by this run (false: it already was, or no leadership). */
  readonly mailQueued: boolean;
  readonly alreadyDone: boolean;
}

/**
 * Builds the report model, renders it into the year's one Doc (a rebuild updates it in place),
 * shares it with the leadership emails of Settings and queues ONE link mail per document and
 * kind (`report-mail:<year>:<final|preview>:<docId>`) through the outbox; the caller drains.
 * All under the script lock, so a duplicated trigger delivery waits and then finds it done.
 */
export function runReportJob(
  ports: AppPorts & { documents: DocumentsPort },
  options: ReportJobOptions,
): ReportJobResult {
  return ports.lock.withLock(LOCK_WAIT_MS, () => {
    const settings = readSettings(ports.tables);
    const year = settings?.year;
    if (options.mode === 'schedule' && ports.properties.get(finalReportKey(year)) !== undefined) {
      return { sharedWith: [], mailQueued: false, alreadyDone: true };
    }
    const model = buildReportModel(ports, options.at ? { at: options.at } : {});
    const document = ports.documents.render(model, ports.properties.get(reportDocumentKey(year)));
    ports.properties.set(reportDocumentKey(year), document.id);
    if (!model.preview) ports.properties.set(finalReportKey(year), document.id);

    const leadership = settings?.leadershipEmails ?? [];
    if (leadership.length > 0) ports.documents.share(document.id, leadership);
    let mailQueued = false;
    if (leadership.length > 0 && settings) {
      const mail = reportLinkMail({
        language: settings.language,
        school: settings.school,
        ...(year === undefined ? {} : { year }),
        url: document.url,
        preview: model.preview,
        headline: model.headline,
        ...(settings.senderName ? { senderName: settings.senderName } : {}),
      });
      const key = outboxKey(
        'report-mail',
        String(year ?? ''),
        model.preview ? 'preview' : 'final',
        document.id,
      );
      const entry = mailEntry(
        {
          key,
          to: leadership,
          mail,
          ...(settings.senderName ? { senderName: settings.senderName } : {}),
          ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
        },
        model.at,
      );
      mailQueued = enqueueEntries(ports.tables, [entry]).added.length > 0;
    } else {
      ports.log.error(catalogue(settings?.language).report.log.notShared);
    }
    return { model, document, sharedWith: leadership, mailQueued, alreadyDone: false };
  });
}
