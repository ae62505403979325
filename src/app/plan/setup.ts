import type { Language } from '../../core/plan';
import { isLocalDateTime, partsOf, type Cell, type Grid } from '../../core/cell';
import { layoutOf } from '../../core/schema/layout';
import { SETTINGS } from '../../core/schema/settings';
import {
  ACTIVITIES_TABLE,
  ALL_TABLES,
  FAMILIES_TABLE,
  LOG_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
} from '../../core/schema/tables';
import type { TableKey, TableSpec } from '../../core/schema/types';
import {
  defaultActivities,
  defaultSettings,
  resolveWeek,
  sampleRoster,
  type SeedOptions,
} from '../../core/seed';
import {
  cellText,
  defaultHeader,
  findTabName,
  mapHeader,
  readTable,
  recordToRow,
  type HeaderMap,
} from '../../core/table';
import { catalogue } from '../../core/i18n/catalogue';
import { choiceLabel, settingLabels, specIn } from '../../core/sheet-language';
import { cleanText, foldHeader } from '../../core/text';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { timeZoneSelfCheck, TimeZoneUnavailableError } from '../../core/time-zone-check';
import type { AppPorts } from '../ports-bundle';

export interface SetupOptions {
  /** 'seed': the default plan (2021 plan of Trường Mầm non 20/10, adapted by the options). */
  plan: 'seed' | 'blank';
  year?: number;
  school?: string;
  theme?: string;
  /** Week start as a wall-clock date (YYYY-MM-DD or dd/MM/yyyy); default 01/10 of the year. */
  start?: string;
  /** Adds a clearly fake sample roster (~40 staff, ~120 families at reserved domains). */
  sample?: boolean;
  /** The language a new sheet is written in: tab names, headers, Settings (default Vietnamese). */
  language?: Language;
  /** A new Settings tab says "Gửi thư cho phụ huynh: có" (the default is "không"). */
  mailFamilies?: boolean;
}

export interface SetupResult {
  /** Tabs that did not exist and were created. */
  createdTabs: string[];
  /** Headers that were missing and appended, per tab. */
  repairedHeaders: { tab: string; headers: string[] }[];
  /** Settings rows that were missing and added. */
  addedSettings: string[];
  /** True when the sheet was empty and the default plan was written. */
  filledDefaultPlan: boolean;
  activities: number;
  people: number;
  families: number;
  /** The line written to the log tab ("Nhật ký"). */
  summary: string;
}

/** One tab as Setup found it and what it will add to it. */
interface TabWork {
  readonly spec: TableSpec;
  readonly name: string;
  readonly created: boolean;
  /** The tab as read (trimmed), empty for a new or blank tab. */
  readonly grid: Grid;
  /** Column where missing headers go: after the last used column of any row. */
  readonly appendAt: number;
  readonly addedHeaders: string[];
  /** Header row after the repair: the user's columns untouched, missing ones at the end. */
  readonly headerRow: readonly Cell[];
  readonly header: HeaderMap;
  readonly dataRows: number;
  readonly newRows: Cell[][];
}

/**
 * Idempotent: creates missing tabs and headers, fills the default plan only into an empty
 * sheet, repairs, never overwrites user data. Reads each tab once and writes each tab in at
 * most two blocks (missing headers, new rows) — one for a new tab — whatever the row count.
 * First of all it checks that the engine computes the school's clock: an engine that cannot
 * would write every date wrong, so then Setup throws before touching the sheet.
 */
