/** The terminal's commands on live Google Sheets: `google …` and `district collect`. */
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
      `Mở đường liên kết sau trong trình duyệt, đăng nhập tài khoản Google và cho phép xem bảng tính và lịch sử chạy của Apps Script (chỉ đọc):\n${url}`,
    openLinkToEdit: (url: string) =>
      `Mở đường liên kết sau trong trình duyệt, đăng nhập tài khoản Google và cho phép các quyền được liệt kê (có quyền sửa):\n${url}`,
    saved: (path: string) => `Đã đăng nhập Google; mã đăng nhập được lưu ở ${path} (chỉ bạn đọc được).`,
    timedOut:
      'Đã chờ 5 phút mà trình duyệt chưa quay lại: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
    denied:
      'Bạn chưa cho phép learning-week xem bảng tính: chưa có gì được ghi. Chạy lại "learning-week google login" khi sẵn sàng.',
    badAnswer:
      'Trình duyệt trả về một câu trả lời không khớp với lần đăng nhập này: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
    tokenRefused: (message: string) =>
      `Google không cấp mã đăng nhập (${message}): hãy chạy lại "learning-week google login"; chưa có gì được ghi.`,
    noClient: (claspRc: string) =>
      `Cần tệp OAuth client: hãy chạy "learning-week google login --client client_secret_….json" (tải từ Google Cloud, loại "Desktop app"); cũng không thấy client nào clasp đã lưu ở ${claspRc}.`,
    badClientFile: (file: string) =>
      `Tệp ${file} không phải tệp OAuth client tải từ Google Cloud (cần "client_id"; loại "Desktop app"): hãy tải lại tệp client_secret_….json.`,
    page: {
      done: 'Đã đăng nhập. Bạn có thể đóng trang này và quay lại cửa sổ dòng lệnh.',
      failed: 'Chưa đăng nhập được. Hãy xem thông báo trong cửa sổ dòng lệnh.',
    },
  },
  logout: {
    done: (path: string) =>
      `Đã đăng xuất: đã xóa ${path}. Muốn thu hồi hẳn quyền đã cấp, hãy vào myaccount.google.com/permissions.`,
    none: (path: string) => `Chưa đăng nhập Google (không có ${path}): không có gì để xóa.`,
    failed: (path: string, reason: string) => `Không xóa được ${path}: ${reason}.`,
  },
  push: {
    noPlanTabs: (file: string) =>
      `Tệp ${file} không có trang kế hoạch nào (Cấu hình, Nhân sự, Phụ huynh, Hoạt động, Tuyên truyền): không có gì để gửi lên.`,
    needsWrite:
      'Mã đăng nhập Google hiện chỉ có quyền xem bảng tính: hãy chạy "learning-week google login --client CLIENT.json --write" để cho phép sửa, rồi chạy lại; chưa có gì được ghi.',
    forbiddenWrite:
      'tài khoản Google đã đăng nhập chỉ được xem, không được sửa bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền chỉnh sửa',
    failed: (sheet: string, reason: string) =>
      `Không gửi được lên bảng tính ${sheet}: ${reason}. Chưa có gì được ghi.`,
    tab: (tab: string, cells: number) => `  ${tab}: ${cells} ô thay đổi`,
    cell: (at: string, before: string, after: string) => `    ${at}: “${before}” → “${after}”`,
    more: (count: number) => `    … và ${count} ô khác`,
    empty: '(trống)',
    same: 'Các trang kế hoạch trên Google Sheet đã giống hệt tệp: không có gì để ghi.',
    preview: (cells: number, tabs: number) =>
      `Xem trước: ${cells} ô trong ${tabs} trang tính sẽ thay đổi; chưa ghi gì. Chạy lại với --yes để ghi.`,
    written: (cells: number, tabs: number, sheet: string) =>
      `Đã ghi ${cells} ô thay đổi vào ${tabs} trang tính của bảng tính ${sheet}.`,
  },
  script: {
    forbidden:
      'Google từ chối: tài khoản đã đăng nhập không có quyền với script này, hoặc chưa bật Apps Script API tại script.google.com/home/usersettings',
    noScript:
      'Không biết mã Apps Script của trường: hãy chạy lệnh trong thư mục có tệp .clasp.json (do "npm run create" tạo), hoặc ghi --script MÃ-SCRIPT; chưa có gì được ghi.',
    badScript: (text: string) =>
      `“${text}” không phải mã hay đường liên kết của một dự án Apps Script (dạng https://script.google.com/home/projects/MÃ/edit).`,
  },
  logs: {
    badSince: (text: string) =>
      `--since “${text}” không hợp lệ: hãy ghi số giờ hoặc số ngày (24h, 3d), một ngày (2021-10-01) hay một thời điểm (2021-10-01T07:30).`,
    failed: (script: string, reason: string) =>
      `Không đọc được lịch sử chạy của script ${script}: ${reason}.`,
    header: 'Bắt đầu (giờ Việt Nam) | Hàm | Thời gian chạy | Trạng thái',
    row: (start: string, fn: string, seconds: string, status: string) =>
      `${start} | ${fn} | ${seconds} | ${status}`,
    seconds: (n: number) => `${n.toFixed(1).replace('.', ',')} giây`,
    count: (n: number, since: string) => `${n} lần chạy từ ${since}.`,
    none: (since: string) => `Script chưa chạy lần nào từ ${since}.`,
    noFailures: (since: string) => `Không có lần chạy nào bị lỗi từ ${since}.`,
    statuses: {
      COMPLETED: 'hoàn thành',
      FAILED: 'lỗi',
      TIMED_OUT: 'quá thời gian',
      CANCELED: 'bị hủy',
      RUNNING: 'đang chạy',
      PAUSED: 'tạm dừng',
      DELAYED: 'đang chờ',
      EXECUTION_DISABLED: 'bị chặn chạy',
      UNKNOWN: 'không rõ',
    },
  },
  run: {
    needsRunScopes:
      'Mã đăng nhập Google chưa có các quyền mà script dùng: hãy chạy "learning-week google login --client CLIENT.json --run" rồi thử lại; chưa chạy gì.',
    notExecutable:
      'Google không tìm thấy script để chạy: script cần được triển khai dạng "API executable" và OAuth client phải thuộc cùng dự án Google Cloud với script (xem README)',
    scriptError: (type: string, message: string) => `script báo lỗi ${type}: ${message}`,
    failed: (fn: string, reason: string) => `Không chạy được ${fn}: ${reason}.`,
    done: (fn: string) => `Đã chạy ${fn}.`,
    returned: (fn: string, result: string) => `Đã chạy ${fn}; kết quả: ${result}`,
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
    noFiguresTab: (tab: string, english: string) =>
      `bảng tính không có tab “${tab}” (bảng tính tiếng Anh: “${english}”); trường chưa lập báo cáo kết quả tuần lễ`,
    emptyTab: (tab: string) => `tab “${tab}” chưa có số liệu nào (trường chưa lập báo cáo kết quả tuần lễ)`,
    nothingRead: (file: string) => `Không đọc được số liệu của trường nào; chưa ghi ${file}.`,
    written: (file: string, read: number, failed: number) =>
      `Đã ghi ${file}: ${read} trường có số liệu${failed > 0 ? `, ${failed} trường chưa đọc được (xem trang “Chưa đọc được”)` : ''}.`,
    report: {
      office: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      number: '……/BC-PGDĐT',
      subtitle: (year: string) =>
        `Tổng hợp kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} của các trường`,
      documentTitle: (year: string) => `Báo cáo tổng hợp Tuần lễ học tập suốt đời ${year}`,
      intro: (read: number, notRead: number) =>
        `Phòng Giáo dục và Đào tạo tổng hợp số liệu từ tab “Số liệu báo cáo” của ${read} trường${notRead > 0 ? `; ${notRead} trường chưa có số liệu (xem mục III)` : ''}.`,
      totalsTitle: 'Số liệu tổng hợp toàn quận',
      totalsHeader: ['Nội dung', 'Tổng cộng'],
      source: (schools: number) => `Nguồn: tab “Số liệu báo cáo” của ${schools} trường.`,
      schoolsTitle: 'Số liệu từng trường',
      school: 'Trường',
      chartCaption: 'Biểu đồ: số hoạt động theo kế hoạch và đã thực hiện của từng trường',
      chart: {
        title: 'Hoạt động của từng trường',
        category: 'Trường',
        value: 'Số hoạt động',
        planned: 'Theo kế hoạch',
        done: 'Đã thực hiện',
      },
      notReadTitle: 'Các trường chưa có số liệu',
      recipients: ['- Các trường trong quận;', '- Lưu: VT.'],
      signerTitle: 'TRƯỞNG PHÒNG',
      written: (file: string) => `Đã ghi báo cáo tổng hợp ${file}.`,
    },
    /** The district workbook's tabs and headers. */
    summaryTab: 'Tổng hợp',
    failuresTab: 'Chưa đọc được',
    school: 'Trường',
    sheetId: 'Mã bảng tính',
    total: (schools: number) => `Tổng cộng (${schools} trường)`,
    failureHeader: ['Dòng trong danh sách', 'Trường hoặc bảng tính', 'Lý do'],
  },
};
