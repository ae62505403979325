import type { TriggerInstallResult } from './trigger-installer';

/** Vietnamese texts of the Apps Script entry points (menus, dialogs). */
export const MENU_TITLE = 'Tuần lễ HTSĐ';
export const MENU_ITEMS = [
  { caption: 'Thiết lập', functionName: 'setup' },
  { caption: 'Kiểm tra kế hoạch', functionName: 'validatePlan' },
  { caption: 'Tạo/cập nhật biểu mẫu', functionName: 'syncForms' },
  { caption: 'Gửi thư mời', functionName: 'sendInvitations' },
  { caption: 'Gửi thư đang chờ', functionName: 'drainOutbox' },
  { caption: 'Xem trước thay đổi lịch', functionName: 'previewCalendarSync' },
  { caption: 'Đồng bộ lịch', functionName: 'syncCalendar' },
  { caption: 'Tạo báo cáo ngay', functionName: 'buildReportNow' },
  { caption: 'Xóa dữ liệu cá nhân hết hạn', functionName: 'purgePersonalData' },
] as const;

export const TITLES = {
  setup: 'Thiết lập',
  validate: { vi: 'Kiểm tra kế hoạch', en: 'Plan check' },
  forms: 'Tạo/cập nhật biểu mẫu',
  invite: 'Gửi thư mời',
  drain: 'Gửi thư đang chờ',
  submit: 'Ghi nhận câu trả lời biểu mẫu',
  progress: 'Tiến độ đăng ký hằng ngày',
  calendarPreview: 'Xem trước thay đổi lịch',
  calendarSync: 'Đồng bộ lịch',
  reminders: 'Thư nhắc lịch',
  report: 'Tạo báo cáo',
  purge: 'Xóa dữ liệu cá nhân hết hạn',
} as const;

export const FORM_LABELS = {
  attendance: 'Lễ khai mạc',
  training: 'Tập huấn / nói chuyện',
  nomination: 'Đề cử "Gia đình hiếu học"',
} as const;

export const LOCK_BUSY =
  'Một tác vụ khác (của bạn hoặc của người khác) đang ghi vào bảng tính. Vui lòng đợi ít phút rồi chạy lại.';

export function failure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Không thực hiện được: ${detail}\nCó thể chạy lại an toàn: thao tác không ghi trùng dữ liệu. Nếu lỗi lặp lại, hãy gửi nội dung này cho người hỗ trợ kỹ thuật.`;
}

export function formsSummary(forms: readonly { title: string; created: boolean; url: string }[]): string {
  if (forms.length === 0) return 'Chưa tạo được biểu mẫu nào.';
  return forms
    .map(
      (f) =>
        `${f.created ? 'Đã tạo' : 'Đã cập nhật'} biểu mẫu "${f.title}" (đã mở nhận câu trả lời): ${f.url}`,
    )
    .join('\n');
}

export function triggersSummary(result: TriggerInstallResult): string {
  const parts: string[] = [];
  parts.push(
    result.created.length > 0
      ? `Đã cài ${result.created.length} trình kích hoạt tự động (gửi thư hằng ngày, ghi nhận biểu mẫu…).`
      : 'Các trình kích hoạt tự động đã có đủ, không cài thêm.',
  );
  if (result.removed > 0) parts.push(`Đã xóa ${result.removed} trình kích hoạt trùng hoặc cũ.`);
  return parts.join(' ');
}
