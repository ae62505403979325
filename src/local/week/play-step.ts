import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { queueDailyProgress } from '../../app/daily-progress';
import { handleFormSubmit } from '../../app/handle-form-submit';
import { queueReminders } from '../../app/reminders';
import { enqueueEntries } from '../../app/outbox-store';
import { runReportJob } from '../../app/report-job';
import { CONFIRMATION_DRAIN_AFTER_MS, EDIT_SYNC_AFTER_MS } from '../../app/schedule';
import { sendInvitations } from '../../app/send-invitations';
import { setup } from '../../app/setup';
import { lateGuestEntries, planCalendarSync } from '../../app/sync-calendar';
import { validatePlan, type ValidationReport } from '../../app/validate-plan';
import type { WeekStep } from '../../app/week-scenario';
import type { ReportModel } from '../../core/report';
import { ACTIVITIES_TABLE } from '../../core/schema/tables';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { cellText, findTabName, readTable } from '../../core/table';
import type {
  DocumentsPort,
  EnvironmentPort,
  PropertiesPort,
  ReportDocumentHandle,
  TablesPort,
} from '../../ports';
import type { FileLock } from '../file-lock';
import { writeCalendarFiles, type IcsFilesResult } from '../ics-files';
import { drainLocally, RememberedContinuation } from '../mail-runtime';
import { writeReport } from '../report/write-report';
import type { CollectingLog, DayTally, SimulatedClock } from './week-state';

/** Everything a step needs: the local runtime's ports around one in-memory workbook. */
export interface WeekPorts {
  readonly tables: TablesPort;
  readonly clock: SimulatedClock;
  readonly lock: FileLock;
  readonly log: CollectingLog;
  readonly properties: PropertiesPort;
  readonly env: EnvironmentPort;
  readonly mailDir: string;
  readonly calendarDir: string;
  readonly reportDir: string;
  readonly dailyMailLimit: number;
}

/** What steps leave behind for the summary. */
export interface WeekMemory {
  validation?: ValidationReport;
  calendar?: IcsFilesResult;
  /** The first menu sync has run: from then on the drains keep the calendar in step. */
  calendarEnabled: boolean;
  /** An edit of the Activities tab since the last sync. */
  calendarDirty: boolean;
  reportFile?: string;
  received: number;
  recorded: number;
  duplicates: number;
  flagged: number;
}

export const emptyMemory = (): WeekMemory => ({
  calendarEnabled: false,
  calendarDirty: false,
  received: 0,
  recorded: 0,
  duplicates: 0,
  flagged: 0,
});

/** The one-off drain the local runtime remembers instead of a trigger (one at most). */
export const continuationOf = (ports: WeekPorts): RememberedContinuation =>
  new RememberedContinuation(ports.properties, () => ports.clock.now());

/**
 * Plays one step at the clock's current instant, as the Apps Script entry point of the same
 * name does (src/gas/main.ts): each menu action and routine trigger ends with a drain; a
 * response that queued mail asks for a drain a minute later; an edit asks for a calendar sync
 * two minutes later; the daily drain syncs the calendar first. The tally gets what it did.
 */
