/** The Apps Script menu, its dialogs' titles and the texts around every menu run. */
export const menu = {
  title: 'Tuần lễ HTSĐ',
  items: {
    setup: 'Thiết lập',
    validatePlan: 'Kiểm tra kế hoạch',
    syncForms: 'Tạo/cập nhật biểu mẫu',
    sendInvitations: 'Gửi thư mời',
    drainOutbox: 'Gửi thư đang chờ',
    previewCalendarSync: 'Xem trước thay đổi lịch',
    syncCalendar: 'Đồng bộ lịch',
    buildReportNow: 'Tạo báo cáo ngay',
    importPlan: 'Nhập kế hoạch từ Google Docs',
    exportPlan: 'Xuất kế hoạch',
    purgePersonalData: 'Xóa dữ liệu cá nhân hết hạn',
  },
  titles: {
    setup: 'Thiết lập',
    validate: 'Kiểm tra kế hoạch',
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
  },
  forms: {
    attendance: 'Lễ khai mạc',
    training: 'Tập huấn / nói chuyện',
    nomination: 'Đề cử "Gia đình hiếu học"',
  },
  lockBusy:
    'Một tác vụ khác (của bạn hoặc của người khác) đang ghi vào bảng tính. Vui lòng đợi ít phút rồi chạy lại.',
  failure: (detail: string) =>
    `Không thực hiện được: ${detail}\nCó thể chạy lại an toàn: thao tác không ghi trùng dữ liệu. Nếu lỗi lặp lại, hãy gửi nội dung này cho người hỗ trợ kỹ thuật.`,
  noForms: 'Chưa tạo được biểu mẫu nào.',
  formMade: (created: boolean, title: string, url: string) =>
    `${created ? 'Đã tạo' : 'Đã cập nhật'} biểu mẫu "${title}" (đã mở nhận câu trả lời): ${url}`,
  formsFailed: (detail: string) => `Chưa tạo/cập nhật được biểu mẫu: ${detail}`,
  triggersCreated: (count: number) =>
    `Đã cài ${count} trình kích hoạt tự động (gửi thư hằng ngày, ghi nhận biểu mẫu…).`,
  triggersPresent: 'Các trình kích hoạt tự động đã có đủ, không cài thêm.',
  triggersRemoved: (count: number) => `Đã xóa ${count} trình kích hoạt trùng hoặc cũ.`,
};
