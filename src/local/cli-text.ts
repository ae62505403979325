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
  demo                     Chạy thử: tạo out/learning-week-2021.xlsx có danh sách mẫu rồi kiểm tra.
  bench                    Đo hiệu năng (số lệnh đọc/ghi bảng và thời gian) với 100, 1.000, 5.000 hoạt động.
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

export const badNow = (text: string): string =>
  `Thời điểm --now "${text}" không hợp lệ: hãy ghi dạng 2021-10-05T08:00 (giờ của trường) hoặc có múi giờ, ví dụ 2021-10-05T08:00+07:00.`;
