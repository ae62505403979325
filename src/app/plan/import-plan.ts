import { sameCell, type Cell, type Grid } from '../../core/cell';
import { cellDisplay } from '../../core/codec';
import { catalogue } from '../../core/i18n/catalogue';
import {
  DOCUMENT_SETTING_KEYS,
  importPlanText,
  type ImportedPlan,
  type ImportOptions,
} from '../../core/plan-document/import-plan-document';
import { SETTINGS } from '../../core/schema/settings';
import { ACTIVITIES_TABLE, SETTINGS_TABLE } from '../../core/schema/tables';
import type { ActivityRecord } from '../../core/seed';
import { settingIn } from '../../core/sheet-language';
import { findTabName, readTable, recordToRow, type ReadTable } from '../../core/table';
import { foldKey } from '../../core/text';
import { parseSettings } from '../../core/validation';
import type { AppPorts } from '../ports-bundle';
import { readTabs } from '../read-tabs';
import { setup } from './setup';

/**
 * Reading a school's KẾ HOẠCH into the sheet. `previewPlanImport` writes nothing: it says what
 * would change (Settings the document states, activities added or changed; activities the
 * document does not name are kept). `applyPlanImport` works the change out again under the
 * script lock (the sheet may have moved since the preview) and writes it: one block for the
 * Settings' values, one for the activities changed, one append each for new rows. A sheet
 * without the tabs gets them first (Setup, blank plan).
 */

/** The Activities columns a plan document states; results, evidence and sync marks stay the sheet's. */
const DOCUMENT_COLUMNS = [
  'title',
  'category',
  'start',
  'end',
  'timeConfirmed',
  'location',
  'platform',
  'link',
  'owner',
  'audience',
  'capacity',
  'invite',
  'resultNotes',
] as const;

/** Settings kept when the document is silent: the sheet cannot work without them. */
const KEEP_WHEN_SILENT = new Set<string>([
  'openingTarget',
  'year',
  'weekStart',
  'weekEnd',
  'school',
  'theme',
]);

const LOCK_WAIT_MS = 30_000;
const SHOWN = 90;

export interface PlanImportPreview {
  readonly imported: ImportedPlan;
  /** What would change, one line each, in the sheet's language. */
  readonly changes: readonly string[];
  readonly summary: string;
  /** True when there is nothing to write. */
  readonly unchanged: boolean;
}

interface Work extends PlanImportPreview {
  readonly write: (ports: Pick<AppPorts, 'tables'>) => void;
}

export function previewPlanImport(
  ports: Pick<AppPorts, 'tables'>,
  text: string,
  options: ImportOptions,
): PlanImportPreview {
  const { write: _write, ...preview } = work(ports, importPlanText(text, options), options);
  return preview;
}

export function applyPlanImport(
  ports: Pick<AppPorts, 'tables' | 'lock' | 'clock' | 'log'>,
  text: string,
  options: ImportOptions,
): PlanImportPreview {
  const imported = importPlanText(text, options);
  return ports.lock.withLock(LOCK_WAIT_MS, () => {
    const names = ports.tables.tableNames();
    const missing = [SETTINGS_TABLE, ACTIVITIES_TABLE].some(
      (spec) => readTabs(ports.tables, [spec], names).grids[spec.key] === undefined,
    );
    if (missing) {
      const s = imported.settings;
      setup(ports, {
        plan: 'blank',
        year: imported.year,
        ...(typeof s.school === 'string' ? { school: s.school } : {}),
        ...(typeof s.theme === 'string' ? { theme: s.theme } : {}),
        ...(s.weekStart && typeof s.weekStart === 'object' ? { start: s.weekStart.iso.slice(0, 10) } : {}),
        ...(options.language ? { language: options.language } : {}),
      });
    }
    const { write, ...preview } = work(ports, imported, options);
    if (!preview.unchanged) write(ports);
    ports.log.info(preview.summary);
    return preview;
  });
}

function work(ports: Pick<AppPorts, 'tables'>, imported: ImportedPlan, options: ImportOptions): Work {
  const { grids, tabNames } = readTabs(ports.tables, [SETTINGS_TABLE, ACTIVITIES_TABLE]);
  const activities = readTable(ACTIVITIES_TABLE, grids.activities);
  const lang = activities.header.language ?? options.language ?? 'vi';
  const t = catalogue(lang).planDocument.diff;
  // A sheet with no activity yet holds only Setup's defaults: what the document leaves unsaid is emptied.
  const fresh = activities.rows.length === 0;
  const settings = settingsWork(grids.settings, tabNames.settings, imported, fresh, lang);
  const acts = activitiesWork(grids.activities, activities, imported.activities, lang);
  const changes = [...settings.lines, ...acts.lines];
  const summary =
    changes.length === 0 ? t.nothing : t.summary(settings.lines.length, acts.added.length, acts.changed);
  return {
    imported,
    changes,
    summary,
    unchanged: settings.lines.length === 0 && acts.added.length === 0 && acts.changed === 0,
    write: (p) => {
      settings.write(p);
      acts.write(p);
    },
  };
}

const shown = (cell: Cell, empty: string): string => {
  const text = cellDisplay(cell);
  if (text === '') return empty;
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
};

