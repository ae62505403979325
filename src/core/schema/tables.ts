import {
  ACTIVITY_RESULTS_TABLE,
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from './response-tables';
import { OUTBOX_TABLE } from './outbox-table';
import { findingsColumn } from './findings-column';
import type { TableSpec } from './types';

/**
 * The plan database: one spec per tab (docs/ARCHITECTURE.md, section 2). Vietnamese tab and header names,
 * English keys. Code finds columns by header, so the order here is only the order Setup uses
 * for a new tab; a principal may reorder columns or add their own.
 */

export const ACTIVITY_CATEGORIES = [
  'tuyên truyền',
  'khai mạc',
  'tập huấn',
  'thư viện',
  'trực tuyến',
  'nói chuyện',
  'vận động học tập',
  'bình chọn',
  'tổng kết-khen thưởng',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** 'hoãn': postponed — not done this week, not cancelled; the report says so apart from both. */
export const ACTIVITY_STATUSES = ['kế hoạch', 'đã thực hiện', 'hoãn', 'hủy'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ONLINE_PLATFORMS = ['Zoom', 'Google Meet', 'Microsoft Teams', 'K12Online', 'Khác'] as const;

/** Audience words; any other audience value must be a group named in the People tab. */
export const AUDIENCE_ALL_STAFF = 'Toàn thể CB-GV-NV';
export const AUDIENCE_PARENTS = 'Phụ huynh';
export const AUDIENCE_EVERYONE = 'Mọi người';
export const AUDIENCE_NONE = 'Không mời';
export const AUDIENCE_WORDS = [
  AUDIENCE_ALL_STAFF,
  AUDIENCE_PARENTS,
  AUDIENCE_EVERYONE,
  AUDIENCE_NONE,
] as const;

export const STAFF_ROLES = ['CBQL', 'GV', 'NV'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const OUTREACH_CHANNELS = [
  'Website',
  'Facebook',
  'Zalo',
  'YouTube',
  'Viber',
  'Băng rôn',
  'Loa',
  'Khác',
] as const;

export const SETTINGS_TABLE = {
  key: 'settings',
  name: 'Cấu hình',
  aliases: ['Settings'],
  columns: [
    { key: 'label', header: 'Mục', aliases: ['Setting'], type: 'text', required: true, width: 280 },
    { key: 'value', header: 'Giá trị', aliases: ['Value'], type: 'text', required: true, width: 360 },
    { key: 'help', header: 'Giải thích', aliases: ['Help'], type: 'text', required: false, width: 360 },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const PEOPLE_TABLE = {
  key: 'people',
  name: 'Nhân sự',
  aliases: ['People', 'Staff'],
  columns: [
    { key: 'id', header: 'Mã', aliases: ['ID', 'Mã nhân sự'], type: 'id', required: true, width: 80 },
    {
      key: 'name',
      header: 'Họ và tên',
      aliases: ['Họ tên', 'Name'],
      type: 'text',
      required: true,
      width: 200,
    },
    {
      key: 'email',
      header: 'Email',
      aliases: ['Thư điện tử', 'E-mail'],
      type: 'email',
      required: true,
      width: 240,
    },
    {
      key: 'role',
      header: 'Vai trò',
      aliases: ['Role', 'Chức vụ'],
      type: 'choice',
      choices: STAFF_ROLES,
      required: true,
      width: 80,
    },
    {
      key: 'group',
      header: 'Tổ/nhóm',
      aliases: ['Tổ', 'Nhóm', 'Group'],
      type: 'text',
      required: false,
      width: 140,
    },
    {
      key: 'active',
      header: 'Đang làm việc',
      aliases: ['Active', 'Còn công tác'],
      type: 'yesno',
      required: false,
      width: 110,
    },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const FAMILIES_TABLE = {
  key: 'families',
  name: 'Phụ huynh',
  aliases: ['Families', 'Parents'],
  personal: true,
  columns: [
    { key: 'id', header: 'Mã', aliases: ['ID', 'Mã phụ huynh'], type: 'id', required: true, width: 80 },
    {
      key: 'parentName',
      header: 'Họ tên phụ huynh',
      aliases: ['Phụ huynh', 'Parent name'],
      type: 'text',
      required: true,
      width: 200,
    },
    {
      key: 'email',
      header: 'Email',
      aliases: ['Thư điện tử', 'E-mail'],
      type: 'email',
      required: false,
      width: 240,
    },
    {
      key: 'child',
      header: 'Tên trẻ',
      aliases: ['Họ tên trẻ', 'Child'],
      type: 'text',
      required: false,
      width: 180,
    },
    { key: 'className', header: 'Lớp', aliases: ['Class'], type: 'text', required: false, width: 100 },
    { key: 'address', header: 'Địa chỉ', aliases: ['Address'], type: 'text', required: false, width: 260 },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const ACTIVITIES_TABLE = {
  key: 'activities',
  name: 'Hoạt động',
  aliases: ['Activities'],
  columns: [
    { key: 'id', header: 'Mã', aliases: ['ID', 'Mã hoạt động'], type: 'id', required: true, width: 70 },
    {
      key: 'title',
      header: 'Tên hoạt động',
      aliases: ['Hoạt động', 'Title'],
      type: 'text',
      required: true,
      width: 320,
    },
    {
      key: 'category',
      header: 'Loại',
      aliases: ['Category', 'Nhóm hoạt động'],
      type: 'choice',
      choices: ACTIVITY_CATEGORIES,
      required: true,
      width: 150,
    },
    {
      key: 'start',
      header: 'Bắt đầu',
      aliases: ['Start', 'Thời gian bắt đầu'],
      type: 'datetime',
      required: true,
      width: 140,
    },
    {
      key: 'end',
      header: 'Kết thúc',
      aliases: ['End', 'Thời gian kết thúc'],
      type: 'datetime',
      required: true,
      width: 140,
    },
    {
      key: 'timeConfirmed',
      header: 'Giờ đã xác nhận',
      aliases: ['Time confirmed'],
      type: 'yesno',
      required: false,
      width: 110,
      help: '"không" khi giờ chỉ là đề xuất, cần xác nhận lại.',
    },
    { key: 'location', header: 'Địa điểm', aliases: ['Location'], type: 'text', required: false, width: 220 },
    {
      key: 'platform',
      header: 'Nền tảng trực tuyến',
      aliases: ['Platform', 'Nền tảng'],
      type: 'choice',
      choices: ONLINE_PLATFORMS,
      required: false,
      width: 150,
    },
    {
      key: 'link',
      header: 'Đường liên kết',
      aliases: ['Link', 'Liên kết'],
      type: 'url',
      required: false,
      width: 220,
    },
    {
      key: 'owner',
      header: 'Người phụ trách (email)',
      aliases: ['Phụ trách', 'Owner'],
      type: 'email',
      required: false,
      width: 220,
    },
    {
      key: 'audience',
      header: 'Đối tượng',
      aliases: ['Audience'],
      type: 'text',
      required: false,
      width: 170,
      help: 'Toàn thể CB-GV-NV, Phụ huynh, Mọi người, Không mời, hoặc tên một tổ/nhóm trong tab Nhân sự.',
    },
    {
      key: 'capacity',
      header: 'Số chỗ',
      aliases: ['Capacity', 'Sức chứa'],
      type: 'number',
      required: false,
      width: 80,
    },
    {
      key: 'invite',
      header: 'Gửi lời mời',
      aliases: ['Invite', 'Mời'],
      type: 'yesno',
      required: false,
      width: 100,
    },
    {
      key: 'status',
      header: 'Trạng thái',
      aliases: ['Status'],
      type: 'choice',
      choices: ACTIVITY_STATUSES,
      required: false,
      width: 120,
    },
    {
      key: 'resultNotes',
      header: 'Kết quả / ghi chú',
      aliases: ['Kết quả', 'Ghi chú', 'Notes'],
      type: 'text',
      required: false,
      width: 280,
    },
    {
      key: 'evidence',
      header: 'Minh chứng (liên kết)',
      aliases: ['Minh chứng', 'Evidence'],
      type: 'url',
      required: false,
      width: 220,
    },
    {
      key: 'eventId',
      header: 'Mã sự kiện lịch',
      aliases: ['Event id'],
      type: 'text',
      required: false,
      system: true,
      width: 160,
    },
    {
      key: 'lastSync',
      header: 'Đồng bộ lần cuối',
      aliases: ['Last sync'],
      type: 'datetime',
      required: false,
      system: true,
      width: 140,
    },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const OUTREACH_TABLE = {
  key: 'outreach',
  name: 'Tuyên truyền',
  aliases: ['Outreach'],
  columns: [
    { key: 'date', header: 'Ngày', aliases: ['Date'], type: 'date', required: true, width: 110 },
    {
      key: 'channel',
      header: 'Kênh',
      aliases: ['Channel'],
      type: 'choice',
      choices: OUTREACH_CHANNELS,
      required: true,
      width: 120,
    },
    {
      key: 'link',
      header: 'Đường liên kết',
      aliases: ['Link', 'Liên kết'],
      type: 'url',
      required: false,
      width: 260,
    },
    { key: 'by', header: 'Người thực hiện', aliases: ['By'], type: 'text', required: false, width: 180 },
    { key: 'note', header: 'Ghi chú', aliases: ['Note'], type: 'text', required: false, width: 280 },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const LOG_TABLE = {
  key: 'log',
  name: 'Nhật ký',
  aliases: ['Log'],
  columns: [
    {
      key: 'at',
      header: 'Thời điểm',
      aliases: ['At'],
      type: 'datetime',
      required: true,
      system: true,
      width: 140,
    },
    {
      key: 'action',
      header: 'Tác vụ',
      aliases: ['Action'],
      type: 'text',
      required: true,
      system: true,
      width: 180,
    },
    {
      key: 'outcome',
      header: 'Kết quả',
      aliases: ['Outcome'],
      type: 'text',
      required: false,
      system: true,
      width: 120,
    },
    {
      key: 'detail',
      header: 'Chi tiết',
      aliases: ['Detail'],
      type: 'text',
      required: false,
      system: true,
      width: 480,
    },
  ],
} as const satisfies TableSpec;

/** Every tab, in the order Setup creates them. */
export const ALL_TABLES: readonly TableSpec[] = [
  SETTINGS_TABLE,
  PEOPLE_TABLE,
  FAMILIES_TABLE,
  ACTIVITIES_TABLE,
  OUTREACH_TABLE,
  RAW_RESPONSES_TABLE,
  ATTENDANCE_TABLE,
  TRAINING_SIGNUPS_TABLE,
  NOMINATIONS_TABLE,
  ACTIVITY_RESULTS_TABLE,
  OUTBOX_TABLE,
  LOG_TABLE,
];

/** The column keys of a spec, as a union type. */
export type KeysOf<T extends TableSpec> = T['columns'][number]['key'];

export {
  ACTIVITY_RESULTS_TABLE,
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  OUTBOX_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
};
