import { CALENDAR_MODES, LANGUAGES, SETTINGS, type SettingKey } from '../../schema/settings';
import { YES_NO_CHOICES } from '../../schema/layout';
import { OUTBOX_STATES, OUTBOX_TABLE } from '../../schema/outbox-table';
import {
  ACTIVITY_RESULTS_TABLE,
  ATTENDANCE_TABLE,
  NOMINATION_STATUS_CHOICES,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../schema/response-tables';
import {
  ACTIVITIES_TABLE,
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATUSES,
  AUDIENCE_WORDS,
  FAMILIES_TABLE,
  LOG_TABLE,
  ONLINE_PLATFORMS,
  OUTREACH_CHANNELS,
  OUTREACH_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
  STAFF_ROLES,
} from '../../schema/tables';
import type { TableKey, TableSpec } from '../../schema/types';
import { AWARDS, COMMENDATIONS_TABLE, DECISIONS, NOMINEE_KINDS } from '../../schema/commendation-table';

/**
 * The sheet's own words in Vietnamese. The schema keeps the Vietnamese names (it is what the
 * code reads by); this file gathers them under the keys the English catalogue translates, so a
 * tab, header, setting or choice without an English name is a type error.
 */

type ColumnKey<T extends TableSpec> = T['columns'][number]['key'];

function headersOf<T extends TableSpec>(spec: T): Record<ColumnKey<T>, string> {
  return Object.fromEntries(spec.columns.map((c) => [c.key, c.header])) as Record<ColumnKey<T>, string>;
}

function helpOf<T extends TableSpec>(spec: T): Partial<Record<ColumnKey<T>, string>> {
  return Object.fromEntries(spec.columns.filter((c) => c.help).map((c) => [c.key, c.help])) as Partial<
    Record<ColumnKey<T>, string>
  >;
}

const TABLES = {
  settings: SETTINGS_TABLE,
  people: PEOPLE_TABLE,
  families: FAMILIES_TABLE,
  activities: ACTIVITIES_TABLE,
  outreach: OUTREACH_TABLE,
  attendance: ATTENDANCE_TABLE,
  trainingSignups: TRAINING_SIGNUPS_TABLE,
  nominations: NOMINATIONS_TABLE,
  activityResults: ACTIVITY_RESULTS_TABLE,
  rawResponses: RAW_RESPONSES_TABLE,
  outbox: OUTBOX_TABLE,
  log: LOG_TABLE,
  commendations: COMMENDATIONS_TABLE,
} as const satisfies Record<TableKey, TableSpec>;
type Tables = typeof TABLES;

function mapTables<V>(f: (spec: TableSpec) => V): { [T in TableKey]: V } {
  return Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, f(s)])) as { [T in TableKey]: V };
}

/** Every product word the code writes into a cell as a choice, by its canonical Vietnamese value. */
const CHOICE_WORDS = [
  ...ACTIVITY_CATEGORIES,
  ...ACTIVITY_STATUSES,
  ...ONLINE_PLATFORMS,
  ...AUDIENCE_WORDS,
  ...STAFF_ROLES,
  ...OUTREACH_CHANNELS,
  ...OUTBOX_STATES,
  ...NOMINATION_STATUS_CHOICES,
  ...LANGUAGES,
  ...CALENDAR_MODES,
  ...YES_NO_CHOICES,
  ...AWARDS,
  ...DECISIONS,
  ...NOMINEE_KINDS,
] as const;
type ChoiceWord = (typeof CHOICE_WORDS)[number];

export const sheet = {
  tabs: mapTables((s) => s.name),
  headers: Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, headersOf(s)])) as {
    [T in TableKey]: Record<ColumnKey<Tables[T]>, string>;
  },
  columnHelp: Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, helpOf(s)])) as {
    [T in TableKey]: Partial<Record<ColumnKey<Tables[T]>, string>>;
  },
  settings: Object.fromEntries(SETTINGS.map((s) => [s.key, { label: s.label, help: s.help }])) as Record<
    SettingKey,
    { label: string; help: string }
  >,
  choices: Object.fromEntries(CHOICE_WORDS.map((w) => [w, w])) as Record<ChoiceWord, string>,
  seed: {
    signerTitle: 'HIỆU TRƯỞNG',
    archive: 'Lưu: VT',
  },
  setup: {
    action: 'Thiết lập',
    outcome: 'thành công',
    logLine: (summary: string) => `Thiết lập: ${summary}`,
    createdTabs: (count: number, names: string) => `Tạo ${count} tab: ${names}`,
    addedColumns: (tab: string, headers: string) => `Thêm cột vào tab ${tab}: ${headers}`,
    addedSettings: (count: number) => `Thêm ${count} mục cấu hình`,
    seededPlan: (year: number, activities: number) =>
      `Ghi kế hoạch mặc định năm ${year}: ${activities} hoạt động`,
    sampleRoster: (people: number, families: number) =>
      `, danh sách mẫu ${people} nhân sự và ${families} phụ huynh`,
    keptPlan: 'bảng tính đã có dữ liệu kế hoạch nên không ghi kế hoạch mặc định',
    nothing: 'Không có gì cần sửa',
  },
  /** A runtime asked for a tab that is not there (a bug or a tab deleted mid-run). */
  noSuchTab: (name: string) => `Không có trang tính "${name}"`,
  week: {
    badStart: (text: string) => `Ngày bắt đầu tuần lễ không hợp lệ: "${text}"`,
    startOutsideYear: (start: string, year: number) => `Ngày bắt đầu ${start} không thuộc năm ${year}`,
    badYear: (year: number) => `Năm không hợp lệ: ${year}`,
  },
  invalidChoice: {
    title: 'Giá trị ngoài danh sách',
    message: 'Hãy chọn một giá trị trong danh sách. Nếu vẫn giữ, "Kiểm tra kế hoạch" sẽ báo lỗi.',
  },
  validate: {
    action: 'Kiểm tra kế hoạch',
    outcome: { errors: 'Có lỗi', warnings: 'Có cảnh báo', ok: 'Đạt' },
    checked: (errors: number, warnings: number) => `Kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo.`,
    clean: 'Kế hoạch không có gì cần sửa.',
    seeColumn: (column: string, list: string) => `Xem cột “${column}” ở các tab: ${list}.`,
    more: (count: number) => `… và ${count} mục khác.`,
    school: (school: string) => ` của ${school}`,
    week: (year: number, school: string, from: string, to: string) =>
      `Tuần lễ ${year}${school}: từ ${from} đến ${to}.`,
  },
};
