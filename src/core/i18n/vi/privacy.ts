/**
 * The purge of the families' personal data: what stands in for a purged cell, how each purged
 * tab is named, and what the purge tells the principal.
 */
export const privacy = {
  marker: 'đã xóa theo thời hạn lưu trữ',
  tables: {
    families: { tab: 'Phụ huynh', unit: 'gia đình' },
    nominations: { tab: 'Đề cử gia đình hiếu học', unit: 'đề cử' },
    trainingSignups: { tab: 'Đăng ký tập huấn', unit: 'đăng ký của phụ huynh' },
    attendance: { tab: 'Điểm danh khai mạc', unit: 'phản hồi của phụ huynh' },
    rawResponses: { tab: 'Phản hồi gốc', unit: 'phản hồi' },
    outbox: { tab: 'Hộp thư đi', unit: 'thư' },
  },
  summaryLine: (tab: string, count: number, unit: string) => `${tab}: ${count} ${unit}`,
  noSettings:
    'Chưa xóa dữ liệu cá nhân: tab Cấu hình chưa có ngày của tuần lễ nên chưa biết khi nào hết thời hạn lưu trữ.',
  notDue: (days: number, dueAt: string) =>
    `Chưa đến hạn xóa dữ liệu cá nhân của các gia đình: dữ liệu được lưu ${days} ngày ` +
    `sau tuần lễ, sẽ tự xóa từ ${dueAt}.`,
  nothing: (year: number) => `Không còn dữ liệu cá nhân nào của các gia đình cần xóa (năm ${year}).`,
  preview: (dueAt: string, tabs: number) =>
    `Xem trước (chưa xóa gì): hết thời hạn lưu trữ từ ${dueAt}; ` +
    `sẽ xóa họ tên, địa chỉ, thông tin về trẻ, email… của các gia đình ở ${tabs} trang tính.`,
  headline: (year: number, days: number, dueAt: string) =>
    `Đã xóa dữ liệu cá nhân của các gia đình (năm ${year}) theo thời hạn lưu trữ ${days} ngày ` +
    `(hết hạn từ ${dueAt}).`,
  purged: (headline: string, lines: string) =>
    `${headline.slice(0, -1)}: ${lines}. Các con số thống kê được giữ nguyên.`,
  formCopies: (responses: number, tabs: number) =>
    [
      ...(responses > 0 ? [`đã xóa ${responses} câu trả lời của các gia đình khỏi biểu mẫu`] : []),
      ...(tabs > 0 ? [`đã xóa ${tabs} trang tính câu trả lời do Google Biểu mẫu tạo`] : []),
    ]
      .join('; ')
      .replace(/^./, (c) => c.toUpperCase()) + '.',
  formCopiesFailed: (formId: string, detail: string) =>
    `Chưa xóa được câu trả lời của các gia đình khỏi biểu mẫu ${formId} (sẽ thử lại đêm sau): ${detail}`,
};
