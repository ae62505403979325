/** What the week's jobs tell the person who ran them: a dialog in Apps Script, the log in a trigger. */
export const jobs = {
  setup: {
    createdTabs: (count: number, names: string) => `Đã tạo ${count} trang tính: ${names}.`,
    tabsPresent: 'Đã có đủ các trang tính, không tạo thêm.',
    repairedHeaders: (tab: string, headers: string) => `Đã bổ sung cột còn thiếu ở "${tab}": ${headers}.`,
    addedSettings: (count: number, labels: string) => `Đã bổ sung ${count} mục cấu hình: ${labels}.`,
    filledPlan: (activities: number, people: number, families: number) =>
      `Đã điền kế hoạch mặc định: ${activities} hoạt động, ${people} nhân sự, ${families} phụ huynh. ` +
      'Các giờ văn bản không ghi rõ được đề xuất và đánh dấu chưa xác nhận.',
    keptData: 'Bảng tính đã có dữ liệu nên được giữ nguyên, không ghi đè.',
    calendarBusy:
      'Một lần đồng bộ lịch khác đang mở lịch của tuần lễ; lịch sẽ được chuẩn bị ở lần đồng bộ đó, không cần chạy lại Thiết lập.',
    calendarFailed: (detail: string) => `Chưa chuẩn bị được lịch của tuần lễ: ${detail}`,
    checkFailed: (detail: string) => `Chưa kiểm tra được kế hoạch: ${detail}`,
  },
  invitations: {
    deferredNote:
      'Thư hoãn do hạn mức gửi thư của Google (tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm) sẽ tự gửi khi hạn mức được cấp lại; thư mời đi sau thư xác nhận và thư nhắc lịch. Xem trạng thái từng thư ở tab "Hộp thư đi".',
  },
  calendar: {
    syncFailed: (detail: string) => `Đồng bộ lịch: ${detail}`,
    remindersPlanned: (mails: number, at: string) =>
      `Nhắc lịch: hạn mức gửi thư hiện không đủ cho ${mails} thư nhắc của ngày mai; thư sẽ được xếp lúc ${at}, nửa giờ trước khi hạn mức được cấp lại, để tất cả đi trong hôm nay.`,
  },
  progress: {
    missedRecorded: (count: number) => `Đã ghi ${count} câu trả lời bị bỏ lỡ.`,
    sweepSource: 'Quét lại hằng ngày',
  },
  submit: {
    logged: (formId: string, responseId: string, status: string) =>
      `Biểu mẫu ${formId}: câu trả lời ${responseId} – ${status}.`,
    drainNotScheduled: (detail: string) => `Chưa hẹn được lần gửi thư xác nhận: ${detail}`,
  },
  purge: {
    removed: 'Đã xóa:',
    whatChanged:
      'Ở các dòng này, họ tên, email, địa chỉ, thông tin về trẻ, thành tích, minh chứng và ghi chú được thay bằng ' +
      '"đã xóa theo thời hạn lưu trữ" (email bằng một mã ẩn danh). Được giữ: số lượng, trạng thái xét chọn, ' +
      'sự đồng ý chia sẻ, buổi tập huấn đã đăng ký, trạng thái thư; tab Nhân sự không bị đụng đến.',
  },
  report: {
    alreadyDone: 'Báo cáo chính thức của năm đã được lập; lần chạy theo lịch này không làm gì thêm.',
    made: (created: boolean, preview: boolean, url: string) =>
      `${created ? 'Đã tạo' : 'Đã cập nhật'} ${
        preview ? 'bản xem trước của báo cáo (tuần lễ chưa kết thúc)' : 'báo cáo chính thức'
      }: ${url}`,
    sharedWith: (emails: string) => `Đã chia sẻ (chỉ xem) với Ban giám hiệu: ${emails}.`,
    notShared: 'Chưa có "Email Ban giám hiệu" trong Cấu hình: báo cáo chưa được chia sẻ.',
    mailQueued: 'Đã xếp thư báo đường dẫn cho Ban giám hiệu vào "Hộp thư đi".',
  },
};
