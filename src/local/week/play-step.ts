import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runJobAsync, type AsyncEffects, type Job } from '../../app/jobs/effects';
import { recordedRunAsync } from '../../app/jobs/last-runs';
import {
  calendarSyncJob,
  drainJob,
  inviteJob,
  JOB_LOCK_WAIT_MS,
  progressJob,
  remindersJob,
  reportJob,
  setupJob,
  validateJob,
  WHOLE_RUN_LOCKED,
  type JobName,
  type JobOutcome,
} from '../../app/jobs/jobs';
import { mailReserve } from '../../app/jobs/mail-reserve';
import { plannedReminderRun } from '../../app/jobs/reminder-timing';
import { planEdited } from '../../app/jobs/plan-edit';
import { acceptResponse, processResponsesJob } from '../../app/jobs/response-queue';
import { enqueueEntries } from '../../app/outbox/outbox-store';
import { DAILY_COUNT_FILE, DailyMailCounter } from '../mail/mail-quota';
import { executionDeadline, type Deadline } from '../../app/deadline';
import { runReportJob } from '../../app/report/report-job';
import { lateGuestEntries, planCalendarSync } from '../../app/calendar/sync-calendar';
import type { ValidationReport } from '../../app/plan/validate-plan';
import type { WeekStep } from '../../app/jobs/week-scenario';
import type { ReportModel } from '../../core/report';
import { ACTIVITIES_TABLE } from '../../core/schema/tables';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { choiceLabel } from '../../core/sheet-language';
import { cellText, findTabName, readTable } from '../../core/table';
import type {
  DocumentsPort,
  EnvironmentPort,
  PropertiesPort,
  ReportDocumentHandle,
  TablesPort,
} from '../../ports';
import type { FileLock } from '../files/file-lock';
import { icsGuestRecord, writeCalendarFiles, type IcsFilesResult } from '../calendar/ics-files';
import type { RememberedContinuation } from '../mail/mail-runtime';
import { drainLocally } from '../mail/mail-runtime';
import { writeReport } from '../report/write-report';
import type { LocalInbox, LocalProcessingRuns } from './local-queue';
import type { CollectingLog, DayTally, SimulatedClock } from './week-state';
import { cliText } from '../runtime/cli-text';
import { DEFAULT_LOCAL_FORMS_ADDRESS, LocalFormsPort } from '../forms/local-forms';
import { syncForms } from '../../app/forms/sync-forms';
import { readSettings } from '../../app/plan/settings-store';

/** Everything a step needs: the local runtime's ports around one in-memory workbook. */
export interface WeekPorts {
  readonly tables: TablesPort;
  readonly clock: SimulatedClock;
  readonly lock: FileLock;
  readonly log: CollectingLog;
  readonly properties: PropertiesPort;
  readonly env: EnvironmentPort;
  /** The one-off drain, remembered in the properties instead of a trigger (one at most). */
  readonly triggers: RememberedContinuation;
  /** The response queue: submits leave responses there, the processing run a minute later records them. */
  readonly inbox: LocalInbox;
  readonly runs: LocalProcessingRuns;
  readonly mailDir: string;
  readonly formsDir: string;
  readonly calendarDir: string;
  readonly reportDir: string;
  readonly dailyMailLimit: number;
}

/** What steps leave behind for the summary. */
export interface WeekMemory {
  validation?: ValidationReport;
  calendar?: IcsFilesResult;
  reportFile?: string;
  received: number;
  recorded: number;
  duplicates: number;
  flagged: number;
}

export const emptyMemory = (): WeekMemory => ({
  received: 0,
  recorded: 0,
  duplicates: 0,
  flagged: 0,
});

/**
 * Plays one step at the clock's current instant: the same job of src/app/jobs that the Apps
 * Script global of the same name plays (src/gas/main.ts), with the local runtime's effects
 * (.eml files under the daily limit, .ics files, the .docx report). The tally gets what it did.
 */
