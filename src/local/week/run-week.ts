import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFormsProgress } from '../../app/forms/daily-progress';
import { loadFormsContext } from '../../app/forms/forms-context';
import { dayOf, scenarioDates, type WeekScenario, type WeekStep } from '../../app/jobs/week-scenario';
import { localDateTime } from '../../core/cell';
import { formatDayDate } from '../../core/i18n/dates';
import { cliLanguage } from '../runtime/cli-text';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import { writeFileAtomic } from '../files/atomic-write';
import { FileLock, lockPathOf } from '../files/file-lock';
import { LocalEnvironment } from '../runtime/environment';
import { JsonProperties, propertiesPathOf } from '../files/json-properties';
import { BufferedProperties } from '../calendar/local-calendar';
import { RememberedContinuation } from '../mail/mail-runtime';
import { saveOrExplain } from '../workbook/workbook-file';
import { Workbook } from '../workbook/workbook';
import { GridTables } from './grid-tables';
import { LocalInbox, LocalProcessingRuns } from './local-queue';
import { emptyMemory, playStep, type WeekMemory, type WeekPorts } from './play-step';
import { CollectingLog, dayLine, emptyTally, SimulatedClock, type DayTally } from './week-state';
import { waitingMail, weekSummary, type WeekSummary } from './week-summary';

export interface WeekOptions {
  /** Where everything goes (default `out`): the workbook, mail/, calendar/, report/, summary.json. */
  readonly outDir?: string;
  /** First and last day shown, `YYYY-MM-DD`; earlier steps still run (the state needs them), silently. */
  readonly from?: string;
  readonly to?: string;
  /** Real seconds per simulated day (0: as fast as possible). */
  readonly speed?: number;
  /** One finished day's line. */
  readonly out: (line: string) => void;
  /** A passing status on a terminal ("07:30 gửi thư…"); not called when absent. */
  readonly status?: (text: string) => void;
}

export interface WeekRun {
  readonly summary: WeekSummary;
  readonly days: readonly DayTally[];
  readonly workbookFile: string;
  readonly summaryFile: string;
}

/** What the runner removes before a run, inside outDir, so a second run gives the same summary. */
export const WEEK_OUTPUTS = [
  'mail',
  'forms',
  'announce',
  'calendar',
  'report',
  'commendation',
  'mau-giay-khen.docx',
  'mau-giay-chung-nhan.docx',
  'summary.json',
] as const;
export const weekWorkbookFile = (outDir: string, year: number): string =>
  join(outDir, `learning-week-${year}.xlsx`);

/**
 * Plays the scenario on the local runtime: the tabs in memory (saved as the .xlsx workbook at
 * the end, under the workbook's file lock), .eml files under the daily quota, .ics files, the
 * report as .docx, and out/summary.json.
 */
