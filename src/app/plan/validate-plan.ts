import type { Cell, Grid } from '../../core/cell';
import type { Finding } from '../../core/findings';
import { describeFinding, findingLine } from '../../core/i18n/finding-messages';
import type { Language, Settings } from '../../core/plan';
import { LOG_TABLE } from '../../core/schema/tables';
import type { TableKey, TableSpec } from '../../core/schema/types';
import {
  cellText,
  defaultHeader,
  findTabName,
  mapHeader,
  recordToRow,
  type ReadTable,
} from '../../core/table';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { checkPlan, PLAN_TABLES } from '../../core/validation';
import type { TablesPort } from '../../ports';
import type { AppPorts } from '../ports-bundle';
import { formatDayDate } from '../../core/i18n/dates';

export interface ValidationReport {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Vietnamese (or English) one-paragraph summary for a toast/dialog/console. */
  summary: string;
  language: Language;
}

export const VALIDATE_ACTION = 'Kiểm tra kế hoạch';

/** How many tab-wide findings (no row to write them on) the summary spells out. */
const SUMMARY_GENERAL_LIMIT = 5;

/**
 * Reads every tab once, validates, writes each row's findings into its findings column (one
 * block per tab) and a line to the log; changes no other cell.
 */
export function validatePlan(ports: Pick<AppPorts, 'tables' | 'env' | 'clock' | 'log'>): ValidationReport {
  const { tables } = ports;
  const names = tables.tableNames();
  const tabNames: Partial<Record<TableKey, string>> = {};
  const grids: Partial<Record<TableKey, Grid | undefined>> = {};
  for (const spec of PLAN_TABLES) {
    const name = findTabName(spec, names);
    if (name === undefined) continue;
    tabNames[spec.key] = name;
    grids[spec.key] = tables.read(name);
  }
  const env = {
    spreadsheetTimeZone: ports.env.spreadsheetTimeZone(),
    scriptTimeZone: ports.env.scriptTimeZone(),
  };
  const { plan, findings, parsed } = checkPlan(grids, tabNames, env);
  const language: Language = plan.settings?.language ?? 'vi';

  for (const spec of PLAN_TABLES) {
    const name = tabNames[spec.key];
    const grid = grids[spec.key];
    const read = parsed.tables[spec.key];
    if (name === undefined || grid === undefined || read === undefined) continue;
    writeFindingsColumn(tables, name, spec, grid, read, findings, language);
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary = [
    weekLine(plan.settings, language),
    summarise(findings, errors, warnings, language, tabNames),
  ]
    .filter((part) => part !== '')
    .join(' ');

  const logName = findTabName(LOG_TABLE, names);
  if (logName !== undefined) {
    const zone =
      plan.settings && isKnownTimeZone(plan.settings.timeZone) ? plan.settings.timeZone : SCHOOL_TIME_ZONE;
    appendLog(tables, logName, {
      at: toWallClock(ports.clock.now(), zone),
      action: VALIDATE_ACTION,
      outcome: outcomeWord(errors, warnings, language),
      detail: summary,
    });
  }
  ports.log.info(summary);
  return { findings, errors, warnings, summary, language };
}

/**
 * One block per tab: the findings cell of every data row (rows 2..last), so findings from an
 * earlier run are cleared too. Without a findings column, its header goes into the first free
 * column and header and values are written together. Nothing is written when nothing changes.
 */
function writeFindingsColumn(
  tables: TablesPort,
  name: string,
  spec: TableSpec,
  grid: Grid,
  read: ReadTable,
  findings: readonly Finding[],
  lang: Language,
): void {
  const key = spec.findingsColumn;
  if (key === undefined) return;
  const byRow = new Map<number, string[]>();
  for (const f of findings) {
    if (f.table !== spec.key || f.row === undefined || f.row < 2) continue;
    const lines = byRow.get(f.row) ?? [];
    lines.push(`• ${findingLine(f, lang)}`);
    byRow.set(f.row, lines);
  }
  let lastRow = grid.length;
  for (const row of byRow.keys()) lastRow = Math.max(lastRow, row);
  const values: Cell[] = [];
  for (let row = 2; row <= lastRow; row++) values.push(byRow.get(row)?.join('\n') ?? null);

  const column = read.header.index[key];
  if (column !== undefined) {
    const unchanged = values.every((v, i) => (v ?? '') === cellText(grid[i + 1]?.[column] ?? null));
    if (values.length === 0 || unchanged) return;
    tables.write(
      name,
      1,
      column,
      values.map((v) => [v]),
    );
    return;
  }
  if (byRow.size === 0) return;
  const header = spec.columns.find((c) => c.key === key)?.header ?? 'Kết quả kiểm tra';
  const free = grid.reduce((width, line) => Math.max(width, line.length), 0);
  tables.write(name, 0, free, [[header], ...values.map((v) => [v])]);
}

function appendLog(
  tables: TablesPort,
  name: string,
  entry: { at: Cell; action: string; outcome: string; detail: string },
): void {
  const grid = tables.read(name);
  let header = mapHeader(LOG_TABLE, grid?.[0] ?? []);
  const rows: Grid = [];
  if (header.index.at === undefined && header.width === 0) {
    // An empty log tab: give it its header first, in the same single append.
    header = mapHeader(LOG_TABLE, defaultHeader(LOG_TABLE));
    rows.push(defaultHeader(LOG_TABLE));
  }
  rows.push(recordToRow(header, entry));
  tables.append(name, rows);
}

function outcomeWord(errors: number, warnings: number, lang: Language): string {
  if (lang === 'en') return errors > 0 ? 'Errors' : warnings > 0 ? 'Warnings' : 'OK';
  return errors > 0 ? 'Có lỗi' : warnings > 0 ? 'Có cảnh báo' : 'Đạt';
}

/** "Kiểm tra xong: 2 lỗi, 5 cảnh báo. Xem cột “Kết quả kiểm tra” ở tab Hoạt động (4), …" */
function summarise(
  findings: readonly Finding[],
  errors: number,
  warnings: number,
  lang: Language,
  tabNames: Partial<Record<TableKey, string>>,
): string {
  const vi = lang === 'vi';
  const parts = [
    vi
      ? `Kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo.`
      : `Check done: ${errors} errors, ${warnings} warnings.`,
  ];
  if (findings.length === 0) {
    parts.push(vi ? 'Kế hoạch không có gì cần sửa.' : 'Nothing in the plan needs fixing.');
    return parts.join(' ');
  }
  const perTab = new Map<string, number>();
  for (const f of findings) {
    if (f.row === undefined || f.row < 2) continue;
    const tab = tabNames[f.table] ?? f.tableName;
    perTab.set(tab, (perTab.get(tab) ?? 0) + 1);
  }
  if (perTab.size > 0) {
    const list = [...perTab].map(([tab, n]) => `${tab} (${n})`).join(', ');
    parts.push(
      vi
        ? `Xem cột “Kết quả kiểm tra” ở các tab: ${list}.`
        : `See the “Kết quả kiểm tra” column in: ${list}.`,
    );
  }
  const general = findings.filter((f) => f.row === undefined || f.row < 2);
  for (const f of general.slice(0, SUMMARY_GENERAL_LIMIT)) parts.push(`${describeFinding(f, lang)}`);
  if (general.length > SUMMARY_GENERAL_LIMIT) {
    const more = general.length - SUMMARY_GENERAL_LIMIT;
    parts.push(vi ? `… và ${more} mục khác.` : `… and ${more} more.`);
  }
  return parts.join(' ').normalize('NFC');
}

/** "Tuần lễ 2024 của …: từ thứ Ba, 01/10/2024 đến thứ Hai, 07/10/2024." — the week being checked. */
function weekLine(settings: Settings | undefined, lang: Language): string {
  if (!settings) return '';
  const from = formatDayDate(settings.weekStart, lang);
  const to = formatDayDate(settings.weekEnd, lang);
  const school = settings.school
    ? lang === 'vi'
      ? ` của ${settings.school}`
      : ` of ${settings.school}`
    : '';
  return lang === 'vi'
    ? `Tuần lễ ${settings.year}${school}: từ ${from} đến ${to}.`
    : `Week ${settings.year}${school}: from ${from} to ${to}.`;
}