export async function playStep(
  step: WeekStep,
  ports: WeekPorts,
  day: DayTally,
  memory: WeekMemory,
): Promise<void> {
  // A step is one execution: what it does shares one deadline, as in Apps Script.
  const deadline = executionDeadline(ports.clock);
  const play = <T extends JobOutcome>(name: JobName, job: Job<T>): Promise<T> =>
    recordedRunAsync(ports, name, () =>
      runLocked(name, ports, () => runJobAsync(job, localEffects(ports, day, memory, deadline))),
    );
  switch (step.kind) {
    case 'setup': {
      const result = await play(
        'setup',
        setupJob(ports, {
          plan: 'seed',
          year: 2021,
          sample: true,
          ...(step.language ? { language: step.language } : {}),
          ...(step.mailFamilies ? { mailFamilies: true } : {}),
        }),
      );
      if (result.validation) memory.validation = result.validation;
      return;
    }
    case 'validate':
      memory.validation = (await play('validate', validateJob(ports))).validation;
      return;
    case 'invite': {
      const result = await play('invite', inviteJob(ports, { families: step.families }));
      day.notes.push(cliText().week.invitationsQueued(result.queued.queued));
      return;
    }
    case 'submit': {
      // As the Apps Script submit run: durable at once, recorded by the processing run.
      const { submission } = step;
      const responseId = submission.raw.responseId ?? `local-${memory.received}`;
      // A second delivery of a response still waiting is the same waiting entry.
      if (ports.inbox.read().waiting.some((w) => w.responseId === responseId)) {
        memory.duplicates++;
        day.duplicates++;
      }
      acceptResponse(ports, {
        formId: submission.formId,
        responseId,
        receivedAt: ports.clock.now().toISOString(),
        submission,
      });
      memory.received++;
      day.responses++;
      return;
    }
    case 'processResponses': {
      const { summary } = await play('processResponses', processResponsesJob(ports));
      if (!summary) return;
      memory.recorded += summary.recorded + summary.flagged;
      memory.duplicates += summary.duplicates;
      day.duplicates += summary.duplicates;
      memory.flagged += summary.flagged;
      day.flagged += summary.flagged;
      return;
    }
    case 'syncCalendar':
      await play('calendarSync', calendarSyncJob(ports));
      return;
    case 'editActivity': {
      const tab = editActivity(ports.tables, step);
      day.notes.push(step.note);
      planEdited(tab, () => ports);
      return;
    }
    case 'reminders':
      day.reminders += (await play('reminders', remindersJob(ports))).queued;
      return;
    case 'drain':
      day.reminders += (await play('drain', drainJob(ports, true))).remindersQueued;
      return;
    case 'continuation':
      // A reminder run planned before the quota's reset is played by a continuation.
      day.reminders += (await play('continuation', drainJob(ports, false))).remindersQueued;
      return;
    case 'progressNote':
      await play('progress', progressJob(ports));
      return;
    case 'report':
      await play('report', reportJob(ports, { mode: 'schedule', at: step.at }));
      return;
  }
}

function runLocked<T>(name: JobName, ports: WeekPorts, run: () => Promise<T>): Promise<T> {
  return WHOLE_RUN_LOCKED.has(name) ? ports.lock.withLockAsync(JOB_LOCK_WAIT_MS, run) : run();
}

/**
 * The jobs' effects on the local runtime. The calendar is written as .ics files (Calendar sends
 * the invitations itself in Apps Script; here the files are them); a guest added to an event
 * that exists gets the invitation mail Apps Script queues for them (addGuest sends none). The
 * forms are previews with the local web app's links; there are no triggers to make, and the
 * week's responses come from the scenario.
 */
