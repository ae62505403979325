import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey, type OutboxEntry } from '../../core/outbox/entry';
import type { Settings } from '../../core/plan';
import type { ReportModel } from '../../core/report';
import { reportLinkMail } from '../../core/report/report-link-mail';
import type { ReportDocumentHandle } from '../../ports';

/**
 * The leadership's link mail as an outbox entry. Its key names the year, the kind and the Doc
 * (`report-mail:<year>:<final|preview>:<docId>`), so a rebuild of the same Doc, a duplicated
 * trigger delivery or a retry queues it once.
 */
export function reportLinkEntry(
  settings: Settings,
  model: ReportModel,
  document: ReportDocumentHandle,
  leadership: readonly string[],
): OutboxEntry {
  const year = settings.year;
  const mail = reportLinkMail({
    language: settings.language,
    school: settings.school,
    ...(year === undefined ? {} : { year }),
    url: document.url,
    preview: model.preview,
    headline: model.headline,
    ...(settings.senderName ? { senderName: settings.senderName } : {}),
  });
  const key = outboxKey('report-mail', String(year ?? ''), model.preview ? 'preview' : 'final', document.id);
  return mailEntry(
    {
      key,
      to: leadership,
      mail,
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
      ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
    },
    model.at,
  );
}
