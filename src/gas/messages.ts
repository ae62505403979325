import type { SetupResult } from '../app/setup';

/** Vietnamese texts of the Apps Script entry points (menus, dialogs). */
export const MENU_TITLE = 'Tuần lễ HTSĐ';
export const MENU_ITEMS = [
  { caption: 'Thiết lập', functionName: 'setup' },
  { caption: 'Kiểm tra kế hoạch', functionName: 'validatePlan' },
] as const;

export const TITLES = {
  setup: 'Thiết lập',
  validate: { vi: 'Kiểm tra kế hoạch', en: 'Plan check' },
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
