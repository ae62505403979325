import type { ReportJobResult } from '../app/report-job';

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
