import { join } from 'node:path';
import { announceLines, runAnnounce } from './announce-command';
import { DASHBOARD_FILE, runDashboard } from './dashboard-command';
import { localDateTime } from '../../core/cell';
import { SCHOOL_TIME_ZONE, toInstant } from '../../core/time-zone';
import type { Submission } from '../../app/forms/handle-form-submit';
import type { Language } from '../../core/plan';
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
  // The dashboard as the principal would see it on the evening of the week's last day.
  ctx.out(await runDashboard(run.workbookFile, DASHBOARD_FILE, { clock: { now: () => lastEvening(run) } }));
  return run;
}

const DEMO_DIR = 'out';

/** 20:00 on the last day the week played, in the school. */
function lastEvening(run: WeekRun): Date {
  const day = run.days[run.days.length - 1]?.date ?? '2021-10-07';
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return toInstant(localDateTime(year, month, date, 20, 0), SCHOOL_TIME_ZONE);
}

/** Everything was printed while playing; kept for the CLI's `demo` case. */
export function printDemo(_run: WeekRun, _ctx: RunContext): void {}
