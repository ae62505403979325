import type { DashboardModel } from '../../core/dashboard/dashboard-model';
import type { Language } from '../../core/plan';
import { LOG_TABLE, NOMINATIONS_TABLE } from '../../core/schema/tables';
import { ACTIVITY_RESULTS_TABLE } from '../../core/schema/response-tables';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { checkPlan, PLAN_TABLES } from '../../core/validation';
import type { ClockPort, EnvironmentPort, PropertiesPort, TablesPort } from '../../ports';
import { readLastRuns } from '../jobs/last-runs';
import { jobRunLines } from './job-runs';
import { readFormsProgress } from '../forms/daily-progress';
import { loadFormsContext } from '../forms/forms-context';
import { loadTab } from '../forms/response-store';
import { outlookLines } from '../outbox/mail-outlook';
import { loadOutbox } from '../outbox/outbox-store';
import { sendForecast } from '../outbox/send-forecast';
import { readTabs } from '../read-tabs';
import { nominationFigures, outboxFigures, resultFigures, runFigures } from './dashboard-counts';
import { dashboardFindings, type CellLink } from './dashboard-findings';
import { readOnce } from './read-once';

export interface DashboardPorts {
  readonly tables: TablesPort;
  readonly clock: ClockPort;
  readonly env: EnvironmentPort;
  /** Recipients the mail quota has left now (MailApp.getRemainingDailyQuota()); absent: not known. */
  readonly mailQuota?: () => number;
  /** Where a finding's cell opens; absent where nothing can open it. */
  readonly cellLink?: CellLink;
  /** The script's properties, where each job's last run is kept (last-runs.ts). */
  readonly properties?: Pick<PropertiesPort, 'get'>;
}

export interface DashboardOptions {
  /** The page's language; default the plan's ("Ngôn ngữ" in Settings). */
  readonly language?: Language;
}

/**
 * The dashboard's figures, read from the tabs and written nowhere: every tab is asked for once
 * (readOnce), whichever parts read it — the plan check, the forms' progress replayed from
 * "Phản hồi gốc", the nominations' review, the results, the outbox and the log.
 */
export function buildDashboard(ports: DashboardPorts, options: DashboardOptions = {}): DashboardModel {
  const tables = readOnce(ports.tables);
  const names = tables.tableNames();
  const { grids, tabNames } = readTabs(tables, PLAN_TABLES, names);
  const locale = ports.env.spreadsheetLocale?.();
  const { plan, findings } = checkPlan(grids, tabNames, {
    spreadsheetTimeZone: ports.env.spreadsheetTimeZone(),
    scriptTimeZone: ports.env.scriptTimeZone(),
    ...(locale !== undefined ? { spreadsheetLocale: locale } : {}),
  });
  const settings = plan.settings;
  const language = options.language ?? settings?.language ?? 'vi';
  const zone = settings && isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const at = toWallClock(ports.clock.now(), zone);

  const context = loadFormsContext(tables);
  const progress = readFormsProgress(tables, at, context);
  const outbox = loadOutbox(tables).ledger.rows;
  const left = ports.mailQuota?.();
  const outlook = outlookLines(sendForecast([...outbox], at, left ?? 0), language);
  const { attendance } = progress;

  return {
    language,
    school: settings?.school ?? '',
    at: at.iso,
    week: settings ? { start: settings.weekStart.iso, end: settings.weekEnd.iso } : null,
    findings: dashboardFindings(findings, grids, tabNames, language, ports.cellLink),
    opening: {
      target: attendance.target,
      registered: { count: attendance.registered.count, total: attendance.registered.total },
      present: { count: attendance.present.count, total: attendance.present.total },
      groups: attendance.groups.map((g) => ({
        group: g.group,
        registered: { count: g.registered.count, total: g.registered.total },
        present: { count: g.present.count, total: g.present.total },
      })),
    },
    sessions: progress.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      capacity: s.capacity ?? null,
      seated: s.seated,
      waiting: s.waiting,
    })),
    classes: {
      classes: progress.families.classes.map((c) => ({ ...c })),
      unclassedAnswers: progress.families.unclassedAnswers,
    },
    nominations: nominationFigures(loadTab(tables, NOMINATIONS_TABLE, names).rows),
    results: resultFigures(
      plan.activities,
      loadTab(tables, ACTIVITY_RESULTS_TABLE, names).rows,
      progress.results.flagged,
    ),
    outbox: outboxFigures(outbox, outlook),
    runs: runFigures(
      loadTab(tables, LOG_TABLE, names).rows,
      ports.properties ? jobRunLines(readLastRuns(ports.properties), zone, language) : [],
    ),
  };
}
