/** The terminal's commands on live Google Sheets: `google pull` and `district collect`. */
export const google = {
  /** Why a call to Google failed, as the end of a line that names the sheet. */
  reasons: {
    unauthorised:
      'phiên đăng nhập Google đã hết hạn hoặc bị thu hồi; hãy chạy "learning-week google login" rồi thử lại',
    forbidden:
      'tài khoản Google đã đăng nhập không có quyền xem bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền xem',
    notFound: 'không có bảng tính nào với mã này; hãy kiểm tra lại đường liên kết',
    noTab: (tab: string) => `bảng tính không có tab “${tab}”`,
    quota:
      'Google báo đã vượt hạn mức truy cập, đã chờ và thử lại vài lần vẫn chưa được; hãy chạy lại sau ít phút',
    server: (status: number) =>
      `máy chủ Google đang lỗi (mã ${status}), đã thử lại vài lần; hãy chạy lại sau`,
    network: (code: string) => `không kết nối được máy chủ Google (${code}); hãy kiểm tra mạng Internet`,
    other: (message: string) => `Google trả lời lỗi không mong đợi (${message})`,
  },
  noToken: (path: string) =>
    `Chưa đăng nhập Google: không có tệp ${path}. Hãy chạy "learning-week google login" rồi thử lại; chưa có gì được ghi.`,
  tokenTooOpen: (path: string) =>
    `Tệp đăng nhập Google ${path} đang cho người khác trên máy đọc được: hãy chạy "chmod 600 ${path}" rồi thử lại; chưa có gì được ghi.`,
  tokenUnreadable: (path: string) =>
    `Không đọc được tệp đăng nhập Google ${path}: hãy chạy lại "learning-week google login"; chưa có gì được ghi.`,
  badSheet: (text: string) =>
    `“${text}” không phải đường liên kết hay mã của một Google Sheet (dạng https://docs.google.com/spreadsheets/d/MÃ/edit).`,
  login: {
    openLink: (url: string) =>
      `Mở đường liên kết sau trong trình duyệt, đăng nhập tài khoản Google và cho phép xem bảng tính (chỉ đọc):\n${url}`,
    saved: (path: string) => `Đã đăng nhập Google; mã đăng nhập được lưu ở ${path} (chỉ bạn đọc được).`,
    timedOut:
      'Đã chờ 5 phút mà trình duyệt chưa quay lại: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
    denied:
      'Bạn chưa cho phép learning-week xem bảng tính: chưa có gì được ghi. Chạy lại "learning-week google login" khi sẵn sàng.',
    badAnswer:
      'Trình duyệt trả về một câu trả lời không khớp với lần đăng nhập này: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
    tokenRefused: (message: string) =>
      `Google không cấp mã đăng nhập (${message}): hãy chạy lại "learning-week google login"; chưa có gì được ghi.`,
    badClientFile: (file: string) =>
      `Tệp ${file} không phải tệp OAuth client tải từ Google Cloud (cần "client_id"; loại "Desktop app"): hãy tải lại tệp client_secret_….json.`,
    page: {
      done: 'Đã đăng nhập. Bạn có thể đóng trang này và quay lại cửa sổ dòng lệnh.',
      failed: 'Chưa đăng nhập được. Hãy xem thông báo trong cửa sổ dòng lệnh.',
    },
  },
  pull: {
    failed: (sheet: string, reason: string) =>
      `Không tải được bảng tính ${sheet}: ${reason}. Chưa có gì được ghi.`,
    tab: (tab: string, rows: number) => `  ${tab}: ${rows} dòng`,
    written: (file: string, tabs: number) => `Đã ghi ${file}: ${tabs} trang tính.`,
  },
  district: {
    listEmpty: (file: string) =>
      `Danh sách ${file} không có bảng tính nào: hãy ghi mỗi dòng một đường liên kết hoặc mã Google Sheet của một trường.`,
    badLine: (line: number, text: string) =>
      `Dòng ${line} của danh sách: “${text}” không phải đường liên kết hay mã của một Google Sheet.`,
    notASheet: 'không phải đường liên kết hay mã của một Google Sheet',
    duplicate: (first: number) => `trùng với dòng ${first}, chỉ đọc một lần`,
    schoolFailed: (line: number, school: string, reason: string) => `Dòng ${line} (${school}): ${reason}.`,
    emptyTab: (tab: string) => `tab “${tab}” chưa có số liệu nào (trường chưa lập báo cáo kết quả tuần lễ)`,
    nothingRead: (file: string) => `Không đọc được số liệu của trường nào; chưa ghi ${file}.`,
    written: (file: string, read: number, failed: number) =>
      `Đã ghi ${file}: ${read} trường có số liệu${failed > 0 ? `, ${failed} trường chưa đọc được (xem trang “Chưa đọc được”)` : ''}.`,
    /** The district workbook's tabs and headers. */
    summaryTab: 'Tổng hợp',
    failuresTab: 'Chưa đọc được',
    school: 'Trường',
    sheetId: 'Mã bảng tính',
    total: (schools: number) => `Tổng cộng (${schools} trường)`,
    failureHeader: ['Dòng trong danh sách', 'Trường hoặc bảng tính', 'Lý do'],
  },
};
