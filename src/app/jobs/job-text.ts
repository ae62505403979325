import type { DrainResult } from '../outbox/drain-outbox';
import type { PurgeResult } from '../privacy/purge-personal-data';
import type { ReportJobResult } from '../report/report-job';
import type { SendInvitationsResult } from '../outbox/send-invitations';
import type { SetupResult } from '../plan/setup';

import type { Language } from '../../core/plan';
import { catalogue } from '../../core/i18n/catalogue';

/** What the jobs tell the person who ran them (a dialog in Apps Script, the log in a trigger). */

export function setupSummary(result: SetupResult, lang: Language): string {
  const t = catalogue(lang).jobs.setup;
  const lines: string[] = [];
  lines.push(
    result.createdTabs.length > 0
      ? t.createdTabs(result.createdTabs.length, result.createdTabs.join(', '))
      : t.tabsPresent,
  );
  for (const repaired of result.repairedHeaders) {
    lines.push(t.repairedHeaders(repaired.tab, repaired.headers.join(', ')));
  }
  if (result.addedSettings.length > 0) {
    lines.push(t.addedSettings(result.addedSettings.length, result.addedSettings.join(', ')));
  }
  lines.push(
    result.filledDefaultPlan ? t.filledPlan(result.activities, result.people, result.families) : t.keptData,
  );
  return lines.join('\n');
}

export function invitationSummary(
  queued: SendInvitationsResult,
  drained: DrainResult,
  lang: Language,
): string {
  const lines = [capitalise(queued.message, lang), capitalise(drained.message, lang)];
  if (drained.deferred > 0 || drained.remaining > 0)
    lines.push(catalogue(lang).jobs.invitations.deferredNote);
  return lines.join('\n');
}

function capitalise(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * The dialog (or log) after a purge: what was removed, tab by tab, and what was kept, so the
 * principal has it confirmed in writing; before the date, when it will happen.
 */
export function purgeSummary(result: PurgeResult, lang: Language): string {
  if (result.status !== 'purged' || result.dryRun) return result.message;
  const t = catalogue(lang).jobs.purge;
  return [
    result.headline ?? result.message,
    t.removed,
    ...result.lines.map((line) => `• ${line}`),
    t.whatChanged,
  ].join('\n');
}

/** What "Tạo báo cáo ngay" (or the trigger's log) says after a report run. */
export function reportSummary(result: ReportJobResult, lang: Language): string {
  const t = catalogue(lang).jobs.report;
  if (result.alreadyDone || !result.model || !result.document) return t.alreadyDone;
  const lines = [
    t.made(result.document.created, result.model.preview, result.document.url),
    ...result.model.headline.map((h) => `- ${h.label}: ${h.value}`),
  ];
  lines.push(result.sharedWith.length > 0 ? t.sharedWith(result.sharedWith.join(', ')) : t.notShared);
  if (result.mailQueued) lines.push(t.mailQueued);
  return lines.join('\n');
}
