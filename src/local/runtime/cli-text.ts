/** The CLI's own Vietnamese text (findings are rendered by the core's catalogue). */

export const USAGE = `Cách dùng: learning-week <lệnh> [tùy chọn]

Lệnh:
  init [tùy chọn]          Tạo tệp kế hoạch mới (.xlsx) từ kế hoạch mẫu năm 2021.
      --year NĂM           Năm tổ chức tuần lễ (mặc định 2021).
      --school "TÊN"       Tên trường.
      --theme "CHỦ ĐỀ"     Chủ đề của tuần lễ.
      --start NNNN-TT-NN   Ngày bắt đầu tuần lễ (mặc định 01/10 của năm).
      --blank              Chỉ tạo Cấu hình và các trang tính trống, không có hoạt động.
      --sample             Thêm danh sách mẫu (giả) gồm nhân sự và phụ huynh.
      --out TỆP            Tệp sẽ tạo (mặc định learning-week-NĂM.xlsx).
      --force              Ghi đè nếu tệp đã có (bản cũ giữ ở TỆP.bak).
  validate TỆP             Kiểm tra kế hoạch, ghi kết quả vào tệp và in các lỗi, cảnh báo.
                           Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 2 khi không mở được tệp.
  invite TỆP [--families]  Xếp thư mời vào Hộp thư đi cho mọi CB-GV-NV đang công tác
                           (--families: cả các gia đình có email). Chạy lại không xếp trùng.
  drain TỆP                Gửi các thư đến hạn trong Hộp thư đi, trong hạn mức mỗi ngày.
      --smtp URL           Gửi thật qua máy chủ SMTP (hoặc biến môi trường SMTP_URL),
                           ví dụ smtps://ten:matkhau@smtp.gmail.com:465.
                           Không có: ghi mỗi thư thành một tệp .eml trong out/mail/.
      --daily-limit SỐ     Số người nhận tối đa mỗi ngày (mặc định 100).
      --out THƯ-MỤC        Thư mục ghi tệp .eml (mặc định out/mail).
  outbox TỆP               In bảng trạng thái Hộp thư đi và số thư theo từng trạng thái.
  respond BIỂU-MẪU TỆP     Nhập phản hồi cho biểu mẫu attendance (khai mạc), training
                           (tập huấn) hoặc nomination (đề cử gia đình hiếu học):
      --csv TỆP.csv        tệp CSV tải từ Google Forms (Timestamp, Email Address, mỗi câu một cột);
      --json TỆP.json      một phản hồi hoặc một danh sách phản hồi dạng JSON (--json - : đọc từ đầu vào).
  forms TỆP                Ghi bản xem trước của ba biểu mẫu vào out/forms/.
      --format html|markdown|json   json: in cấu trúc ba biểu mẫu (mã, tiêu đề, câu hỏi, lựa chọn).
      --out THƯ-MỤC        Thư mục ghi bản xem trước (mặc định out/forms).
  sync TỆP                 Ghi lịch tuần lễ thành tệp .ics trong out/calendar/ (mỗi hoạt động có mời
                           một tệp, cùng tệp cả tuần learning-week-NĂM.ics) và xếp thư mời kèm tệp
                           .ics cho từng khách mời vào Hộp thư đi. Chạy lại không tạo trùng; sửa
                           hoạt động thì chỉ hoạt động đó được cập nhật và báo lại.
      --dry-run            Chỉ in các thay đổi sẽ làm, không ghi gì.
      --out THƯ-MỤC        Thư mục ghi tệp .ics (mặc định out/calendar).
  reminders TỆP            Xếp thư nhắc lịch cho các hoạt động của ngày mai (theo --now nếu có).
  report TỆP               Ghi báo cáo kết quả tuần lễ out/report/bao-cao-NĂM.docx và in số liệu chính.
      --at "NN/TT/NNNN GG:PP"  Lập báo cáo tại thời điểm này (mặc định: bây giờ).
      --pdf                Thêm bản PDF (cần LibreOffice).
      --out THƯ-MỤC        Thư mục ghi báo cáo (mặc định out/report).
  purge TỆP                Xóa dữ liệu cá nhân của các gia đình (Phụ huynh, Đề cử, Phản hồi gốc, phụ huynh
                           đăng ký tập huấn, thư gửi các gia đình) khi đã hết "Thời hạn lưu dữ liệu cá nhân"
                           (tính từ ngày cuối tuần lễ); trước đó chỉ in ngày sẽ xóa. Giữ nguyên các con số.
      --dry-run            Chỉ in những gì sẽ xóa, không ghi gì.
  week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ-MỤC] [--daily-limit N]
                           Chạy thử cả tuần lễ với đồng hồ giả lập: thiết lập, thư mời, phản hồi,
                           lịch, thư nhắc, báo cáo; ghi tóm tắt vào out/summary.json.
  demo                     Việc "npm start" làm: "week" với kế hoạch 2021 và danh sách mẫu vào out/.
  bench                    Đo hiệu năng: số lệnh gọi dịch vụ mỗi lần chạy ở ba quy mô trường, thời gian
                           Apps Script ước tính, thời gian và bộ nhớ trên máy; ghi out/bench.json, out/bench.md.
  help                     In hướng dẫn này.

Tùy chọn chung:
  --now THỜI-ĐIỂM          Dùng một thời điểm cố định thay cho đồng hồ máy (ví dụ 2021-10-05T08:00).
  --verbose                In thêm nhật ký chạy.`;

/** One line for a file the CLI cannot use; the file is left as it was. */
export const cannotOpen = (file: string, reason: string): string => `Không mở được tệp ${file}: ${reason}`;
export const cannotSave = (file: string, reason: string): string => `Không lưu được tệp ${file}: ${reason}`;

export const REASONS = {
  missing: 'tệp không tồn tại.',
  directory: 'đây là một thư mục, không phải tệp.',
  noPermission: 'không có quyền đọc hoặc ghi tệp (hoặc thư mục chứa tệp).',
  busy: 'tệp đang được mở trong chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại.',
  corrupt: 'tệp không phải bảng tính Excel hợp lệ.',
  locked: (lockFile: string): string =>
    `tệp đang được một lệnh learning-week khác sử dụng (tệp khóa ${lockFile}). Hãy chờ lệnh đó xong rồi thử lại.`,
  other: (message: string): string => `lỗi không mong đợi (${message}).`,
} as const;

export const alreadyExists = (file: string): string =>
  `Tệp ${file} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ ở ${file}.bak).`;

export const badAt = (text: string): string =>
  `Thời điểm --at "${text}" không hợp lệ: hãy ghi dạng "07/10/2021 17:00" (giờ của trường) hoặc chỉ ngày "07/10/2021".`;

export const badNow = (text: string): string =>
  `Thời điểm --now "${text}" không hợp lệ: hãy ghi dạng 2021-10-05T08:00 (giờ của trường) hoặc có múi giờ, ví dụ 2021-10-05T08:00+07:00.`;
