import { groupedInteger } from '../numbers';
/** The local CLI: its usage, its errors and every line its commands print. */
export const cli = {
  usage: `Cách dùng: learning-week <lệnh> [tùy chọn]

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
      --language vi|en     Ngôn ngữ của bảng tính mới (mặc định vi).
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
      --date-order dmy|mdy|ymd   thứ tự ngày trong cột thời điểm gửi khi tệp không tự cho biết:
                           dmy 01/10/2021 (bảng tính tiếng Việt, Anh-Anh), mdy 10/1/2021 (Anh-Mỹ).
  serve TỆP                Mở các biểu mẫu thành trang web trên máy này (không cần Google): câu trả lời
                           ghi thẳng vào TỆP, thư xác nhận xếp vào Hộp thư đi. Ctrl+C để dừng.
      --port CỔNG          Cổng nghe (mặc định cổng của "Địa chỉ biểu mẫu trên máy", 8080).
      --host ĐỊA-CHỈ       Địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này mở được).
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
  learning-week import KẾ-HOẠCH [--out TỆP] [--apply]
                           Đọc văn bản kế hoạch (.docx hoặc .txt) vào Cấu hình và Hoạt động, in các
                           phát hiện (năm ghi nhầm, ngày ngoài tuần lễ, hoạt động chưa có ngày…).
                           TỆP chưa có: tạo mới (mặc định learning-week-NĂM.xlsx). TỆP đã có: chỉ in
                           những gì sẽ thay đổi; --apply mới ghi vào tệp.
  plan TỆP [--out THƯ-MỤC] Ghi văn bản KẾ HOẠCH của trường từ Cấu hình và Hoạt động
                           (out/plan/ke-hoach-NĂM.docx, thể thức Nghị định 30/2020).
  announce TỆP [--out THƯ-MỤC]
                           Tạo thông báo dán vào nhóm Zalo cho từng lớp và từng tổ, bài đăng Facebook
                           và trang web của trường, kèm mã QR và áp phích A4 của từng biểu mẫu
                           (out/announce/: .txt, .html, .svg, .png và .docx).
  commend TỆP [--out THƯ-MỤC] [--pdf] [--mail] [--sent]
                           Ghi đề xuất khen thưởng vào tab Khen thưởng; với những dòng Hiệu trưởng
                           "đồng ý": dự thảo Quyết định khen thưởng, giấy khen / giấy chứng nhận từ mẫu
                           mau-giay-khen.docx, mau-giay-chung-nhan.docx cạnh TỆP, và thư đề cử
                           "Gia đình hiếu học" gửi Hội khuyến học (out/commendation/). --pdf: thêm PDF
                           (cần LibreOffice); --mail: xếp thư gửi giấy khen vào Hộp thư đi;
                           --sent: ghi ngày gửi phường vào tab Đề cử.
  dashboard TỆP [--out TỆP.html]
                           Ghi Bảng điều khiển của tuần lễ thành một trang HTML (mặc định
                           out/dashboard.html): đếm ngược, kết quả kiểm tra, khai mạc theo tổ, chỗ
                           tập huấn, phụ huynh trả lời theo lớp, đề cử, kết quả, hộp thư đi, nhật ký.
  google login [--client CLIENT.json] [--write] [--run]
                           Đăng nhập Google qua trình duyệt bằng OAuth client loại "Desktop app" của
                           trường (bỏ --client: dùng client clasp đã lưu). Mặc định chỉ xin quyền xem
                           (spreadsheets.readonly, script.processes); --write thêm quyền sửa bảng tính
                           (cho push --yes), --run thêm các quyền của script (cho run). Lưu mã đăng nhập
                           vào ~/.config/learning-week/google-token.json (0600).
  google logout            Xóa mã đăng nhập Google đã lưu trên máy.
  google pull BẢNG-TÍNH [--out TỆP.xlsx]
                           Tải cả Google Sheet đang dùng (đường liên kết hoặc mã) về một tệp .xlsx mà
                           các lệnh trên mở được; in một dòng mỗi trang tính. Cần "google login" trước
                           (quyền chỉ đọc spreadsheets.readonly). Mặc định ghi MÃ.xlsx.
  google push TỆP BẢNG-TÍNH [--yes]
                           Đưa các trang kế hoạch (Cấu hình, Nhân sự, Phụ huynh, Hoạt động, Tuyên
                           truyền) của TỆP lên Google Sheet: mặc định chỉ in các ô sẽ đổi, không ghi;
                           --yes ghi trong một lần gọi (cần "google login --write").
  google logs [--failed] [--since 24h] [--script MÃ]
                           Các lần chạy gần đây của Apps Script (hàm, lúc bắt đầu, thời gian, trạng
                           thái); mã script lấy ở .clasp.json nếu không ghi --script.
  google run HÀM [--script MÃ]
                           Chạy một hàm của script (triển khai "API executable", "google login --run").
  district collect --sheets DANH-SÁCH [--out TỆP.xlsx] [--report]
                           Phòng giáo dục tổng hợp số liệu: đọc tab "Số liệu báo cáo" của từng trường
                           (DANH-SÁCH: tệp văn bản, mỗi dòng một đường liên kết hoặc mã Google Sheet,
                           # là ghi chú), ghi TỆP (mặc định district.xlsx): mỗi trường một dòng, dòng
                           tổng cộng và trang "Chưa đọc được" kèm lý do. Mã thoát 1 khi có trường
                           chưa đọc được, 2 khi không đọc được trường nào (không ghi gì). --report
                           thêm báo cáo .docx của phòng (--authority "UBND QUẬN 1", --office, --place).
  purge TỆP                Xóa dữ liệu cá nhân của các gia đình (Phụ huynh, Đề cử, Phản hồi gốc, phụ huynh
                           đăng ký tập huấn, thư gửi các gia đình) khi đã hết "Thời hạn lưu dữ liệu cá nhân"
                           (tính từ ngày cuối tuần lễ); trước đó chỉ in ngày sẽ xóa. Giữ nguyên các con số.
      --dry-run            Chỉ in những gì sẽ xóa, không ghi gì.
  week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ-MỤC] [--daily-limit N] [--language vi|en]
                           Chạy thử cả tuần lễ với đồng hồ giả lập: thiết lập, thư mời, phản hồi,
                           lịch, thư nhắc, báo cáo; ghi tóm tắt vào out/summary.json.
  demo                     Việc "npm start" làm: "week" với kế hoạch 2021 và danh sách mẫu vào out/.
  bench                    Đo hiệu năng: số lệnh gọi dịch vụ mỗi lần chạy ở ba quy mô trường, thời gian
                           Apps Script ước tính, thời gian và bộ nhớ trên máy; ghi out/bench.json, out/bench.md.
  help                     In hướng dẫn này.

Tùy chọn chung:
  --now THỜI-ĐIỂM          Dùng một thời điểm cố định thay cho đồng hồ máy (ví dụ 2021-10-05T08:00).
  --verbose                In thêm nhật ký chạy.

Biến môi trường:
  LEARNING_WEEK_LANG=en    In bằng tiếng Anh khi chưa đọc bảng tính (khi đã đọc: theo Ngôn ngữ của Cấu hình).`,
  weekUsage: `Cách dùng: learning-week week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ_MỤC] [--daily-limit N] [--language vi|en]
  Chạy thử cả tuần lễ 2021 (28/09 – 07/10) trên kế hoạch mẫu và danh sách mẫu, với đồng hồ giả lập.
  --from, --to     ngày đầu/cuối được hiển thị (dd/MM/yyyy); --to dừng tuần lễ ở ngày đó
  --speed          số giây thật cho mỗi ngày giả lập (0: nhanh nhất; mặc định 0 khi không phải terminal hoặc CI)
  --out            thư mục kết quả (mặc định out)
  --daily-limit    số người nhận mỗi ngày (mặc định 100, hạn mức Gmail cá nhân)
  --language       ngôn ngữ của bảng tính và kết quả: vi hoặc en (mặc định vi)`,
  cannotOpen: (file: string, reason: string) => `Không mở được tệp ${file}: ${reason}`,
  cannotSave: (file: string, reason: string) => `Không lưu được tệp ${file}: ${reason}`,
  reasons: {
    missing: 'tệp không tồn tại.',
    directory: 'đây là một thư mục, không phải tệp.',
    noPermission: 'không có quyền đọc hoặc ghi tệp (hoặc thư mục chứa tệp).',
    busy: 'tệp đang được mở trong chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại.',
    corrupt: 'tệp không phải bảng tính Excel hợp lệ.',
    locked: (lockFile: string, owner?: { pid: number; host: string; since: string }) =>
      `tệp đang được một lệnh learning-week khác sử dụng (tệp khóa ${lockFile}${owner ? `, giữ bởi tiến trình ${owner.pid} trên máy ${owner.host} từ ${owner.since}` : ''}). Hãy chờ lệnh đó xong rồi thử lại. Nếu chắc chắn không còn lệnh learning-week nào đang chạy${owner ? ` trên máy ${owner.host}` : ''} (lệnh trước đã bị tắt giữa chừng), hãy xóa tệp ${lockFile} rồi chạy lại.`,
    other: (message: string) => `lỗi không mong đợi (${message}).`,
    nameTooLong:
      'tên tệp hoặc đường dẫn quá dài. Hãy đặt tên ngắn hơn (dưới 200 ký tự) hoặc chọn thư mục gần hơn.',
    notAFolder: (path: string) =>
      `${path} là một tệp, không phải thư mục. Hãy chọn một thư mục (hoặc một tên chưa có) cho kết quả.`,
    diskFull:
      'ổ đĩa đã đầy (hoặc hết hạn ngạch). Hãy giải phóng chỗ trống rồi chạy lại; tệp cũ vẫn nguyên vẹn.',
    readOnlyDisk: 'ổ đĩa chỉ cho đọc. Hãy chép tệp sang ổ đĩa khác rồi chạy lại.',
    tooManyFiles: 'quá nhiều tệp đang mở. Hãy đóng bớt chương trình rồi chạy lại.',
    readOnlyFile:
      'tệp chỉ cho đọc (không có quyền ghi). Hãy bỏ thuộc tính chỉ đọc (ví dụ chmod u+w TỆP) rồi chạy lại; chưa có gì thay đổi.',
    readOnlyFolder: (folder: string) =>
      `thư mục ${folder} chỉ cho đọc (không có quyền ghi). Hãy cấp quyền ghi hoặc chọn thư mục khác; chưa có gì thay đổi.`,
    otherFile: (path: string, reason: string) => `${reason} (tệp ${path})`,
  },
  /** A file or folder the command had to write, read or create, named with what went wrong. */
  cannotWrite: (path: string, reason: string) => `Không ghi được ${path}: ${reason}`,
  cannotRead: (path: string, reason: string) => `Không đọc được ${path}: ${reason}`,
  outNotAFolder: (path: string) =>
    `Không dùng được --out ${path}: đây là một tệp, không phải thư mục. Hãy chọn một thư mục (hoặc một tên chưa có); chưa có gì thay đổi.`,
  /** A failure the CLI has no words for: one line, the details only with --verbose. */
  unexpectedFailure: (message: string) =>
    `Lỗi không mong đợi: ${message}. Chạy lại với --verbose để xem chi tiết kỹ thuật.`,
  smtp: {
    badUrl: (source: string, url: string) =>
      `Địa chỉ máy chủ thư ${source} "${url}" không hợp lệ: hãy ghi dạng smtps://ten:matkhau@smtp.gmail.com:465 hoặc smtp://may-chu:587. Chưa gửi thư nào.`,
    noHost: (source: string, url: string) =>
      `Địa chỉ máy chủ thư ${source} "${url}" thiếu tên máy chủ: hãy ghi dạng smtps://ten:matkhau@smtp.gmail.com:465. Chưa gửi thư nào.`,
    badPort: (source: string, url: string) =>
      `Cổng của máy chủ thư ${source} "${url}" không hợp lệ: hãy dùng một số từ 1 đến 65535 (thường là 465 hoặc 587). Chưa gửi thư nào.`,
    unreachable: (server: string, reason: string) =>
      `Không kết nối được máy chủ thư ${server} (${reason}). Các thư vẫn "chờ gửi" và hạn mức hôm nay chưa bị dùng; hãy kiểm tra địa chỉ --smtp và mạng rồi chạy lại lệnh drain.`,
    refused: 'máy chủ từ chối kết nối',
    timedOut: (seconds: number) => `không có trả lời sau ${seconds} giây`,
    unknownHost: 'không tìm thấy tên máy chủ',
    badLogin: 'sai tên đăng nhập hoặc mật khẩu',
    tls: 'lỗi kết nối bảo mật (TLS); kiểm tra smtps:// hay smtp:// và cổng',
  },
  alreadyExists: (file: string) =>
    `Tệp ${file} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ ở ${file}.bak).`,
  badAt: (text: string) =>
    `Thời điểm --at "${text}" không hợp lệ: hãy ghi dạng "07/10/2021 17:00" (giờ của trường) hoặc chỉ ngày "07/10/2021".`,
  badNow: (text: string) =>
    `Thời điểm --now "${text}" không hợp lệ: hãy ghi dạng 2021-10-05T08:00 (giờ của trường) hoặc có múi giờ, ví dụ 2021-10-05T08:00+07:00.`,
  args: {
    districtUsage:
      'Cách dùng: learning-week district collect --sheets DANH-SÁCH.txt [--out TỆP.xlsx] [--report --authority "UBND QUẬN 1" --office "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" --place "Quận 1"] (DANH-SÁCH: mỗi dòng một đường liên kết hoặc mã Google Sheet của một trường).',
    googleUsage:
      'Cách dùng: learning-week google login --client CLIENT.json [--write] [--run] | logout | pull BẢNG-TÍNH [--out TỆP.xlsx] | push TỆP.xlsx BẢNG-TÍNH [--yes] | logs [--failed] [--since 24h] [--script MÃ] | run HÀM [--script MÃ] (BẢNG-TÍNH: đường liên kết hoặc mã Google Sheet).',
    needsOneFile: (command: string) =>
      `Lệnh ${command} cần đúng một tệp .xlsx, ví dụ: learning-week ${command} ke-hoach.xlsx`,
    noCommand: (name: string) => `Không có lệnh "${name}".`,
    badYear: (year: string) => `Năm "${year}" không hợp lệ: hãy ghi bốn chữ số, ví dụ --year 2024.`,
    badStart: (start: string) =>
      `Ngày bắt đầu "${start}" không hợp lệ: hãy ghi theo dạng NNNN-TT-NN, ví dụ --start 2024-10-01.`,
    emptyOption: (option: string) => `Tùy chọn --${option} không được để trống.`,
    badLimit: (limit: string, min: number, max: number) =>
      `Hạn mức "${limit}" không hợp lệ cho --daily-limit: hãy ghi số người nhận mỗi ngày, một số nguyên từ ${groupedInteger(min, 'vi')} đến ${groupedInteger(max, 'vi')}, ví dụ --daily-limit 100.`,
    badFormat: (format: string) =>
      `Định dạng "${format}" không hợp lệ: hãy dùng --format markdown, html hoặc json.`,
    badLanguage: (language: string) => `Ngôn ngữ "${language}" không hợp lệ: hãy dùng --language vi hoặc en.`,
    respondForm:
      'Lệnh respond cần tên biểu mẫu (attendance, training, nomination hoặc result) và một tệp .xlsx, ví dụ: learning-week respond training ke-hoach.xlsx --csv phan-hoi.csv',
    respondSource:
      'Lệnh respond cần đúng một nguồn phản hồi: --csv TỆP.csv hoặc --json TỆP.json (hoặc --json - để đọc từ đầu vào).',
    badDateOrder: (value: string) =>
      `Tùy chọn --date-order nhận dmy (ngày/tháng/năm), mdy (tháng/ngày/năm) hoặc ymd (năm/tháng/ngày), không nhận "${value}".`,
    unknownOption: (option: string) => `Không có tùy chọn "${option}".`,
    needsValue: (option: string) => `Tùy chọn "${option}" cần một giá trị.`,
    needsValueLike: (option: string, example: string) =>
      `Tùy chọn "${option}" cần một giá trị, ví dụ ${option} ${example}.`,
    /** What each option takes, shown when it was given none. */
    valueExamples: {
      out: 'ket-qua',
      initOut: 'ke-hoach.xlsx',
      year: '2024',
      school: '"Trường Mầm non Hoa Hồng"',
      theme: '"Học tập suốt đời"',
      start: '2024-10-01',
      language: 'vi',
      now: '2021-10-05T08:00',
      'daily-limit': '100',
      speed: '0.5',
      from: '28/09/2021',
      to: '07/10/2021',
      smtp: 'smtps://ten:matkhau@smtp.gmail.com:465',
      format: 'html',
      at: '"07/10/2021 17:00"',
      csv: 'phan-hoi.csv',
      json: 'phan-hoi.json',
    } as Readonly<Record<string, string>>,
    unexpected: (text: string) => `Không hiểu "${text}".`,
    unparsable: 'Không hiểu các tham số của lệnh.',
    badDay: (text: string) => `Ngày không hợp lệ: ${text}`,
    badSpeed: (text: string) =>
      `Tốc độ --speed "${text}" không hợp lệ: hãy ghi số giây thật cho mỗi ngày, từ 0 trở lên (0: nhanh nhất), ví dụ --speed 0.5.`,
  },
  init: {
    created: (file: string, tabs: number, activities: number, people: number, families: number) =>
      `Đã tạo ${file}: ${tabs} trang tính, ${activities} hoạt động, ` +
      `${people} nhân sự, ${families} phụ huynh.`,
    next: (file: string) =>
      `Bước tiếp theo: mở tệp, sửa Cấu hình và Hoạt động, rồi chạy: learning-week validate ${file}`,
  },
  findings: {
    tab: (tab: string) => `Trang tính "${tab}":`,
    wholeTab: 'cả trang tính',
  },
  week: {
    title: 'Tuần lễ hưởng ứng học tập suốt đời 2021 – chạy thử cả tuần (đồng hồ giả lập)',
    sent: (count: number) => `${count} thư đã gửi`,
    deferred: (count: number) => `${count} thư chờ hạn mức hôm sau`,
    failed: (count: number) => `${count} thư thất bại`,
    duplicates: (count: number) => `${count} trùng`,
    flagged: (count: number) => `${count} cần xem lại`,
    responses: (count: number, extra: string) => `${count} phản hồi${extra ? ` (${extra})` : ''}`,
    reminders: (count: number) => `${count} thư nhắc lịch`,
    calendarChanges: (count: number) => `lịch: ${count} thay đổi`,
    invitationsQueued: (count: number) => `xếp ${count} thư mời`,
    reportWritten: 'báo cáo đã ghi',
    /** What the principal did in the demo week's two edits of the Activities tab. */
    movedLater: (id: string, from: string, to: string, day: string) =>
      `${id} dời muộn một giờ (${from}–${to} ngày ${day})`,
    cancelled: (id: string) => `${id} bị hủy`,
  },
  summary: {
    met: (met: boolean): string => (met ? 'đạt' : 'chưa đạt'),
    activities: 'Hoạt động trong kế hoạch',
    peopleFamilies: 'Nhân sự / phụ huynh',
    planCheck: 'Kiểm tra kế hoạch',
    findings: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    calendarEvents: 'Sự kiện lịch (.ics)',
    calendar: (events: number, cancelled: number, guests: number) =>
      `${events} sự kiện, ${cancelled} đã hủy, ${guests} khách mời`,
    queued: 'Thư đã xếp vào Hộp thư đi',
    sent: '  đã gửi',
    deferred: '  còn chờ (hạn mức, thử lại)',
    failed: '  thất bại / cần kiểm tra',
    sentLater: '  gửi vào ngày sau (hết hạn mức)',
    sentLaterValue: (count: number, limit: number) => `${count} (hạn mức ${limit} người nhận/ngày)`,
    responses: 'Phản hồi biểu mẫu',
    responsesValue: (received: number, duplicates: number, flagged: number) =>
      `${received} nhận, ${duplicates} trùng, ${flagged} cần xem lại`,
    opening: (target: string) => `Khai mạc (chỉ tiêu ${target})`,
    openingValue: (registered: number, present: number, staff: number, met: string) =>
      `${registered}/${staff} đăng ký, ${present}/${staff} có mặt – ${met}`,
    nominations: 'Đề cử "Gia đình hiếu học"',
    nominationsValue: (total: number, withConsent: number, withoutConsent: number) =>
      `${total} (${withConsent} đồng ý chia sẻ, ${withoutConsent} chưa đồng ý)`,
    report: 'Báo cáo',
    noReport: 'chưa lập',
    workbook: 'Tệp kế hoạch',
    unlimited: (seated: number) => `${seated} (không giới hạn)`,
    heading: 'Tổng kết tuần lễ',
    figureHeaders: ['Mục', 'Số liệu'],
    sessionHeaders: ['Mã', 'Buổi tập huấn / nói chuyện', 'Chỗ', 'Người chờ'],
    files: (outDir: string) =>
      `Thư (.eml): ${outDir}/mail · Lịch (.ics): ${outDir}/calendar · Số liệu: ${outDir}/summary.json`,
  },
  forms: {
    written: (count: number) => `Đã ghi ${count} bản xem trước biểu mẫu:`,
    linked: (file: string) => `Đường dẫn tới các bản xem trước đã ghi vào tab Cấu hình của ${file}.`,
  },
  reminders: {
    drainHint: 'Chạy "learning-week drain" để gửi thư nhắc.',
  },
  purge: {
    wouldDelete: 'Sẽ xóa:',
    runAgain: (command: string) => `Chạy lại không có --dry-run để xóa: ${command}`,
    backupReplaced: (backup: string) =>
      `Bản sao lưu ${backup} cũng đã được thay bằng bản đã xóa. ` +
      'Nếu còn bản sao nào khác của tệp (máy khác, thư, USB…), hãy tự xóa các bản đó.',
  },
  respond: {
    unusable: (source: string, reason: string) => `Không dùng được ${source}: ${reason}`,
    file: (path: string) => `tệp ${path}`,
    stdin: 'dữ liệu từ đầu vào chuẩn',
    fileIssue: (issue: string) => `Lưu ý về tệp: ${issue}`,
    recorded: (count: number) => `Đã ghi nhận: ${count}`,
    duplicates: (count: number) => `Trùng (đã có từ trước, bỏ qua): ${count}`,
    flagged: (count: number) => `Cần xem lại: ${count}`,
    keptForReview: (now: number, before: number) =>
      `Dòng CSV không thành phản hồi, giữ trong "Phản hồi gốc" để kiểm tra: ${now}${before > 0 ? ` (và ${before} dòng đã giữ từ lần nhập trước)` : ''}`,
  },
  sync: {
    preview: 'Xem trước thay đổi lịch (chưa ghi gì):',
    events: (events: number, guests: number, cancelled: number) =>
      `Sự kiện: ${events}; khách mời: ${guests}${cancelled > 0 ? `; đã hủy: ${cancelled}` : ''}.`,
    weekFeed: (file: string) => `Lịch cả tuần: ${file}`,
    mailsQueued: (queued: number, already: number) =>
      `Thư mời lịch mới xếp vào Hộp thư đi: ${queued}` +
      (already > 0 ? ` (${already} thư đã có từ trước)` : '') +
      (queued > 0 ? '. Chạy "learning-week drain" để gửi.' : '.'),
  },
  invite: {
    queued: (count: number) => `Thư mời mới xếp vào Hộp thư đi: ${count}`,
    alreadyQueued: (count: number) => `Thư mời đã có từ trước (không xếp lại): ${count}`,
  },
  drain: {
    sent: (count: number) => `Đã gửi: ${count}`,
    deferred: (count: number) => `Hoãn sang ngày mai (hết hạn mức hôm nay): ${count}`,
    failed: (count: number) => `Thất bại: ${count}`,
    retrying: (count: number) => `Lỗi tạm thời, sẽ thử lại: ${count}`,
    needsReview: (count: number) => `Cần kiểm tra: ${count}`,
    recovered: (count: number) => `Lần gửi trước bị ngắt: ${count} thư đã được xác định lại theo nhật ký gửi`,
    remaining: (count: number) => `Còn chờ gửi trong Hộp thư đi: ${count}`,
    emlWritten: (dir: string) => `Thư đã ghi thành tệp .eml trong ${dir}`,
  },
  outbox: {
    headers: [
      'Dòng',
      'Mã thư',
      'Người nhận',
      'Trạng thái',
      'Số lần thử',
      'Thử lại lúc',
      'Xong lúc',
      'Lỗi gần nhất',
    ],
    stateHeaders: ['Trạng thái', 'Số thư'],
    damagedRow: (row: string, code: string) =>
      `Dòng ${row} của Hộp thư đi bị hỏng (${code}): bỏ qua, hãy sửa hoặc xóa dòng này.`,
    total: (line: string) => `Tổng cộng: ${line}.`,
  },
  report: {
    written: (path: string) => `Đã ghi báo cáo: ${path}`,
    pdf: (path: string) => `Bản PDF: ${path}`,
    preview: 'Lưu ý: BẢN XEM TRƯỚC – tuần lễ chưa kết thúc, số liệu còn thay đổi.',
  },
};
