/** The forms the local server `learning-week serve` shows, and what it says around them. */
export const serve = {
  /** The raw log's "Nguồn" of an answer sent from these pages. */
  source: 'Biểu mẫu trên máy',
  page: {
    send: 'Gửi câu trả lời',
    requiredNote: 'Câu có dấu * là câu bắt buộc.',
    other: 'Khác:',
    otherText: 'Nội dung lựa chọn khác',
    choose: '— Chọn —',
    localNote: 'Biểu mẫu trên máy của nhà trường: câu trả lời được ghi thẳng vào tệp kế hoạch.',
  },
  confirmation: {
    heading: 'Đã ghi nhận câu trả lời',
    duplicate: 'Câu trả lời này đã được ghi nhận trước đó; không ghi thêm lần nữa.',
    flagged: 'Câu trả lời đã được ghi lại, nhưng nhà trường cần xem lại:',
    yours: 'Câu trả lời của bạn (chỉ hiện trên trang này):',
    blank: '(để trống)',
    again: 'Về danh sách biểu mẫu',
  },
  index: {
    title: 'Biểu mẫu của tuần lễ',
    intro: 'Chọn biểu mẫu để trả lời. Câu trả lời được ghi vào tệp kế hoạch trên máy này.',
    dashboard: 'Bảng điều khiển của tuần lễ (chỉ mở được trên máy này)',
  },
  problem: {
    dashboardLocalTitle: 'Bảng điều khiển chỉ mở trên máy của nhà trường',
    dashboardLocal:
      'Bảng điều khiển có số liệu của cả trường, nên chỉ mở được từ chính máy đang chạy learning-week serve.',
    nothingRecorded: 'Chưa có gì được ghi.',
    back: 'Mở lại biểu mẫu',
    badTokenTitle: 'Trang biểu mẫu đã cũ hoặc bị sửa',
    badToken:
      'Mã của trang biểu mẫu không hợp lệ (trang đã mở quá lâu, máy chủ đã khởi động lại, hoặc nội dung bị sửa). Hãy mở lại biểu mẫu và gửi lại.',
    tooLargeTitle: 'Nội dung gửi lên quá lớn',
    tooLargeText: (kb: number) => `Một lần gửi được tối đa ${kb} KB.`,
    tooLongTitle: 'Câu trả lời quá dài',
    tooLong: (question: string, limit: number) => `Câu "${question}" chỉ nhận tối đa ${limit} ký tự.`,
    missingTitle: 'Còn thiếu câu trả lời',
    missing: (question: string) => `Câu "${question}" là câu bắt buộc.`,
    notAChoiceTitle: 'Lựa chọn không có trong biểu mẫu',
    notAChoice: (question: string, value: string) =>
      `Câu "${question}": "${value}" không phải là một lựa chọn của câu này.`,
    badEmailTitle: 'Địa chỉ email không đúng',
    badEmail: (value: string) => `"${value}" không phải là một địa chỉ email.`,
    notFoundTitle: 'Không có trang này',
    notFound: 'Địa chỉ này không phải là biểu mẫu nào của tuần lễ. Hãy mở danh sách biểu mẫu.',
    tooManyTitle: 'Gửi quá nhiều lần',
    tooMany: (seconds: number) =>
      `Máy này đã gửi nhiều câu trả lời liên tiếp. Hãy đợi ${seconds} giây rồi gửi lại.`,
    busyTitle: 'Chưa ghi được câu trả lời',
    busy: 'Tệp kế hoạch đang bận hoặc không ghi được. Hãy gửi lại sau ít phút.',
    failedTitle: 'Có lỗi trên máy chủ',
    failed: 'Máy chủ gặp lỗi khi xử lý trang này. Hãy thử lại sau ít phút.',
  },
  cli: {
    listening: (url: string) => `Đang mở các biểu mẫu tại ${url} (nhấn Ctrl+C để dừng).`,
    form: (title: string, url: string) => `  ${title}: ${url}`,
    network: (host: string) =>
      `Cảnh báo: máy chủ nghe trên ${host}, nên bất kỳ ai trong cùng mạng cũng mở được các biểu mẫu và gửi câu trả lời.`,
    addressDiffers: (address: string, url: string) =>
      `Lưu ý: thư mời và mã QR trỏ tới ${address} (Cấu hình "Địa chỉ biểu mẫu trên máy"), còn máy chủ nghe tại ${url}.`,
    recorded: (count: number, file: string) => `Đã ghi ${count} câu trả lời vào ${file}.`,
    stopped: (file: string) => `Đã dừng. Mọi câu trả lời đã xác nhận đều nằm trong ${file}.`,
    badPort: (value: string) => `--port cần một số từ 0 đến 65535, không phải "${value}".`,
    needsFile: 'Lệnh serve cần đúng một tệp .xlsx, ví dụ: learning-week serve out/learning-week-2021.xlsx',
    portInUse: (port: number) => `Cổng ${port} đang được dùng; hãy chọn cổng khác bằng --port.`,
  },
};
