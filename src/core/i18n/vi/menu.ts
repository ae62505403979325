/** The Apps Script menu, its dialogs' titles and the texts around every menu run. */
export const menu = {
  title: 'Tuần lễ HTSĐ',
  items: {
    setup: 'Thiết lập',
    validatePlan: 'Kiểm tra kế hoạch',
    openDashboard: 'Bảng điều khiển',
    syncForms: 'Tạo/cập nhật biểu mẫu',
    sendInvitations: 'Gửi thư mời',
    drainOutbox: 'Gửi thư đang chờ',
    previewCalendarSync: 'Xem trước thay đổi lịch',
    syncCalendar: 'Đồng bộ lịch',
    buildReportNow: 'Tạo báo cáo ngay',
    importPlan: 'Nhập kế hoạch từ Google Docs',
    exportPlan: 'Xuất kế hoạch',
    makeAnnouncements: 'Tạo thông báo và mã QR',
    makeCommendation: 'Khen thưởng và thư đề cử',
    purgePersonalData: 'Xóa dữ liệu cá nhân hết hạn',
    takeOverAutomation: 'Chuyển quyền chạy tự động',
  },
  titles: {
    setup: 'Thiết lập',
    validate: 'Kiểm tra kế hoạch',
    dashboard: 'Bảng điều khiển',
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
    takeOver: 'Chuyển quyền chạy tự động',
  },
  forms: {
    attendance: 'Lễ khai mạc',
    training: 'Tập huấn / nói chuyện',
    nomination: 'Đề cử "Gia đình hiếu học"',
    result: 'Báo cáo kết quả hoạt động',
  },
  lockBusy:
    'Một tác vụ khác (của bạn hoặc của người khác) đang ghi vào bảng tính. Vui lòng đợi ít phút rồi chạy lại.',
  dailyQuota: {
    properties:
      'Tài khoản chạy tự động đã dùng hết lượt đọc/ghi dữ liệu của tập lệnh trong 24 giờ (tài khoản Gmail cá nhân: 50.000 lượt mỗi ngày). ' +
      'Hạn mức được cấp lại 24 giờ sau lần dùng đầu tiên. Không mất dữ liệu nào: câu trả lời vẫn nằm trong biểu mẫu ' +
      'và được ghi ở lần quét lúc 17:00 đầu tiên sau khi hạn mức được cấp lại; các việc khác có thể chạy lại khi đó.',
    documents:
      'Tài khoản đã tạo hết số tài liệu Google được phép trong 24 giờ (tài khoản Gmail cá nhân: 250 tài liệu mỗi ngày), nên chưa tạo được văn bản. ' +
      'Hạn mức được cấp lại 24 giờ sau lần tạo đầu tiên: báo cáo theo lịch tự thử lại, hoặc bấm lại khi đó.',
  },
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
  owner: {
    /** A second editor ran an item that would install triggers or send mail from their account. */
    otherEditor: (owner: string, you: string) =>
      `Việc tự động của bảng tính này (gửi thư, ghi nhận biểu mẫu, đồng bộ lịch) đang chạy dưới tài khoản ${owner}. Thư đi từ tài khoản đó, và Google chỉ cho mỗi tài khoản thấy trình kích hoạt của chính mình, nên mục này không cài thêm bộ thứ hai từ tài khoản ${you || 'của bạn'} và không gửi thư nào.\nCách làm: nhờ ${owner} chạy mục này; hoặc, nếu từ nay bạn phụ trách, chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động”.`,
    unknownUser:
      'Không xác định được tài khoản đang chạy (Google không cho biết email), nên mục này không cài trình kích hoạt và không gửi thư. Hãy đăng nhập bằng tài khoản Google của trường rồi chạy lại.',
    /** Setup recorded the owner now. */
    claimed: (owner: string) =>
      `Việc tự động chạy dưới tài khoản ${owner}: thư gửi từ tài khoản này. Người sửa khác chạy “Thiết lập” sẽ không cài thêm bộ thứ hai.`,
    alreadyOwner: (owner: string) =>
      `Bạn (${owner}) đang là người chạy tự động; không cần chuyển. Muốn cài lại trình kích hoạt, hãy chạy “Thiết lập”.`,
    unclaimed: 'Chưa có ai chạy tự động. Hãy chạy “Thiết lập”: tài khoản chạy nó sẽ là người chạy tự động.',
    confirmTakeOver: (owner: string, you: string) =>
      `Việc tự động đang chạy dưới tài khoản ${owner}. Chuyển sang tài khoản của bạn (${you})?\nSau khi chuyển: thư gửi từ tài khoản của bạn, và trình kích hoạt được cài cho bạn. Bạn không xóa được trình kích hoạt của ${owner} (Google không cho), nên ${owner} cần làm một trong hai việc: mở bảng tính và chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động” (mục này sẽ xóa trình kích hoạt của họ), hoặc mở Tiện ích mở rộng → Apps Script → Trình kích hoạt và xóa các dòng của họ. Nếu họ không làm, trình kích hoạt cũ sẽ tự gỡ ở lần chạy kế tiếp (trong vòng một ngày) mà không gửi thư nào.`,
    tookOver: (previous: string, you: string) =>
      `Từ nay việc tự động chạy dưới tài khoản ${you}. Hãy báo ${previous} mở bảng tính và chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động” để xóa trình kích hoạt cũ của họ (hoặc xóa ở Tiện ích mở rộng → Apps Script → Trình kích hoạt). Cho đến lúc đó, trình kích hoạt cũ nào chạy sẽ tự gỡ mà không gửi thư.`,
    declined: 'Không chuyển; không có gì thay đổi.',
    /** A former owner (or an editor with leftover triggers) ran the item: their own triggers go. */
    removedOwn: (count: number, owner: string) =>
      `Đã xóa ${count} trình kích hoạt của tài khoản bạn. Việc tự động vẫn chạy dưới tài khoản ${owner}.`,
    /** Logged by a former owner's trigger that removed itself. */
    retired: (owner: string, count: number) =>
      `Trình kích hoạt này thuộc một tài khoản không còn chạy tự động (người chạy hiện nay: ${owner}); đã gỡ ${count} trình kích hoạt của tài khoản này và không làm gì thêm.`,
  },
  locale: {
    set: (previous: string) =>
      `Đã đặt ngôn ngữ bảng tính thành Việt Nam (vi_VN, trước đây: ${previous}), để ngày gõ tay như 05/10/2021 được đọc là ngày 5 tháng 10.`,
    failed: (current: string, detail: string) =>
      `Cảnh báo: không đổi được ngôn ngữ bảng tính (đang là ${current}): ${detail}\nHãy vào Tệp → Cài đặt → Ngôn ngữ, chọn Việt Nam. Cho đến lúc đó, ngày gõ tay như 05/10/2021 có thể bị đọc thành ngày 10 tháng 5; “Kiểm tra kế hoạch” chỉ ra các ô như vậy.`,
  },
};