export function setup(ports: Pick<AppPorts, 'tables' | 'clock' | 'log'>, options: SetupOptions): SetupResult {
  const zoneCheck = timeZoneSelfCheck(SCHOOL_TIME_ZONE);
  if (!zoneCheck.ok) throw new TimeZoneUnavailableError(SCHOOL_TIME_ZONE, zoneCheck.problem);
  const { tables } = ports;
  const names = tables.tableNames();
  const work = new Map<TableKey, TabWork>();
  const language = options.language ?? 'vi';
  for (const spec of ALL_TABLES) work.set(spec.key, inspect(ports, spec, names, language));
  const tab = (key: TableKey): TabWork => work.get(key)!;

  const settingsTab = tab(SETTINGS_TABLE.key);
  const existing = existingSettings(settingsTab);
  const seedOptions = seedOptionsFrom(options, existing);

  const addedSettings: string[] = [];
  for (const row of defaultSettings(seedOptions, tabLanguage(settingsTab))) {
    if (existing.has(row.key)) continue;
    addedSettings.push(row.label);
    settingsTab.newRows.push(
      recordToRow(settingsTab.header, { label: row.label, value: row.value, help: row.help }),
    );
  }

  const planIsEmpty = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE].every(
    (s) => tab(s.key).dataRows === 0,
  );
  const fill = options.plan === 'seed' && planIsEmpty;
  let people = 0;
  let families = 0;
  let activities = 0;
  if (fill) {
    activities = addRows(tab(ACTIVITIES_TABLE.key), defaultActivities(seedOptions));
    if (options.sample) {
      const roster = sampleRoster();
      people = addRows(tab(PEOPLE_TABLE.key), roster.people);
      families = addRows(tab(FAMILIES_TABLE.key), roster.families);
    }
  }

  const createdTabs = ALL_TABLES.map((s) => tab(s.key))
    .filter((w) => w.created)
    .map((w) => w.name);
  const repairedHeaders = ALL_TABLES.map((s) => tab(s.key))
    .filter((w) => !w.created && w.addedHeaders.length > 0)
    .map((w) => ({ tab: w.name, headers: w.addedHeaders }));
  const logTab = tab(LOG_TABLE.key);
  const texts = catalogue(tabLanguage(logTab)).sheet.setup;
  const summary = describe(texts, {
    createdTabs,
    repairedHeaders,
    addedSettings,
    fill,
    wantedPlan: options.plan === 'seed',
    year: resolveWeek(seedOptions).year,
    activities,
    people,
    families,
  });

  const at = toWallClock(ports.clock.now(), schoolZone(existing));
  logTab.newRows.push(
    recordToRow(logTab.header, { at, action: texts.action, outcome: texts.outcome, detail: summary }),
  );

  for (const spec of ALL_TABLES) flush(ports, tab(spec.key));
  ports.log.info(texts.logLine(summary));

  return {
    createdTabs,
    repairedHeaders,
    addedSettings,
    filledDefaultPlan: fill,
    activities,
    people,
    families,
    summary,
  };
}

/** The language of a tab Setup works on: its header row's (a new tab's is the sheet's). */
const tabLanguage = (tab: TabWork): Language => tab.header.language ?? 'vi';

/**
 * Finds or creates the tab, reads it once, and works out which headers are missing. A new or
 * blank tab is written in the sheet's language; missing headers in the tab's own.
 */
function inspect(
  ports: Pick<AppPorts, 'tables'>,
  spec: TableSpec,
  names: readonly string[],
  language: Language,
): TabWork {
  const existing = findTabName(spec, names);
  const fresh = specIn(spec, language);
  if (existing === undefined) ports.tables.create(fresh.name);
  const name = existing ?? fresh.name;
  const grid = existing === undefined ? [] : (ports.tables.read(existing) ?? []);
  if (grid.length === 0) {
    const headerRow = defaultHeader(fresh);
    return {
      spec,
      name,
      created: existing === undefined,
      grid,
      appendAt: 0,
      addedHeaders: headerRow,
      headerRow,
      header: mapHeader(spec, headerRow),
      dataRows: 0,
      newRows: [],
    };
  }
  const found = mapHeader(spec, grid[0]!);
  const appendAt = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const addedHeaders = specIn(spec, found.language ?? 'vi')
    .columns.filter((c) => found.index[c.key] === undefined)
    .map((c) => c.header);
  const headerRow: Cell[] = [...grid[0]!];
  while (headerRow.length < appendAt) headerRow.push(null);
  headerRow.push(...addedHeaders);
  const read = readTable(spec, [headerRow, ...grid.slice(1)]);
  return {
    spec,
    name,
    created: false,
    grid,
    appendAt,
    addedHeaders,
    headerRow,
    header: read.header,
    dataRows: read.rows.length,
    newRows: [],
  };
}

function addRows(tab: TabWork, records: readonly Partial<Record<string, Cell>>[]): number {
  for (const record of records) tab.newRows.push(recordToRow(tab.header, record));
  return records.length;
}

