import type { Finding, FindingParams } from '../../findings';
import type { SettingKey } from '../../schema/settings';
import { SETTINGS } from '../../schema/settings';
import type { TableKey } from '../../schema/types';
import type { Place } from '../make-finding';
import type { ParsedPlan } from '../parse-plan';
import { columnName } from '../parse-rows';

/** The time zones of the running environment, as the EnvironmentPort reports them. */
export interface EnvironmentZones {
  readonly spreadsheetTimeZone?: string;
  readonly scriptTimeZone?: string;
  /** The spreadsheet's locale, where typed dates are read by one (Google Sheets). */
  readonly spreadsheetLocale?: string;
}

export interface RuleContext {
  readonly parsed: ParsedPlan;
  readonly env: EnvironmentZones;
}

/** One check over the typed plan: small, pure, independent of the others. */
export type Rule = (ctx: RuleContext) => Finding[];

/** Where a finding about a row's column points, with the header as the sheet spells it. */
export function placeAt(ctx: RuleContext, table: TableKey, row: number | undefined, key?: string): Place {
  const read = ctx.parsed.tables[table];
  const tableName = ctx.parsed.tabNames[table] ?? table;
  const column = key === undefined ? undefined : read ? columnName(read, key) : key;
  return {
    table,
    tableName,
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}

/** Where a finding about one setting points: its row in Settings, value column. */
export function settingPlace(ctx: RuleContext, key: SettingKey): Place {
  return placeAt(ctx, 'settings', ctx.parsed.settingRows[key], 'value');
}

/** Parameters of a finding about one setting: its label, so the place can name it. */
export function settingParams(key: SettingKey, params: FindingParams = {}): FindingParams {
  return { ...params, setting: settingLabel(key) };
}

export function settingLabel(key: SettingKey): string {
  return SETTINGS.find((s) => s.key === key)?.label ?? key;
}
