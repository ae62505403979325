import type { Submission } from '../../app/forms/handle-form-submit';
import type { Language } from '../../core/plan';
import type { RunContext } from './commands';
import { defaultSpeed, isInteractive, playWeek } from './week-command';
import type { WeekRun } from '../week/run-week';

/**
 * `npm start` (`learning-week demo`): the whole week 28/09 – 07/10/2021 on the seed plan with
 * the sample roster and the sample responses, into out/. It clears its own outputs first
 * (workbook, properties, mail with the day's count, calendar, report, summary), so a second run
 * gives the same summary. The day lines and the summary are printed as the week is played.
 */
export async function runDemo(
  ctx: RunContext,
  sampleResponses: () => readonly Submission[],
  language?: Language,
): Promise<WeekRun> {
  return playWeek(
    { outDir: 'out', speed: defaultSpeed(isInteractive()), ...(language ? { language } : {}) },
    ctx.out,
    sampleResponses,
  );
}

/** Everything was printed while playing; kept for the CLI's `demo` case. */
export function printDemo(_run: WeekRun, _ctx: RunContext): void {}