export async function playStep(
  step: WeekStep,
  ports: WeekPorts,
  day: DayTally,
  memory: WeekMemory,
): Promise<void> {
  switch (step.kind) {
    case 'setup':
      setup(ports, { plan: 'seed', year: 2021, sample: true });
      return;
    case 'validate':
      memory.validation = validatePlan(ports);
      return;
    case 'invite': {
      const result = sendInvitations(ports, { families: step.families });
      day.notes.push(`xếp ${result.queued} thư mời`);
      await drain(ports, day);
      return;
    }
    case 'submit': {
      const outcome = handleFormSubmit(ports, step.submission);
      memory.received++;
      day.responses++;
      if (outcome.status === 'duplicate') {
        memory.duplicates++;
        day.duplicates++;
      } else {
        memory.recorded++;
      }
      if (outcome.status === 'flagged') {
        memory.flagged++;
        day.flagged++;
      }
      const later = continuationOf(ports);
      if (outcome.queued.length > 0 && !later.hasPendingContinuation())
        later.scheduleContinuation(CONFIRMATION_DRAIN_AFTER_MS);
      return;
    }
    case 'syncCalendar':
      memory.calendarEnabled = true;
      await syncCalendar(ports, day, memory);
      await drain(ports, day);
      return;
    case 'editActivity': {
      editActivity(ports.tables, step);
      day.notes.push(step.note);
      if (!memory.calendarEnabled) return;
      memory.calendarDirty = true;
      const later = continuationOf(ports);
      if (!later.hasPendingContinuation()) later.scheduleContinuation(EDIT_SYNC_AFTER_MS);
      return;
    }
    case 'reminders': {
      const result = queueReminders(ports, ports.clock.now(), {});
      day.reminders += result.queued;
      await drain(ports, day);
      return;
    }
    case 'drain':
    case 'continuation':
      // The daily run syncs the calendar (new seated guests); a one-off run only after an edit.
      if (memory.calendarEnabled && (step.kind === 'drain' || memory.calendarDirty))
        await syncCalendar(ports, day, memory);
      await drain(ports, day);
      return;
    case 'progressNote':
      queueDailyProgress(ports, ports.clock.now());
      await drain(ports, day);
      return;
    case 'report': {
      const documents = new DocxAfterwards(ports.reportDir);
      const result = runReportJob({ ...ports, documents }, { mode: 'schedule', at: step.at });
      if (result.alreadyDone || !documents.model) return;
      memory.reportFile = (await writeReport(documents.model, { dir: ports.reportDir })).docxPath;
      day.notes.push('báo cáo đã ghi');
      await drain(ports, day);
      return;
    }
  }
}

/**
 * The calendar files; the dirty mark is cleared first, as in Apps Script. A guest added to an
 * event that exists gets the invitation mail Apps Script queues for them (Calendar's addGuest
 * sends none); the rest of the invitations are the .ics files, as Calendar sends them itself.
 */
async function syncCalendar(ports: WeekPorts, day: DayTally, memory: WeekMemory): Promise<void> {
  memory.calendarDirty = false;
  const plan = planCalendarSync(ports);
  const result = await writeCalendarFiles(ports, ports.calendarDir, {});
  if (result.ran) memory.calendar = result;
  day.calendarChanges += result.ops.length;
  if (result.ran && plan.settings) {
    const now = toWallClock(ports.clock.now(), SCHOOL_TIME_ZONE);
    enqueueEntries(ports.tables, lateGuestEntries(plan, now, ports.clock.now()));
  }
}

async function drain(ports: WeekPorts, day: DayTally): Promise<void> {
  const result = await drainLocally(ports, {
    outDir: ports.mailDir,
    dailyLimit: ports.dailyMailLimit,
    // Simulated minutes pass only between steps: no back-off is waited for in real time.
    backoffMs: [],
  });
  day.sent += result.sent;
  day.failed += result.failed;
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
 * the column's header and the row's id, wherever the user moved them).
 */
function editActivity(tables: TablesPort, step: Extract<WeekStep, { kind: 'editActivity' }>): void {
  const name = findTabName(ACTIVITIES_TABLE, tables.tableNames());
  if (name === undefined) throw new Error(`no Activities tab for the edit of ${step.activityId}`);
  const table = readTable(ACTIVITIES_TABLE, tables.read(name));
  const record = table.rows.find((r) => cellText(r.cells.id) === step.activityId);
  if (!record) throw new Error(`no activity ${step.activityId} to edit`);
  for (const [key, value] of Object.entries(step.cells)) {
    const col = table.header.index[key as keyof typeof step.cells];
    if (col === undefined || value === undefined) continue;
    tables.write(name, record.row - 1, col, [[value]]);
  }
}
