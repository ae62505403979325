import { describe, expect, it } from 'vitest';
import { setup, type SetupOptions } from '../../src/app/plan/setup';
import { validatePlan } from '../../src/app/plan/validate-plan';
import type { Cell } from '../../src/core/cell';
import { sheet as en } from '../../src/core/i18n/en/sheet';
import { SETTINGS } from '../../src/core/schema/settings';
import { ACTIVITIES_TABLE, ALL_TABLES, LOG_TABLE, SETTINGS_TABLE } from '../../src/core/schema/tables';
import { mapHeader, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';

/** 2021-09-30 10:00 in Hồ Chí Minh City. */
const NOW = new Date(Date.UTC(2021, 8, 30, 3, 0));
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

const ports = (tables: MemoryTables, messages: string[] = []) => ({
  tables,
  clock: { now: () => NOW },
  log: { info: (m: string) => messages.push(m), error: (m: string) => messages.push(m) },
  env: { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
});

function sheetIn(language: SetupOptions['language'], messages: string[] = []): MemoryTables {
  const tables = new MemoryTables();
  setup(ports(tables, messages), { plan: 'seed', sample: true, ...(language ? { language } : {}) });
  return tables;
}

const gridOf = (tables: MemoryTables, name: string): Cell[][] => tables.read(name) ?? [];

describe('setup with language English', () => {
  it('names every tab and header in English', () => {
    const tables = sheetIn('en');
    expect(tables.tableNames()).toEqual(ALL_TABLES.map((s) => en.tabs[s.key]));
    for (const spec of ALL_TABLES) {
      const header = gridOf(tables, en.tabs[spec.key])[0]!;
      expect(header).toEqual(
        spec.columns.map((c) => (en.headers[spec.key] as Record<string, string>)[c.key]),
      );
      expect(mapHeader(spec, header).language).toBe('en');
    }
  });

  it('writes the Settings rows with English labels and help, and Language = English', () => {
    const tables = sheetIn('en');
    const rows = readTable(SETTINGS_TABLE, gridOf(tables, 'Settings')).rows;
    expect(rows.map((r) => r.cells.label)).toEqual(SETTINGS.map((s) => en.settings[s.key].label));
    for (const r of rows) expect(String(r.cells.help)).not.toMatch(VIETNAMESE);
    expect(rows.find((r) => r.cells.label === 'Language')?.cells.value).toBe('English');
    expect(rows.find((r) => r.cells.label === 'Calendar')?.cells.value).toBe(
      'Separate calendar for the week',
    );
  });

  it('writes the product words of the activities in English and the log line in English', () => {
    const messages: string[] = [];
    const tables = sheetIn('en', messages);
    const activities = readTable(ACTIVITIES_TABLE, gridOf(tables, 'Activities')).rows;
    const words = new Set(activities.flatMap((r) => [r.cells.category, r.cells.status, r.cells.invite]));
    for (const w of words) if (typeof w === 'string') expect(w).not.toMatch(VIETNAMESE);
    expect(words).toContain('opening');
    expect(words).toContain('planned');
    const [, line] = gridOf(tables, 'Log');
    const log = mapHeader(LOG_TABLE, gridOf(tables, 'Log')[0]!);
    expect(line![log.index.action!]).toBe('Setup');
    expect(line![log.index.outcome!]).toBe('done');
    expect(String(line![log.index.detail!])).toMatch(/^Created 12 tabs: Settings, People/);
    expect(messages[0]).toMatch(/^Setup: Created 12 tabs/);
  });

  it('is idempotent on its own English sheet: a second run adds nothing', () => {
    const tables = sheetIn('en');
    const before = structuredClone(Object.fromEntries(tables.tabs));
    const again = setup(ports(tables), { plan: 'seed', language: 'en' });
    expect(again.createdTabs).toEqual([]);
    expect(again.addedSettings).toEqual([]);
    expect(again.repairedHeaders).toEqual([]);
    const after = Object.fromEntries(tables.tabs);
    for (const spec of ALL_TABLES.filter((s) => s.key !== 'log'))
      expect(after[en.tabs[spec.key]]).toEqual(before[en.tabs[spec.key]]);
  });

  it('gives the same plan check as the Vietnamese sheet (the readers find and parse it)', () => {
    const summary = (tables: MemoryTables) =>
      validatePlan(ports(tables)).findings.map((f) => [f.code, f.table, f.row, f.severity, f.params]);
    const vi = validatePlan(ports(sheetIn(undefined)));
    const english = validatePlan(ports(sheetIn('en')));
    expect(english.language).toBe('en');
    expect(english.summary).toMatch(/^Week 2021 of .*: from .* Check done: \d+ errors, \d+ warnings\./);
    expect(vi.summary).toMatch(/^Tuần lễ 2021 của .*Kiểm tra xong: /);
    expect(vi.language).toBe('vi');
    expect(summary(sheetIn('en'))).toEqual(summary(sheetIn(undefined)));
    expect(english.errors).toBe(vi.errors);
    expect(english.warnings).toBe(vi.warnings);
  });
});

describe('setup in Vietnamese (the default) is unchanged', () => {
  it('writes Vietnamese tabs whose headers say Vietnamese', () => {
    const tables = sheetIn(undefined);
    expect(tables.tableNames()).toEqual(ALL_TABLES.map((s) => s.name));
    for (const spec of ALL_TABLES) expect(mapHeader(spec, gridOf(tables, spec.name)[0]!).language).toBe('vi');
  });
});
