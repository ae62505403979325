import type { DrainResult } from '../app/drain-outbox';
import type { PurgeResult } from '../app/purge-personal-data';
import type { SendInvitationsResult } from '../app/send-invitations';
import type { SetupResult } from '../app/setup';
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

export function setupSummary(result: SetupResult): string {
  const lines: string[] = [];
  lines.push(
    result.createdTabs.length > 0
      ? `Đã tạo ${result.createdTabs.length} trang tính: ${result.createdTabs.join(', ')}.`
      : 'Đã có đủ các trang tính, không tạo thêm.',
  );
  for (const repaired of result.repairedHeaders) {
    lines.push(`Đã bổ sung cột còn thiếu ở "${repaired.tab}": ${repaired.headers.join(', ')}.`);
  }
  if (result.addedSettings.length > 0) {
    lines.push(`Đã bổ sung ${result.addedSettings.length} mục cấu hình: ${result.addedSettings.join(', ')}.`);
  }
  lines.push(
    result.filledDefaultPlan
      ? `Đã điền kế hoạch mặc định: ${result.activities} hoạt động, ${result.people} nhân sự, ${result.families} phụ huynh. ` +
          'Các giờ văn bản không ghi rõ được đề xuất và đánh dấu chưa xác nhận.'
      : 'Bảng tính đã có dữ liệu nên được giữ nguyên, không ghi đè.',
  );
  return lines.join('\n');
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

export function invitationSummary(queued: SendInvitationsResult, drained: DrainResult): string {
  const lines = [capitalise(queued.message), capitalise(drained.message)];
  if (drained.deferred > 0 || drained.remaining > 0) {
    lines.push(
      'Thư hoãn do hạn mức gửi thư hằng ngày của Google sẽ tự gửi sau 0 giờ ngày mai; xem trạng thái từng thư ở tab "Hộp thư đi".',
    );
  }
  return lines.join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The dialog (or log) after a purge: what was removed, tab by tab, and what was kept, so the
 * principal has it confirmed in writing; before the date, when it will happen.
 */
export function purgeSummary(result: PurgeResult): string {
  if (result.status !== 'purged' || result.dryRun) return result.message;
  return [
    result.headline ?? result.message,
    'Đã xóa:',
    ...result.lines.map((line) => `• ${line}`),
    'Ở các dòng này, họ tên, email, địa chỉ, thông tin về trẻ, thành tích, minh chứng và ghi chú được thay bằng ' +
      '"đã xóa theo thời hạn lưu trữ" (email bằng một mã ẩn danh). Được giữ: số lượng, trạng thái xét chọn, ' +
      'sự đồng ý chia sẻ, buổi tập huấn đã đăng ký, trạng thái thư; tab Nhân sự không bị đụng đến.',
  ].join('\n');
}
