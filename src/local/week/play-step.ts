import { queueDailyProgress } from '../../app/daily-progress';
import { handleFormSubmit } from '../../app/handle-form-submit';
import { queueReminders } from '../../app/reminders';
import { sendInvitations } from '../../app/send-invitations';
import { setup } from '../../app/setup';
import { validatePlan, type ValidationReport } from '../../app/validate-plan';
import type { WeekStep } from '../../app/week-scenario';
import { ACTIVITIES_TABLE } from '../../core/schema/tables';
import { cellText, findTabName, readTable } from '../../core/table';
import type { EnvironmentPort, PropertiesPort, TablesPort } from '../../ports';
import type { FileLock } from '../file-lock';
import { writeCalendarFiles, type IcsFilesResult } from '../ics-files';
import { drainLocally } from '../mail-runtime';
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
  readonly dailyMailLimit: number;
}

/** What steps leave behind for the summary. */
export interface WeekMemory {
  validation?: ValidationReport;
  calendar?: IcsFilesResult;
  received: number;
  recorded: number;
  duplicates: number;
  flagged: number;
}

/** Plays one step at the clock's current instant, adding what it did to the day's tally. */
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
      return;
    }
    case 'syncCalendar': {
      const result = await writeCalendarFiles(ports, ports.calendarDir, {});
      if (result.ran) memory.calendar = result;
      day.calendarChanges += result.ops.length;
      return;
    }
    case 'editActivity':
      editActivity(ports.tables, step);
      day.notes.push(step.note);
      return;
    case 'reminders': {
      const result = queueReminders(ports, ports.clock.now(), {});
      day.reminders += result.queued;
      return;
    }
    case 'drain': {
      const result = await drainLocally(ports, {
        outDir: ports.mailDir,
        dailyLimit: ports.dailyMailLimit,
        // Simulated minutes pass only between steps: no back-off is waited for in real time.
        backoffMs: [],
      });
      day.sent += result.sent;
      day.deferred += result.deferred;
      day.failed += result.failed;
      return;
    }
    case 'progressNote':
      queueDailyProgress(ports, ports.clock.now());
      return;
    case 'report':
      // Rendered by the runner (asynchronous, writes the .docx); nothing to do on the tables.
      return;
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