function settingsWork(
  grid: Grid | undefined,
  tabName: string | undefined,
  imported: ImportedPlan,
  fresh: boolean,
  lang: 'vi' | 'en',
) {
  const t = catalogue(lang).planDocument.diff;
  const parsed = parseSettings(grid, tabName ?? SETTINGS_TABLE.name);
  const valueAt = parsed.table.header.index.value;
  const lines: string[] = [];
  const updates = new Map<number, Cell>();
  const appended: Cell[][] = [];
  for (const key of DOCUMENT_SETTING_KEYS) {
    const stated = Object.prototype.hasOwnProperty.call(imported.settings, key);
    if (!stated && !(fresh && !KEEP_WHEN_SILENT.has(key))) continue;
    const next = imported.settings[key] ?? null;
    const spec = SETTINGS.find((s) => s.key === key)!;
    const text = settingIn(lang, key) ?? spec;
    const row = parsed.rows[key];
    const current =
      row === undefined ? null : (parsed.table.rows.find((r) => r.row === row)?.cells.value ?? null);
    if (sameCell(current, next) || (current === null && next === null)) continue;
    if (typeof current === 'string' && typeof next === 'string' && current.normalize('NFC') === next)
      continue;
    lines.push(t.setting(text.label, shown(current, t.empty), shown(next, t.empty)));
    if (row === undefined)
      appended.push(recordToRow(parsed.table.header, { label: text.label, value: next, help: text.help }));
    else updates.set(row, next);
  }
  return {
    lines,
    write: (ports: Pick<AppPorts, 'tables'>) => {
      const name = tabName ?? SETTINGS_TABLE.name;
      if (updates.size > 0 && valueAt !== undefined && grid) {
        const rows = [...updates.keys()];
        const first = Math.min(...rows);
        const last = Math.max(...rows);
        const block: Cell[][] = [];
        for (let r = first; r <= last; r++)
          block.push([updates.has(r) ? updates.get(r)! : (grid[r - 1]?.[valueAt] ?? null)]);
        ports.tables.write(name, first - 1, valueAt, block);
      }
      if (appended.length > 0) ports.tables.append(name, appended);
    },
  };
}

function activitiesWork(
  grid: Grid | undefined,
  table: ReadTable<(typeof ACTIVITIES_TABLE)['columns'][number]['key']>,
  imported: readonly ActivityRecord[],
  lang: 'vi' | 'en',
) {
  const t = catalogue(lang).planDocument.diff;
  const headerOf = (key: string) =>
    table.header.headerText[key as keyof typeof table.header.headerText] ??
    ACTIVITIES_TABLE.columns.find((c) => c.key === key)!.header;
  const lines: string[] = [];
  const matched = new Set<number>();
  const body: Cell[][] = (grid ?? []).slice(1).map((r) => [...r]);
  const width = Math.max(table.header.width, ...body.map((r) => r.length));
  for (const r of body) while (r.length < width) r.push(null);
  let changed = 0;
  const added: ActivityRecord[] = [];
  const usedIds = new Set(table.rows.map((r) => String(r.cells.id ?? '')));
  const byTitle = (title: string) =>
    table.rows.find((r) => !matched.has(r.row) && foldKey(String(r.cells.title ?? '')) === foldKey(title));
  const byId = (id: string) => table.rows.find((r) => !matched.has(r.row) && String(r.cells.id ?? '') === id);
  for (const record of imported) {
    const existing = byTitle(String(record.title ?? '')) ?? byId(String(record.id ?? ''));
    if (!existing) {
      let id = String(record.id);
      for (let n = 1; usedIds.has(id); n++) id = `HD${String(n).padStart(2, '0')}`;
      usedIds.add(id);
      added.push({ ...record, id });
      lines.push(t.added(id, shown(record.title ?? null, t.empty)));
      continue;
    }
    matched.add(existing.row);
    const row = body[existing.row - 2]!;
    const full = recordToRow(table.header, record);
    const differs: string[] = [];
    for (const key of DOCUMENT_COLUMNS) {
      const at = table.header.index[key];
      if (at === undefined) continue;
      const next = full[at] ?? null;
      if (sameCell(row[at] ?? null, next)) continue;
      differs.push(`${headerOf(key)}: ${shown(row[at] ?? null, t.empty)} → ${shown(next, t.empty)}`);
      row[at] = next;
    }
    if (differs.length > 0) {
      changed++;
      lines.push(t.changed(String(existing.cells.id), differs.join('; ')));
    }
  }
  for (const r of table.rows)
    if (!matched.has(r.row))
      lines.push(t.kept(String(r.cells.id ?? ''), shown(r.cells.title ?? null, t.empty)));
  return {
    lines,
    added,
    changed,
    write: (ports: Pick<AppPorts, 'tables'>) => {
      const name = readTabsName(ports, ACTIVITIES_TABLE);
      if (changed > 0) ports.tables.write(name, 1, 0, body);
      if (added.length > 0)
        ports.tables.append(
          name,
          added.map((a) => recordToRow(table.header, a)),
        );
    },
  };
}

function readTabsName(ports: Pick<AppPorts, 'tables'>, spec: typeof ACTIVITIES_TABLE): string {
  return findTabName(spec, ports.tables.tableNames()) ?? spec.name;
}
