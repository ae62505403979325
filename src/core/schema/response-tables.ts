import { findingsColumn } from './findings-column';
import type { ColumnSpec, TableSpec } from './types';

/**
 * Form responses (docs/ARCHITECTURE.md, section 4; src/core/forms):
 * - "Phản hồi gốc": every response exactly as received, appended once per response id, never
 *   edited — the audit copy (full text, including what the normalised cells cut or cleaned).
 * - the three normalised tabs: one row per person per form, the latest response wins, the
 *   response id kept; "Cần xem lại" says why a row is flagged, "Đã làm sạch" what cleaning changed.
 */

export const NOMINATION_STATUS_CHOICES = [
  'mới',
  'đã xem',
  'được chọn',
  'không chọn',
  'đã gửi phường',
] as const;

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
    aliases: ['Timestamp', 'Dấu thời gian'],
    type: 'datetime',
    required: true,
    system: true,
    width: 140,
  },
  { key: 'email', header: 'Email', aliases: ['Email Address'], type: 'email', required: true, width: 220 },
  { key: 'name', header: 'Họ và tên', aliases: ['Họ tên', 'Name'], type: 'text', required: true, width: 200 },
] as const satisfies readonly ColumnSpec[];

const processingColumns = [
  {
    key: 'problems',
    header: 'Cần xem lại',
    aliases: ['Problems'],
    type: 'text',
    required: false,
    system: true,
    width: 320,
    help: 'Lý do phản hồi bị đánh dấu (thiếu câu bắt buộc, email sai…). Trống là hợp lệ.',
  },
  {
    key: 'cleaning',
    header: 'Đã làm sạch',
    aliases: ['Cleaning'],
    type: 'text',
    required: false,
    system: true,
    width: 260,
    help: 'Những gì hệ thống đã sửa khi ghi (bỏ ký tự ẩn, chặn công thức, cắt câu quá dài). Bản gốc ở tab "Phản hồi gốc".',
  },
] as const satisfies readonly ColumnSpec[];

/** A family's class, as answered or (left blank) as "Phụ huynh" lists the family's address. */
const childClassColumn = {
  key: 'childClass',
  header: 'Lớp của con',
  aliases: ['Child class'],
  type: 'text',
  required: false,
  width: 110,
  help: 'Lớp phụ huynh đã chọn; để trống thì lấy lớp của gia đình có cùng email trong tab "Phụ huynh".',
} as const satisfies ColumnSpec;

