import type { ColumnType } from './types';

/**
 * The Settings tab ("Cấu hình") is a list of rows "Mục | Giá trị | Giải thích": one setting a
 * row, found by its label (tolerant of case and diacritics), so rows may be moved.
 */
export interface SettingSpec<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
  readonly choices?: readonly string[];
  readonly help: string;
  /** Written by the system (form links, ids); the principal should not edit it. */
  readonly system?: boolean;
}

export const LANGUAGES = ['Tiếng Việt', 'English'] as const;
export const CALENDAR_MODES = ['Lịch riêng của tuần lễ', 'Lịch mặc định'] as const;

export const SETTINGS = [
  {
    key: 'school',
    label: 'Tên trường',
    aliases: ['School'],
    type: 'text',
    required: true,
    help: 'Tên đầy đủ của trường, ví dụ "Trường Mầm non 20/10".',
  },
  {
    key: 'governingBody',
    label: 'Cơ quan chủ quản',
    aliases: ['Governing body'],
    type: 'text',
    required: true,
    help: 'Ví dụ "UBND Quận 1". In ở góc trái tiêu đề báo cáo.',
  },
  {
    key: 'wardAssociation',
    label: 'Hội khuyến học phường',
    aliases: ['Ward association'],
    type: 'text',
    required: false,
    help: 'Nơi nhận danh sách "Gia đình hiếu học".',
  },
  {
    key: 'planNumber',
    label: 'Số kế hoạch của trường',
    aliases: ['Plan number'],
    type: 'text',
    required: false,
    help: 'Ví dụ "45/KH-MN2010". Để trống nếu chưa có số.',
  },
  {
    key: 'basis',
    label: 'Căn cứ',
    aliases: ['Basis'],
    type: 'text',
    required: false,
    help: 'Văn bản cấp trên mà kế hoạch này thực hiện.',
  },
  {
    key: 'basisDate',
    label: 'Ngày của văn bản căn cứ',
    aliases: ['Basis date'],
    type: 'date',
    required: false,
    help: 'Ngày ban hành văn bản căn cứ (dd/MM/yyyy).',
  },
  {
    key: 'preamble',
    label: 'Lời mở đầu kế hoạch',
    aliases: ['Preamble'],
    type: 'text',
    required: false,
    help: 'Đoạn mở đầu của kế hoạch, chép từ văn bản.',
  },
  {
    key: 'planDate',
    label: 'Ngày ban hành kế hoạch',
    aliases: ['Plan date'],
    type: 'date',
    required: false,
    help: 'Ngày ghi ở dòng "…, ngày … tháng … năm …" của kế hoạch (dd/MM/yyyy).',
  },
  {
    key: 'purposes',
    label: 'Mục đích yêu cầu',
    aliases: ['Purposes'],
    type: 'text',
    required: false,
    help: 'Phần I của kế hoạch, mỗi ý một dòng.',
  },
  {
    key: 'planNotes',
    label: 'Ghi chú của kế hoạch',
    aliases: ['Plan notes'],
    type: 'text',
    required: false,
    help: 'Những dòng của văn bản kế hoạch không thuộc hoạt động nào, mỗi dòng một ý; in ở cuối phần III.',
  },
  {
    key: 'year',
    label: 'Năm',
    aliases: ['Year'],
    type: 'number',
    required: true,
    help: 'Năm tổ chức tuần lễ, ví dụ 2021.',
  },
  {
    key: 'theme',
    label: 'Chủ đề',
    aliases: ['Theme'],
    type: 'text',
    required: true,
    help: 'Chủ đề của tuần lễ năm nay.',
  },
  {
    key: 'weekStart',
    label: 'Ngày bắt đầu tuần lễ',
    aliases: ['Week start'],
    type: 'date',
    required: true,
    help: 'Thường là 01/10.',
  },
  {
    key: 'weekEnd',
    label: 'Ngày kết thúc tuần lễ',
    aliases: ['Week end'],
    type: 'date',
    required: true,
    help: 'Thường là 07/10.',
  },
  {
    key: 'timeZone',
    label: 'Múi giờ',
    aliases: ['Time zone'],
    type: 'text',
    required: true,
    help: 'Asia/Ho_Chi_Minh cho các trường ở Việt Nam.',
  },
  {
    key: 'openingTarget',
    label: 'Chỉ tiêu dự khai mạc (%)',
    aliases: ['Opening target'],
    type: 'percent',
    required: true,
    help: 'Tỷ lệ CB-GV-NV cần dự lễ khai mạc, ví dụ 50.',
  },
  {
    key: 'leadershipEmails',
    label: 'Email Ban giám hiệu',
    aliases: ['Leadership emails'],
    type: 'emails',
    required: true,
    help: 'Các địa chỉ nhận báo cáo, cách nhau bằng dấu phẩy.',
  },
  {
    key: 'organiserEmail',
    label: 'Email người tổ chức',
    aliases: ['Organiser email'],
    type: 'email',
    required: false,
    help: 'Địa chỉ nhận thư trả lời và báo cáo tiến độ hằng ngày.',
  },
  {
    key: 'senderName',
    label: 'Tên người gửi thư',
    aliases: ['Sender name'],
    type: 'text',
    required: false,
    help: 'Tên hiển thị trong thư gửi đi.',
  },
  {
    key: 'reportNumber',
    label: 'Số báo cáo',
    aliases: ['Report number'],
    type: 'text',
    required: false,
    help: 'Ví dụ "…/BC-MN2010".',
  },
  {
    key: 'reportAt',
    label: 'Thời điểm lập báo cáo',
    aliases: ['Report time'],
    type: 'datetime',
    required: false,
    help: 'Mặc định 17:00 ngày cuối tuần lễ.',
  },
  {
    key: 'place',
    label: 'Địa danh',
    aliases: ['Place'],
    type: 'text',
    required: false,
    help: 'Dùng trong dòng "…, ngày … tháng … năm …", ví dụ "Quận 1".',
  },
  {
    key: 'signerTitle',
    label: 'Chức danh người ký',
    aliases: ['Signer title'],
    type: 'text',
    required: false,
    help: 'Ví dụ "HIỆU TRƯỞNG".',
  },
  {
    key: 'signerName',
    label: 'Họ tên người ký',
    aliases: ['Signer name'],
    type: 'text',
    required: false,
    help: 'In dưới chữ ký của báo cáo.',
  },
  {
    key: 'recipientsNote',
    label: 'Nơi nhận',
    aliases: ['Recipients'],
    type: 'text',
    required: false,
    help: 'Danh sách nơi nhận báo cáo, mỗi nơi cách nhau bằng dấu chấm phẩy.',
  },
  {
    key: 'language',
    label: 'Ngôn ngữ',
    aliases: ['Language'],
    type: 'choice',
    choices: LANGUAGES,
    required: false,
    help: 'Tiếng Việt (mặc định) hoặc English.',
  },
  {
    key: 'reminderLeadHours',
    label: 'Nhắc trước (giờ)',
    aliases: ['Reminder lead time'],
    type: 'number',
    required: false,
    help: 'Gửi thư nhắc trước hoạt động bao nhiêu giờ.',
  },
  {
    key: 'retentionDays',
    label: 'Thời hạn lưu dữ liệu cá nhân (ngày)',
    aliases: ['Retention days'],
    type: 'number',
    required: false,
    help: 'Sau số ngày này kể từ khi kết thúc tuần lễ, dữ liệu cá nhân của phụ huynh được xóa.',
  },
  {
    key: 'calendarMode',
    label: 'Lịch',
    aliases: ['Calendar'],
    type: 'choice',
    choices: CALENDAR_MODES,
    required: false,
    help: 'Tạo lịch riêng cho tuần lễ hay dùng lịch mặc định.',
  },
  {
    key: 'proposals',
    label: 'Kiến nghị, đề xuất',
    aliases: ['Proposals'],
    type: 'text',
    required: false,
    help: 'Phần IV của báo cáo: kiến nghị, đề xuất với cấp trên.',
  },
  {
    key: 'attendanceFormUrl',
    label: 'Biểu mẫu điểm danh khai mạc',
    aliases: ['Attendance form'],
    type: 'url',
    required: false,
    system: true,
    help: 'Do hệ thống ghi khi tạo biểu mẫu.',
  },
  {
    key: 'trainingFormUrl',
    label: 'Biểu mẫu đăng ký tập huấn',
    aliases: ['Training form'],
    type: 'url',
    required: false,
    system: true,
    help: 'Do hệ thống ghi khi tạo biểu mẫu.',
  },
  {
    key: 'nominationFormUrl',
    label: 'Biểu mẫu đề cử gia đình hiếu học',
    aliases: ['Nomination form'],
    type: 'url',
    required: false,
    system: true,
    help: 'Do hệ thống ghi khi tạo biểu mẫu.',
  },
] as const satisfies readonly SettingSpec[];

export type SettingKey = (typeof SETTINGS)[number]['key'];
