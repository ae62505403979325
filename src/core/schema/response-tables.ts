import { findingsColumn } from './findings-column';
import type { ColumnSpec, TableSpec } from './types';

/** Normalised form responses: one row per person per form, latest wins (see src/core/forms). */
const responseColumns = [
  {
    key: 'responseId',
    header: 'Mã phản hồi',
    aliases: ['Response id'],
    type: 'id',
    required: true,
    system: true,
    width: 160,
  },
  {
    key: 'submittedAt',
    header: 'Thời điểm gửi',
    aliases: ['Timestamp'],
    type: 'datetime',
    required: true,
    system: true,
    width: 140,
  },
  { key: 'email', header: 'Email', aliases: ['Email Address'], type: 'email', required: true, width: 220 },
  { key: 'name', header: 'Họ và tên', aliases: ['Họ tên', 'Name'], type: 'text', required: true, width: 200 },
] as const satisfies readonly ColumnSpec[];

export const ATTENDANCE_TABLE = {
  key: 'attendance',
  name: 'Điểm danh khai mạc',
  aliases: ['Opening attendance'],
  columns: [
    ...responseColumns,
    { key: 'group', header: 'Tổ/nhóm', aliases: ['Group'], type: 'text', required: false, width: 140 },
    { key: 'intent', header: 'Hình thức', aliases: ['Intent'], type: 'text', required: true, width: 160 },
    { key: 'mode', header: 'Nơi tham dự', aliases: ['Mode'], type: 'text', required: false, width: 200 },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const TRAINING_SIGNUPS_TABLE = {
  key: 'trainingSignups',
  name: 'Đăng ký tập huấn',
  aliases: ['Training signups'],
  columns: [
    ...responseColumns,
    { key: 'who', header: 'Đối tượng', aliases: ['Who'], type: 'text', required: false, width: 140 },
    {
      key: 'sessions',
      header: 'Buổi đăng ký',
      aliases: ['Sessions'],
      type: 'text',
      required: false,
      width: 260,
    },
    {
      key: 'seats',
      header: 'Chỗ / danh sách chờ',
      aliases: ['Seats'],
      type: 'text',
      required: false,
      system: true,
      width: 220,
    },
    {
      key: 'pledges',
      header: 'Khóa học cam kết',
      aliases: ['Pledges'],
      type: 'text',
      required: false,
      width: 220,
    },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

export const NOMINATIONS_TABLE = {
  key: 'nominations',
  name: 'Đề cử gia đình hiếu học',
  aliases: ['Nominations'],
  personal: true,
  columns: [
    ...responseColumns,
    {
      key: 'relation',
      header: 'Quan hệ với gia đình',
      aliases: ['Relation'],
      type: 'text',
      required: false,
      width: 140,
    },
    {
      key: 'family',
      header: 'Đại diện gia đình',
      aliases: ['Family'],
      type: 'text',
      required: true,
      width: 200,
    },
    { key: 'child', header: 'Tên trẻ', aliases: ['Child'], type: 'text', required: false, width: 160 },
    { key: 'className', header: 'Lớp', aliases: ['Class'], type: 'text', required: false, width: 90 },
    { key: 'address', header: 'Địa chỉ', aliases: ['Address'], type: 'text', required: false, width: 220 },
    {
      key: 'achievements',
      header: 'Thành tích',
      aliases: ['Achievements'],
      type: 'text',
      required: false,
      width: 320,
    },
    {
      key: 'evidence',
      header: 'Minh chứng (liên kết)',
      aliases: ['Evidence'],
      type: 'url',
      required: false,
      width: 200,
    },
    {
      key: 'consent',
      header: 'Đồng ý chia sẻ với Hội khuyến học',
      aliases: ['Consent'],
      type: 'yesno',
      required: true,
      width: 140,
    },
    {
      key: 'review',
      header: 'Trạng thái xét chọn',
      aliases: ['Review'],
      type: 'choice',
      choices: ['mới', 'đã xem', 'được chọn', 'không chọn', 'đã gửi phường'],
      required: false,
      width: 140,
    },
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;