export const ATTENDANCE_TABLE = {
  key: 'attendance',
  name: 'Điểm danh khai mạc',
  aliases: ['Opening attendance'],
  columns: [
    ...responseColumns,
    { key: 'group', header: 'Tổ/nhóm', aliases: ['Group'], type: 'text', required: false, width: 140 },
    childClassColumn,
    { key: 'intent', header: 'Hình thức', aliases: ['Intent'], type: 'text', required: true, width: 160 },
    { key: 'mode', header: 'Nơi tham dự', aliases: ['Mode'], type: 'text', required: false, width: 200 },
    ...processingColumns,
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
    childClassColumn,
    {
      key: 'sessions',
      header: 'Buổi đăng ký',
      aliases: ['Sessions'],
      type: 'text',
      required: false,
      width: 260,
      help: 'Mỗi buổi một dòng, mã hoạt động trong ngoặc vuông.',
    },
    {
      key: 'seats',
      header: 'Chỗ / danh sách chờ',
      aliases: ['Seats'],
      type: 'text',
      required: false,
      system: true,
      width: 220,
      help: 'Do hệ thống xếp theo thứ tự ghi nhận phản hồi (chỗ đã có không bị lấy lại), ví dụ "HD05: có chỗ; HD07: chờ số 2".',
    },
    {
      key: 'pledges',
      header: 'Khóa học cam kết',
      aliases: ['Pledges'],
      type: 'text',
      required: false,
      width: 220,
    },
    ...processingColumns,
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
    responseColumns[0],
    responseColumns[1],
    responseColumns[2],
    {
      key: 'name',
      header: 'Người đề cử',
      aliases: ['Họ và tên', 'Nominator'],
      type: 'text',
      required: true,
      width: 200,
    },
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
      help: '"không": đề cử được lưu nhưng không bao giờ gửi đi.',
    },
    {
      key: 'status',
      header: 'Trạng thái xét chọn',
      aliases: ['Review', 'Status'],
      type: 'choice',
      choices: NOMINATION_STATUS_CHOICES,
      required: false,
      width: 140,
      help: 'Ban giám hiệu cập nhật: mới → đã xem → được chọn / không chọn → đã gửi phường.',
    },
    {
      key: 'reviewNote',
      header: 'Ghi chú xét chọn',
      aliases: ['Review note'],
      type: 'text',
      required: false,
      width: 240,
    },
    {
      key: 'sentOn',
      header: 'Ngày gửi phường',
      aliases: ['Sent to ward'],
      type: 'date',
      required: false,
      width: 120,
    },
    ...processingColumns,
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

const countColumn = <K extends string>(key: K, header: string, alias: string): ColumnSpec<K> => ({
  key,
  header,
  aliases: [alias],
  type: 'number',
  required: false,
  width: 90,
});

/**
 * "Kết quả hoạt động": one row per activity, the latest result its owner reported (earlier
 * ones stay in "Phản hồi gốc"). Counts are numbers when they read as one and the text as typed
 * (flagged) when not. "Đã ghi vào Hoạt động" remembers what the system itself wrote into the
 * Activities tab, so a cell that differs from it was typed by hand and is never overwritten.
 * Staff report on their own work: no family's data, not purged.
 */
export const ACTIVITY_RESULTS_TABLE = {
  key: 'activityResults',
  name: 'Kết quả hoạt động',
  aliases: ['Activity results'],
  columns: [
    responseColumns[0],
    responseColumns[1],
    responseColumns[2],
    {
      key: 'activityId',
      header: 'Mã hoạt động',
      aliases: ['Activity id'],
      type: 'id',
      required: false,
      system: true,
      width: 100,
    },
    { key: 'activity', header: 'Hoạt động', aliases: ['Activity'], type: 'text', required: true, width: 240 },
    {
      key: 'outcome',
      header: 'Kết quả thực hiện',
      aliases: ['Outcome'],
      type: 'text',
      required: true,
      width: 130,
    },
    countColumn('staff', 'CB-GV-NV', 'Staff'),
    countColumn('children', 'Trẻ', 'Children'),
    countColumn('parents', 'Phụ huynh', 'Parents'),
    countColumn('others', 'Khác', 'Others'),
    {
      key: 'achieved',
      header: 'Kết quả đạt được',
      aliases: ['Achieved'],
      type: 'text',
      required: false,
      width: 320,
    },
    {
      key: 'evidenceLinks',
      header: 'Minh chứng',
      aliases: ['Evidence'],
      type: 'text',
      required: false,
      width: 260,
    },
    {
      key: 'posts',
      header: 'Tin, bài đã đăng',
      aliases: ['Posts'],
      type: 'text',
      required: false,
      width: 260,
    },
    {
      key: 'landed',
      header: 'Đã ghi vào Hoạt động',
      aliases: ['Written to Activities'],
      type: 'text',
      required: false,
      system: true,
      width: 200,
      help: 'Do hệ thống ghi: dấu vân tay của những gì đã ghi vào tab Hoạt động. Ô nào ở tab Hoạt động khác với nội dung đó là do người dùng nhập tay và không bị ghi đè.',
    },
    ...processingColumns,
    findingsColumn('findings'),
  ],
  findingsColumn: 'findings',
} as const satisfies TableSpec;

/**
 * The audit copy. The answers are JSON (keyed by question title, full text). A Google Sheets
 * cell holds at most 50,000 characters, so long JSON continues in "Nội dung gốc 2…4"
 * (45,000 characters each); see src/core/forms/response-rows.ts.
 *
 * The key 'rawResponses' is not yet in TableKey (src/core/schema/types.ts): until it is, this
 * spec is typed apart from TableSpec and not in ALL_TABLES.
 */
export const RAW_RESPONSES_TABLE = {
  key: 'rawResponses',
  name: 'Phản hồi gốc',
  aliases: ['Raw responses'],
  personal: true,
  columns: [
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
      key: 'form',
      header: 'Biểu mẫu',
      aliases: ['Form'],
      type: 'text',
      required: true,
      system: true,
      width: 110,
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
    {
      key: 'receivedAt',
      header: 'Thời điểm ghi nhận',
      aliases: ['Received'],
      type: 'datetime',
      required: false,
      system: true,
      width: 140,
    },
    {
      key: 'source',
      header: 'Nguồn',
      aliases: ['Source'],
      type: 'text',
      required: false,
      system: true,
      width: 110,
    },
    {
      key: 'email',
      header: 'Email',
      aliases: ['Email Address'],
      type: 'text',
      required: false,
      system: true,
      width: 220,
    },
    {
      key: 'content',
      header: 'Nội dung gốc',
      aliases: ['Content'],
      type: 'text',
      required: true,
      system: true,
      width: 480,
    },
    { key: 'content2', header: 'Nội dung gốc 2', type: 'text', required: false, system: true, width: 120 },
    { key: 'content3', header: 'Nội dung gốc 3', type: 'text', required: false, system: true, width: 120 },
    { key: 'content4', header: 'Nội dung gốc 4', type: 'text', required: false, system: true, width: 120 },
  ],
} as const satisfies TableSpec;
