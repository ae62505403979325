import type { Grid, LocalDateTime } from '../cell';
import { parseCell, parseNumber, type Typed } from '../codec';
import type { Finding } from '../findings';
import type { Settings } from '../plan';
import { CALENDAR_MODES, SETTINGS, type SettingKey, type SettingSpec } from '../schema/settings';
import { SETTINGS_TABLE } from '../schema/tables';
import { cellText, readTable, type ReadTable } from '../table';
import { settingLabels } from '../sheet-language';
import { SCHOOL_TIME_ZONE } from '../time-zone';
import { foldHeader } from '../text';
import type { FindingCode } from '../finding-codes';
import { makeFinding } from './make-finding';
import { columnName } from './parse-rows';

type SettingsColumn = (typeof SETTINGS_TABLE)['columns'][number]['key'];

export interface ParsedSettings {
  /** Undefined when the week itself (start and end) cannot be read: nothing can be checked. */
  readonly settings?: Settings;
  readonly values: Partial<Record<SettingKey, Typed>>;
  /** Sheet row of each setting found. */
  readonly rows: Partial<Record<SettingKey, number>>;
  readonly table: ReadTable<SettingsColumn>;
  readonly findings: Finding[];
}

const SPECS: readonly SettingSpec<SettingKey>[] = SETTINGS;

function specForLabel(label: string): SettingSpec<SettingKey> | undefined {
  const key = foldHeader(label);
  if (key === '') return undefined;
  return SPECS.find((s) => settingLabels(s).some((l) => foldHeader(l) === key));
}

/**
 * The Settings tab is rows of "Mục | Giá trị": each setting is found by its label (case- and
 * diacritic-tolerant, aliases allowed), so rows may be moved and the principal's own rows are
 * left alone.
 */
export function parseSettings(grid: Grid | undefined, tableName: string): ParsedSettings {
  const table = readTable(SETTINGS_TABLE, grid);
  const findings: Finding[] = table.header.findings.map((f) => ({ ...f, tableName }));
  const valueColumn = columnName(table, 'value');
  const rows: Partial<Record<SettingKey, number>> = {};
  const found: {
    spec: SettingSpec<SettingKey>;
    row: number;
    cell: (typeof table.rows)[number]['cells']['value'];
  }[] = [];
  for (const record of table.rows) {
    const spec = specForLabel(cellText(record.cells.label));
    if (!spec) continue;
    if (rows[spec.key] !== undefined) {
      findings.push(
        makeFinding(
          'warning',
          'setting.duplicate',
          { table: 'settings', tableName, row: record.row, column: columnName(table, 'label') },
          { setting: spec.label, firstRow: rows[spec.key]! },
        ),
      );
      continue;
    }
    rows[spec.key] = record.row;
    found.push({ spec, row: record.row, cell: record.cells.value });
  }

  // The year first, so that a date typed without a year can say which one was probably meant.
  const yearCell = found.find((f) => f.spec.key === 'year')?.cell ?? null;
  const expectedYear = parseNumber(yearCell).value;
  const ctx = expectedYear === undefined ? {} : { expectedYear };

  const values: Partial<Record<SettingKey, Typed>> = {};
  for (const { spec, row, cell } of found) {
    const parsed = parseCell(cell, { ...spec, required: false }, ctx);
    const place = { table: 'settings' as const, tableName, row, column: valueColumn };
    if (parsed.value !== undefined) values[spec.key] = parsed.value;
    for (const p of parsed.problems) {
      findings.push(
        makeFinding(p.severity, p.code as FindingCode, place, { ...p.params, setting: spec.label }),
      );
    }
    if (parsed.blank && spec.required) {
      findings.push(makeFinding('error', 'setting.missing', place, { setting: spec.label }));
    }
  }
  if (grid !== undefined && table.header.index.label !== undefined) {
    for (const spec of SPECS) {
      if (spec.required && rows[spec.key] === undefined) {
        findings.push(
          makeFinding('error', 'setting.missing', { table: 'settings', tableName }, { setting: spec.label }),
        );
      }
    }
  }
  return { settings: toSettings(values), values, rows, table, findings };
}

const str = (v: Typed | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: Typed | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const date = (v: Typed | undefined): LocalDateTime | undefined =>
  typeof v === 'object' && !Array.isArray(v) ? v : undefined;

/**
 * Typed Settings with safe fallbacks for what is missing (the findings say what), so that the
 * rest of the plan can still be checked. Only the week itself is indispensable.
 */
function toSettings(v: Partial<Record<SettingKey, Typed>>): Settings | undefined {
  const weekStart = date(v.weekStart);
  const weekEnd = date(v.weekEnd);
  if (!weekStart || !weekEnd) return undefined;
  const optional = <T>(key: string, value: T | undefined): Record<string, T> =>
    value === undefined ? {} : { [key]: value };
  return {
    school: str(v.school) ?? '',
    governingBody: str(v.governingBody) ?? '',
    ...optional('wardAssociation', str(v.wardAssociation)),
    ...optional('planNumber', str(v.planNumber)),
    ...optional('basis', str(v.basis)),
    ...optional('basisDate', date(v.basisDate)),
    ...optional('preamble', str(v.preamble)),
    year: num(v.year) ?? Number(weekStart.iso.slice(0, 4)),
    theme: str(v.theme) ?? '',
    weekStart,
    weekEnd,
    timeZone: str(v.timeZone) ?? SCHOOL_TIME_ZONE,
    openingTarget: num(v.openingTarget) ?? 50,
    leadershipEmails: Array.isArray(v.leadershipEmails) ? v.leadershipEmails : [],
    ...optional('organiserEmail', str(v.organiserEmail)),
    ...optional('senderName', str(v.senderName)),
    ...optional('reportNumber', str(v.reportNumber)),
    ...optional('reportAt', date(v.reportAt)),
    ...optional('place', str(v.place)),
    ...optional('signerTitle', str(v.signerTitle)),
    ...optional('signerName', str(v.signerName)),
    ...optional('recipientsNote', str(v.recipientsNote)),
    language: v.language === 'English' ? 'en' : 'vi',
    reminderLeadHours: num(v.reminderLeadHours) ?? 24,
    retentionDays: num(v.retentionDays) ?? 90,
    calendarMode: v.calendarMode === CALENDAR_MODES[1] ? 'default' : 'dedicated',
    ...optional('proposals', str(v.proposals)),
    ...optional('booksDonated', num(v.booksDonated)),
    ...optional('booksCirculated', num(v.booksCirculated)),
    mailFamilies: v.mailFamilies === true,
    ...optional('localFormsAddress', webLink(str(v.localFormsAddress))),
    // Only links the people mailed can open: a local preview (file:///…) is accepted in the
    // sheet, since the local runtime writes it, but goes into no mail, text or QR code.
    formUrls: {
      ...optional('attendance', webLink(str(v.attendanceFormUrl))),
      ...optional('training', webLink(str(v.trainingFormUrl))),
      ...optional('nomination', webLink(str(v.nominationFormUrl))),
      ...optional('result', webLink(str(v.resultFormUrl))),
    },
  };
}

function webLink(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}
