import type { DrainResult } from '../drain-outbox';
import type { PurgeResult } from '../purge-personal-data';
import type { ReportJobResult } from '../report-job';
import type { SendInvitationsResult } from '../send-invitations';
import type { SetupResult } from '../setup';

/** What the jobs tell the person who ran them (a dialog in Apps Script, the log in a trigger). */

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
/** What "Tạo báo cáo ngay" (or the trigger's log) says after a report run. */
export function reportSummary(result: ReportJobResult): string {
  if (result.alreadyDone || !result.model || !result.document) {
    return 'Báo cáo chính thức của năm đã được lập; lần chạy theo lịch này không làm gì thêm.';
  }
  const lines = [
    `${result.document.created ? 'Đã tạo' : 'Đã cập nhật'} ${
      result.model.preview ? 'bản xem trước của báo cáo (tuần lễ chưa kết thúc)' : 'báo cáo chính thức'
    }: ${result.document.url}`,
    ...result.model.headline.map((h) => `- ${h.label}: ${h.value}`),
  ];
  lines.push(
    result.sharedWith.length > 0
      ? `Đã chia sẻ (chỉ xem) với Ban giám hiệu: ${result.sharedWith.join(', ')}.`
      : 'Chưa có "Email Ban giám hiệu" trong Cấu hình: báo cáo chưa được chia sẻ.',
  );
  if (result.mailQueued) lines.push('Đã xếp thư báo đường dẫn cho Ban giám hiệu vào "Hộp thư đi".');
  return lines.join('\n');
}
