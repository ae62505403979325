import type { Submission } from '../../app/forms/handle-form-submit';
import { weekScenario } from '../../app/jobs/week-scenario';
import type { Language } from '../../core/plan';
import { sampleResponses } from '../../core/seed/sample-responses';
import { cliText, useCliLanguage } from '../runtime/cli-text';
import { summaryLines } from '../week/print-week';
import { parseCommand, type WeekArgs } from './cli-args';
import { checkOutputFolder } from './output-folder';
import { runWeek, type WeekRun } from '../week/run-week';

export interface WeekCommandOptions {
  readonly outDir: string;
  readonly from?: string;
  readonly to?: string;
  readonly speed: number;
  readonly dailyLimit?: number;
  readonly language?: Language;
}

/** Parses the week's options as cli-args.ts does; the reason when they are wrong. */
export function parseWeekArgs(argv: readonly string[], interactive: boolean): WeekCommandOptions | string {
  const command = parseCommand(['week', ...argv]);
  if (command.kind === 'usage') return command.reason;
  if (command.kind !== 'week') return cliText().weekUsage;
  return weekOptions(command.options, interactive);
}

/** The typed options with the speed's default, which depends on the terminal. */
export function weekOptions(args: WeekArgs, interactive: boolean): WeekCommandOptions {
  const { speed, ...rest } = args;
  return { ...rest, speed: speed ?? defaultSpeed(interactive) };
}

/** Real seconds per simulated day: paced on a terminal, as fast as possible otherwise. */
export const defaultSpeed = (interactive: boolean): number => (interactive ? 0.3 : 0);

/** A terminal that is not CI: worth pacing the days and showing a passing status. */
export const isInteractive = (): boolean => Boolean(process.stdout.isTTY) && !process.env['CI'];

/** Plays the week and prints the day lines, then the summary table. */
export async function playWeek(
  options: WeekCommandOptions,
  out: (line: string) => void,
  // The sample answers are given in the forms' language, as respondents would.
  submissions: () => readonly Submission[] = () => sampleResponses(options.language ?? 'vi'),
): Promise<WeekRun> {
  checkOutputFolder(options.outDir);
  const interactive = isInteractive();
  // The week's output speaks the sheet's language, as any command does once it has read it.
  if (options.language) useCliLanguage(options.language);
  out(cliText().week.title);
  const scenario = weekScenario(submissions(), {
    ...(options.dailyLimit !== undefined ? { dailyMailLimit: options.dailyLimit } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  const clear = (): void => {
    if (interactive) process.stdout.write('\r\x1b[K');
  };
  const run = await runWeek(scenario, {
    outDir: options.outDir,
    speed: options.speed,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    out: (line) => (clear(), out(`  ${line}`)),
    ...(interactive ? { status: (text: string) => (clear(), process.stdout.write(`  … ${text}`)) } : {}),
  });
  clear();
  for (const line of summaryLines(run.summary, options.outDir, options.language ?? 'vi')) out(line);
  return run;
}