export async function runWeek(scenario: WeekScenario, options: WeekOptions): Promise<WeekRun> {
  const outDir = options.outDir ?? 'out';
  const file = weekWorkbookFile(outDir, scenario.year);
  for (const path of [...WEEK_OUTPUTS.map((p) => join(outDir, p)), file, propertiesPathOf(file)]) {
    rmSync(path, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  const zone = SCHOOL_TIME_ZONE;
  const clock = new SimulatedClock(toInstant(scenario.steps[0]?.at ?? scenario.firstDay, zone));
  const lock = new FileLock(lockPathOf(file));
  const release = lock.acquire(2_000);
  const workbook = new GridTables();
  // Like the tabs, kept in memory during the week and saved at its end.
  const properties = new BufferedProperties(new JsonProperties(propertiesPathOf(file)));
  const ports: WeekPorts = {
    tables: workbook,
    clock,
    lock,
    log: new CollectingLog(),
    properties,
    env: new LocalEnvironment(),
    triggers: new RememberedContinuation(properties, () => clock.now()),
    inbox: new LocalInbox(properties),
    runs: new LocalProcessingRuns(properties, () => clock.now()),
    mailDir: join(outDir, 'mail'),
    formsDir: join(outDir, 'forms'),
    calendarDir: join(outDir, 'calendar'),
    reportDir: join(outDir, 'report'),
    dailyMailLimit: scenario.dailyMailLimit,
  };
  const memory: WeekMemory = emptyMemory();
  const steps = scenario.steps.filter((s) => options.to === undefined || dayOf(s.at) <= options.to);
  const days: DayTally[] = [];
  const shown = (date: string): boolean =>
    (options.from === undefined || date >= options.from) && (options.to === undefined || date <= options.to);
  try {
    let day: DayTally | undefined;
    const finishDay = async (): Promise<void> => {
      if (!day) return;
      day.deferred = waitingMail(workbook);
      if (shown(day.date)) {
        options.out(dayLine(day));
        if (options.speed) await pause(options.speed * 1000);
      }
      days.push(day);
    };
    const play = async (step: WeekStep): Promise<void> => {
      const date = dayOf(step.at);
      if (day?.date !== date) {
        await finishDay();
        const [y, m, d] = date.split('-').map(Number);
        day = emptyTally(date, formatDayDate(localDateTime(y!, m!, d!), cliLanguage()));
      }
      clock.set(toInstant(step.at, zone));
      if (options.status && shown(date))
        options.status(`${day.label} ${step.at.iso.slice(11, 16)} ${step.kind}`);
      await playStep(step, ports, day, memory);
    };
    // The one-off runs a step asked for (the drain's continuation, the processing of the
    // responses) run at their time, before any later step, earliest first (as the triggers
    // would in Apps Script); a run may ask for the next one.
    const continuationsUntil = async (until: Date): Promise<void> => {
      for (;;) {
        const drainAt = ports.triggers.pendingAt();
        const processAt = ports.runs.dueAt();
        const next = [drainAt, processAt]
          .filter((d): d is Date => d !== undefined && d.getTime() <= until.getTime())
          .sort((a, b) => a.getTime() - b.getTime())[0];
        if (!next) return;
        if (next === processAt) {
          // The run clears its own mark (and reschedules itself when the lock is busy).
          await play({ at: toWallClock(next, zone), kind: 'processResponses' });
          if (ports.runs.dueAt()?.getTime() === next.getTime()) ports.runs.clear();
        } else {
          ports.triggers.cancelContinuation();
          await play({ at: toWallClock(next, zone), kind: 'continuation' });
        }
      }
    };
    for (const step of steps) {
      await continuationsUntil(toInstant(step.at, zone));
      await play(step);
    }
    // What the last steps left for the next minutes (the report's mail, a confirmation).
    const last = steps.at(-1);
    if (last) await continuationsUntil(new Date(toInstant(last.at, zone).getTime() + AFTER_LAST_STEP_MS));
    await finishDay();
    properties.commit();
    const book = Workbook.create();
    workbook.copyInto(book);
    await saveOrExplain(book, file);
  } finally {
    release();
  }
  const context = loadFormsContext(workbook);
  const end = steps.at(-1)?.at;
  const summary = weekSummary({
    tables: workbook,
    memory,
    progress: readFormsProgress(workbook, end ?? scenario.lastDay, context),
    dates: scenarioDates(scenario).filter((d) => options.to === undefined || d <= options.to),
    dailyMailLimit: scenario.dailyMailLimit,
    workbookFile: relative(outDir, file),
    ...(memory.reportFile ? { reportFile: relative(outDir, memory.reportFile) } : {}),
    logErrors: ports.log.errors.length,
  });
  const summaryFile = join(outDir, 'summary.json');
  writeFileAtomic(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
  return { summary, days, workbookFile: file, summaryFile };
}

/** How long after the last step the runner still plays the drains it asked for. */
const AFTER_LAST_STEP_MS = 3_600_000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