/** Writes what the tab needs — nothing for a tab that is already complete — then its layout. */
function flush(ports: Pick<AppPorts, 'tables'>, tab: TabWork): void {
  const { tables } = ports;
  if (tab.grid.length === 0) {
    // A new or blank tab: header and rows in one block.
    tables.write(tab.name, 0, 0, [[...tab.addedHeaders], ...tab.newRows]);
  } else {
    if (tab.addedHeaders.length > 0) tables.write(tab.name, 0, tab.appendAt, [[...tab.addedHeaders]]);
    if (tab.newRows.length > 0) tables.write(tab.name, tab.grid.length, 0, tab.newRows);
  }
  const language = tabLanguage(tab);
  tables.layout(
    tab.name,
    layoutOf(
      specIn(tab.spec, language),
      tab.header.headerText,
      (word) => choiceLabel(word, language),
      catalogue(language).sheet.invalidChoice,
    ),
  );
}

/** Setting values already in the sheet, by key (first row wins, as validation reads them). */
function existingSettings(tab: TabWork): Map<string, Cell> {
  const byLabel = new Map<string, string>();
  for (const s of SETTINGS) for (const label of settingLabels(s)) byLabel.set(foldHeader(label), s.key);
  const values = new Map<string, Cell>();
  for (const row of readTable(SETTINGS_TABLE, [[...tab.headerRow], ...tab.grid.slice(1)]).rows) {
    const key = byLabel.get(foldHeader(cellText(row.cells.label)));
    if (key !== undefined && !values.has(key)) values.set(key, row.cells.value);
  }
  return values;
}

/**
 * The seed adapted to what the sheet already says: a Settings tab that names 2024 gets its
 * missing rows (and, if empty, its activities) for 2024 rather than for 2021. Explicit
 * options win; values that do not parse are ignored (validation reports them).
 */
function seedOptionsFrom(options: SetupOptions, existing: Map<string, Cell>): SeedOptions {
  const text = (key: string): string | undefined => {
    const value = existing.get(key);
    const t = typeof value === 'string' ? cleanText(value) : '';
    return t === '' ? undefined : t;
  };
  const yearCell = existing.get('year');
  const sheetYear =
    typeof yearCell === 'number' ? yearCell : Number(cellText(yearCell ?? null).trim() || NaN);
  const startCell = existing.get('weekStart');
  const sheetStart = isLocalDateTime(startCell) ? startCell : undefined;
  const out: SeedOptions = options.language ? { language: options.language } : {};
  if (options.start !== undefined) out.start = options.start;
  if (options.year !== undefined) out.year = options.year;
  if (options.mailFamilies) out.mailFamilies = true;
  if (options.start === undefined && options.year === undefined) {
    if (sheetStart && (!Number.isInteger(sheetYear) || partsOf(sheetStart).year === sheetYear)) {
      out.start = sheetStart.iso.slice(0, 10);
    } else if (Number.isInteger(sheetYear) && sheetYear >= 2000 && sheetYear <= 2100) {
      out.year = sheetYear;
    }
  }
  const school = options.school ?? text('school');
  const theme = options.theme ?? text('theme');
  if (school !== undefined) out.school = school;
  if (theme !== undefined) out.theme = theme;
  return out;
}

function schoolZone(existing: Map<string, Cell>): string {
  const zone = existing.get('timeZone');
  return typeof zone === 'string' && isKnownTimeZone(cleanText(zone)) ? cleanText(zone) : SCHOOL_TIME_ZONE;
}

interface Done {
  createdTabs: string[];
  repairedHeaders: { tab: string; headers: string[] }[];
  addedSettings: string[];
  fill: boolean;
  wantedPlan: boolean;
  year: number;
  activities: number;
  people: number;
  families: number;
}

type SetupTexts = ReturnType<typeof catalogue>['sheet']['setup'];

/** One line for the log tab: what Setup changed, or that nothing needed changing. */
function describe(t: SetupTexts, done: Done): string {
  const parts: string[] = [];
  if (done.createdTabs.length > 0)
    parts.push(t.createdTabs(done.createdTabs.length, done.createdTabs.join(', ')));
  for (const r of done.repairedHeaders) parts.push(t.addedColumns(r.tab, r.headers.join(', ')));
  if (done.addedSettings.length > 0) parts.push(t.addedSettings(done.addedSettings.length));
  if (done.fill) {
    let plan = t.seededPlan(done.year, done.activities);
    if (done.people + done.families > 0) plan += t.sampleRoster(done.people, done.families);
    parts.push(plan);
  }
  const changed = parts.length > 0;
  if (!done.fill && done.wantedPlan) parts.push(t.keptPlan);
  if (!changed) parts.unshift(t.nothing);
  return parts.join('; ') + '.';
}