function localEffects(ports: WeekPorts, day: DayTally, memory: WeekMemory, deadline: Deadline): AsyncEffects {
  return {
    drain: async (effect) => {
      const result = await drainLocally(
        { ...ports, deadline },
        {
          outDir: ports.mailDir,
          dailyLimit: ports.dailyMailLimit,
          reserve: (untilMs) => mailReserve(ports, untilMs),
          wakeAt: () => plannedReminderRun(ports.properties),
          ...(effect.reportQuota ? { reportQuota: true } : {}),
          // Simulated minutes pass only between steps: no back-off is waited for in real time.
          backoffMs: [],
        },
      );
      day.sent += result.sent;
      day.failed += result.failed;
      return result;
    },
    mailQuota: () =>
      new DailyMailCounter(
        join(ports.mailDir, DAILY_COUNT_FILE),
        ports.clock,
        ports.dailyMailLimit,
      ).remaining(),
    calendar: async () => {
      // The runner invites through the calendar files: they are its record of who had each event.
      const options = { recorded: icsGuestRecord(ports.calendarDir) };
      const plan = planCalendarSync(ports, options);
      const result = await writeCalendarFiles(ports, ports.calendarDir, options);
      if (result.ran) memory.calendar = result;
      day.calendarChanges += result.ops.length;
      if (result.ran && plan.settings) {
        const now = toWallClock(ports.clock.now(), SCHOOL_TIME_ZONE);
        enqueueEntries(ports.tables, lateGuestEntries(plan, now, ports.clock.now()));
      }
      return { ran: result.ran, applied: result.ops.length, pending: 0, failed: 0, lines: [result.message] };
    },
    report: async (effect) => {
      const documents = new DocxAfterwards(ports.reportDir);
      const result = runReportJob({ ...ports, documents }, effect.options);
      if (!result.alreadyDone && documents.model) {
        memory.reportFile = (await writeReport(documents.model, { dir: ports.reportDir })).docxPath;
        day.notes.push(cliText().week.reportWritten);
      }
      return result;
    },
    // The forms' pages (previews here, the local web app's addresses in Settings), so that the
    // invitations, Zalo texts and QR codes carry links as they do with Google Forms.
    formsAndTriggers: () => {
      const address = readSettings(ports.tables)?.localFormsAddress ?? DEFAULT_LOCAL_FORMS_ADDRESS;
      const forms = new LocalFormsPort(ports.formsDir, 'html', address);
      syncForms({ tables: ports.tables, properties: ports.properties, log: ports.log, forms });
      return '';
    },
    prepareCalendar: () => '',
    calendarPreview: async () =>
      (
        await writeCalendarFiles(ports, ports.calendarDir, {
          dryRun: true,
          recorded: icsGuestRecord(ports.calendarDir),
        })
      ).message,
    missedResponses: () => ({ submissions: [], done: () => undefined }),
    // Responses come in as files the school keeps; no form holds a copy here.
    formResponses: () => '',
  };
}

/**
 * The report's "document" on the local runtime: the .docx that the runner writes right after
 * (rendering is asynchronous, the report job is not). Its link is the file's URL; sharing is
 * the mail itself.
 */
class DocxAfterwards implements DocumentsPort {
  model?: ReportModel;

  constructor(private readonly dir: string) {}

  render(model: ReportModel, knownId: string | undefined): ReportDocumentHandle {
    this.model = model;
    const file = `${model.fileName}.docx`;
    return { id: file, url: pathToFileURL(join(this.dir, file)).href, created: knownId !== file };
  }

  share(): void {
    // Nothing to grant on a file; leadership gets the link mail.
  }
}

/**
 * The principal's edit of the Activities tab, as one cell write per changed cell (found by
 * the column's header and the row's id, wherever the user moved them). Returns the tab's name.
 */
function editActivity(tables: TablesPort, step: Extract<WeekStep, { kind: 'editActivity' }>): string {
  const name = findTabName(ACTIVITIES_TABLE, tables.tableNames());
  if (name === undefined) throw new Error(`no Activities tab for the edit of ${step.activityId}`);
  const table = readTable(ACTIVITIES_TABLE, tables.read(name));
  const record = table.rows.find((r) => cellText(r.cells.id) === step.activityId);
  if (!record) throw new Error(`no activity ${step.activityId} to edit`);
  for (const [key, value] of Object.entries(step.cells)) {
    const col = table.header.index[key as keyof typeof step.cells];
    if (col === undefined || value === undefined) continue;
    // The principal types the sheet's own word: "cancelled" in an English tab, "hủy" in a Vietnamese one.
    const typed =
      typeof value === 'string' && (table.header.wordColumns as readonly string[] | undefined)?.includes(key)
        ? choiceLabel(value, table.header.language ?? 'vi')
        : value;
    tables.write(name, record.row - 1, col, [[typed]]);
  }
  return name;
}
