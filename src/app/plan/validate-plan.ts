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
import { readTabs } from '../read-tabs';
import type { AppPorts } from '../ports-bundle';
import { formatDayDate } from '../../core/i18n/dates';
import { catalogue } from '../../core/i18n/catalogue';
import { headerIn, specIn } from '../../core/sheet-language';

export interface ValidationReport {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Vietnamese (or English) one-paragraph summary for a toast/dialog/console. */
  summary: string;
  language: Language;
}

/** How many tab-wide findings (no row to write them on) the summary spells out. */
const SUMMARY_GENERAL_LIMIT = 5;

/**
 * Reads every tab once, validates, writes each row's findings into its findings column (one
 * block per tab) and a line to the log; changes no other cell.
 */
export function validatePlan(ports: Pick<AppPorts, 'tables' | 'env' | 'clock' | 'log'>): ValidationReport {
  const { tables } = ports;
  const names = tables.tableNames();
  const { grids, tabNames } = readTabs(tables, PLAN_TABLES, names);
  const locale = ports.env.spreadsheetLocale?.();
  const env = {
    spreadsheetTimeZone: ports.env.spreadsheetTimeZone(),
    scriptTimeZone: ports.env.scriptTimeZone(),
    ...(locale !== undefined ? { spreadsheetLocale: locale } : {}),
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
    appendLog(tables, logName, language, {
      at: toWallClock(ports.clock.now(), zone),
      action: catalogue(language).sheet.validate.action,
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
  // A new findings column is named in the tab's language (the plan's, for a tab that cannot tell).
  const tabLanguage = read.header.language === 'en' ? 'en' : lang;
  const header = specIn(spec, tabLanguage).columns.find((c) => c.key === key)?.header ?? key;
  const free = grid.reduce((width, line) => Math.max(width, line.length), 0);
  tables.write(name, 0, free, [[header], ...values.map((v) => [v])]);
}

function appendLog(
  tables: TablesPort,
  name: string,
  lang: Language,
  entry: { at: Cell; action: string; outcome: string; detail: string },
): void {
  const grid = tables.read(name);
  let header = mapHeader(LOG_TABLE, grid?.[0] ?? []);
  const rows: Grid = [];
  if (header.index.at === undefined && header.width === 0) {
    // An empty log tab: give it its header first, in the same single append.
    const fresh = defaultHeader(specIn(LOG_TABLE, lang));
    header = mapHeader(LOG_TABLE, fresh);
    rows.push(fresh);
  }
  rows.push(recordToRow(header, entry));
  tables.append(name, rows);
}

function outcomeWord(errors: number, warnings: number, lang: Language): string {
  const words = catalogue(lang).sheet.validate.outcome;
  return errors > 0 ? words.errors : warnings > 0 ? words.warnings : words.ok;
}

/** "Kiểm tra xong: 2 lỗi, 5 cảnh báo. Xem cột “Kết quả kiểm tra” ở tab Hoạt động (4), …" */
function summarise(
  findings: readonly Finding[],
  errors: number,
  warnings: number,
  lang: Language,
  tabNames: Partial<Record<TableKey, string>>,
): string {
  const t = catalogue(lang).sheet.validate;
  const parts = [t.checked(errors, warnings)];
  if (findings.length === 0) {
    parts.push(t.clean);
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
    parts.push(t.seeColumn(headerIn(lang, 'activities', 'findings') ?? '', list));
  }
  const general = findings.filter((f) => f.row === undefined || f.row < 2);
  for (const f of general.slice(0, SUMMARY_GENERAL_LIMIT)) parts.push(`${describeFinding(f, lang)}`);
  if (general.length > SUMMARY_GENERAL_LIMIT) parts.push(t.more(general.length - SUMMARY_GENERAL_LIMIT));
  return parts.join(' ').normalize('NFC');
}

/** "Tuần lễ 2024 của …: từ thứ Ba, 01/10/2024 đến thứ Hai, 07/10/2024." — the week being checked. */
function weekLine(settings: Settings | undefined, lang: Language): string {
  if (!settings) return '';
  const from = formatDayDate(settings.weekStart, lang);
  const to = formatDayDate(settings.weekEnd, lang);
  const t = catalogue(lang).sheet.validate;
  return t.week(settings.year, settings.school ? t.school(settings.school) : '', from, to);
}
