import { formatPercent } from '../../core/forms/attendance';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { textTable } from '../runtime/text-table';
import type { WeekSummary } from './week-summary';

const shorten = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The end-of-week summary for a principal: one table of figures, one of the sessions. */
export function summaryLines(s: WeekSummary, outDir: string, lang: Language): string[] {
  const t = catalogue(lang).cli.summary;
  const rows: [string, string][] = [
    [t.activities, String(s.plan.activities)],
    [t.peopleFamilies, `${s.plan.people} / ${s.plan.families}`],
    [t.planCheck, t.findings(s.findings.errors, s.findings.warnings)],
    [t.calendarEvents, t.calendar(s.calendar.events, s.calendar.cancelled, s.calendar.guests)],
    [t.queued, String(s.mail.queued)],
    [t.sent, String(s.mail.sent)],
    [t.deferred, String(s.mail.deferred)],
    [t.failed, String(s.mail.failed)],
    [t.sentLater, t.sentLaterValue(s.mail.sentLater, s.mail.dailyLimit)],
    [t.responses, t.responsesValue(s.responses.received, s.responses.duplicates, s.responses.flagged)],
    [
      t.opening(formatPercent(s.opening.targetPercent)),
      t.openingValue(s.opening.registered, s.opening.present, s.opening.staff, t.met(s.opening.targetMet)),
    ],
    [
      t.nominations,
      t.nominationsValue(s.nominations.total, s.nominations.withConsent, s.nominations.withoutConsent),
    ],
    [t.report, s.files.report ? `${outDir}/${s.files.report}` : t.noReport],
    [t.workbook, `${outDir}/${s.files.workbook}`],
  ];
  const sessions = s.sessions.map((x) => [
    x.id,
    shorten(x.title),
    x.capacity === null ? t.unlimited(x.seated) : `${x.seated}/${x.capacity}`,
    String(x.waiting),
  ]);
  return [
    '',
    t.heading,
    ...textTable(t.figureHeaders, rows),
    '',
    ...textTable(t.sessionHeaders, sessions),
    '',
    t.files(outDir),
  ];
}
