import { join } from 'node:path';
import { announceLines, runAnnounce } from './announce-command';
import { DASHBOARD_FILE, runDashboard } from './dashboard-command';
import type { Submission } from '../../app/forms/handle-form-submit';
import { localDateTime } from '../../core/cell';
import type { Language } from '../../core/plan';
import { SCHOOL_TIME_ZONE, toInstant } from '../../core/time-zone';
import type { RunContext } from './commands';
import { defaultSpeed, isInteractive, playWeek } from './week-command';
import type { WeekRun } from '../week/run-week';

/**
 * `npm start` (`learning-week demo`): the whole week 28/09 – 07/10/2021 on the seed plan with
 * the sample roster and the sample responses, into out/. It clears its own outputs first
 * (workbook, properties, mail with the day's count, forms, announcements, calendar, report,
 * summary), so a second run gives the same summary. The day lines and the summary are printed
 * as the week is played, then the announcement kit is written from the week's workbook.
 */
export async function runDemo(
  ctx: RunContext,
  sampleResponses: () => readonly Submission[],
  language?: Language,
): Promise<WeekRun> {
  const run = await playWeek(
    { outDir: DEMO_DIR, speed: defaultSpeed(isInteractive()), ...(language ? { language } : {}) },
    ctx.out,
    sampleResponses,
  );
  // What reaches the families: the Zalo texts per class and the QR posters of the forms.
  const kit = await runAnnounce(run.workbookFile, join(DEMO_DIR, 'announce'), ctx);
  if (kit) for (const line of announceLines(kit)) ctx.out(line);
  // The end of the week: the demo's principal approves the proposal (demoReview), then the
  // decision draft, the certificates and the letter to the ward association are made.
  const { commendLines, runCommend } = await import('./commend-command');
  // Made at 17:30 of the week's last day, as the principal would, not at the machine's date.
  const at = lastDayAt(run, 17, 30);
  const commended = await runCommend(
    run.workbookFile,
    // The PDFs (one LibreOffice run) are `learning-week commend FILE --pdf`: the demo stays quick.
    { out: join(DEMO_DIR, 'commendation'), pdf: false, sent: true, demo: true },
    { ...ctx, clock: { now: () => at } },
  );
  if (commended) for (const line of commendLines(commended)) ctx.out(line);
  // The dashboard as the principal would see it on the evening of the week's last day.
  ctx.out(
    await runDashboard(run.workbookFile, DASHBOARD_FILE, { clock: { now: () => lastDayAt(run, 20, 0) } }),
  );
  return run;
}

const DEMO_DIR = 'out';

/** A time of the last day the week played, in the school. */
function lastDayAt(run: WeekRun, hour: number, minute: number): Date {
  const day = run.days[run.days.length - 1]?.date ?? '2021-10-07';
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return toInstant(localDateTime(year, month, date, hour, minute), SCHOOL_TIME_ZONE);
}

/** Everything was printed while playing; kept for the CLI's `demo` case. */
export function printDemo(_run: WeekRun, _ctx: RunContext): void {}
