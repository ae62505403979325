import { groupedInteger } from '../numbers';

/** The outbox's texts: the last-error cells, the drain's summary and logs, the invitations' messages. */
export const outbox = {
  logPrefix: 'Hộp thư đi',
  error: {
    transient: (attempts: number, original: string) =>
      `Dịch vụ thư tạm thời không phản hồi (đã thử ${attempts} lần); hệ thống sẽ tự gửi lại. Chi tiết: ${original}`,
    quota: (original: string) =>
      `Đã hết hạn mức gửi thư trong 24 giờ; thư sẽ được gửi khi hạn mức được cấp lại. Chi tiết: ${original}`,
    gaveUp: (attempts: number, original: string) =>
      `Gửi không thành công sau ${attempts} lần thử; hệ thống ngừng gửi thư này. Chi tiết: ${original}`,
    willRetry: (attempts: number, maxAttempts: number, original: string) =>
      `Gửi không thành công (lần ${attempts}/${maxAttempts}); hệ thống sẽ thử lại. Chi tiết: ${original}`,
    unknownRetry: (attempts: number, maxAttempts: number, at: string, original: string) =>
      `Lỗi chưa rõ nguyên nhân (lần ${attempts}/${maxAttempts}); hệ thống sẽ thử lại lúc ${at}. Chi tiết: ${original}`,
    quotaDeferred: (at: string) =>
      `Đã dùng hết hạn mức gửi thư (hạn mức tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm); thư sẽ được gửi khi hạn mức được cấp lại, dự kiến ${at}.`,
    quotaDeferredBehind: (windows: number, at: string) =>
      `Đã dùng hết hạn mức gửi thư (hạn mức tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm); các thư xếp trước (thư gấp trước, rồi theo thứ tự dòng) dùng các lần cấp lại gần hơn, nên thư này chờ đến lần hạn mức được cấp lại thứ ${windows}, dự kiến gửi lúc ${at}.`,
    quotaDeferredUnknown:
      'Đã dùng hết hạn mức gửi thư; mỗi lần gửi, hệ thống kiểm tra lại hạn mức và gửi ngay khi được cấp lại.',
    reminderTooLate: (day: string) =>
      `Không gửi: thư nhắc lịch cần đến trước ngày hoạt động (${day}), nay đã quá thời điểm đó vì hết hạn mức gửi thư.`,
    interrupted:
      'Lần gửi trước bị ngắt giữa chừng, chưa rõ thư đã đi hay chưa, nên hệ thống KHÔNG tự gửi lại. ' +
      'Hãy xem thư mục "Đã gửi" của tài khoản gửi: nếu có thư này, đặt Trạng thái là "đã gửi"; ' +
      'nếu không có, đặt lại "chờ gửi" để hệ thống gửi.',
  },
  reject: {
    noRecipient: 'Không có địa chỉ người nhận.',
    addressNewline: (address: string) =>
      `Địa chỉ "${address}" chứa ký tự xuống dòng (có thể là chèn tiêu đề thư): không gửi.`,
    addressInvalid: (address: string) => `Địa chỉ email không hợp lệ: "${address}".`,
    addressUndeliverable: (address: string) =>
      `Địa chỉ "${address}" thuộc tên miền .invalid (địa chỉ thay thế sau khi xóa dữ liệu cá nhân của gia đình), không bao giờ nhận được thư: không gửi.`,
    subjectNewline: 'Tiêu đề thư chứa ký tự xuống dòng: không gửi.',
    noSubject: 'Thư không có tiêu đề.',
    tooLong: (length: number, limit: number) =>
      `Nội dung thư quá dài (${groupedInteger(length, 'vi')} ký tự, tối đa ${groupedInteger(limit, 'vi')} trong một ô): không gửi.`,
    brokenPayload:
      'Dữ liệu của thư (cột "Dữ liệu") bị hỏng hoặc bị xóa: không gửi được. Hãy xóa dòng này và chạy lại "Gửi thư mời".',
  },
  status: {
    damaged: (n: number) => `${n} dòng hỏng`,
    empty: 'Hộp thư đi trống',
  },
  drain: {
    lockBusy: 'Một lần gửi thư khác đang chạy; lần này không làm gì (thư sẽ không bị gửi hai lần).',
    findingAt: (row: string, text: string) => `Hộp thư đi, dòng ${row}: ${text}`,
    keyMissing: 'dòng không có Khóa nên không được gửi (khóa là thứ ngăn gửi trùng). Hãy xóa dòng này.',
    keyDuplicate: (key: string) => `Khóa "${key}" bị lặp; chỉ dòng đầu tiên được dùng.`,
    keyVariant: (key: string, first: string, firstRow: string) =>
      `Khóa "${key}" là bản sao của khóa "${first}" ở dòng ${firstRow} (chỉ khác chữ hoa/chữ thường hoặc khoảng trắng): ` +
      'dòng này KHÔNG được gửi để thư không đi hai lần. Hãy xóa dòng này.',
    claimBusy:
      'Một lần gửi thư khác đang gửi; lần này không làm gì. Thư mới xếp hàng sẽ được lần đó hoặc lần chạy tiếp theo gửi (không thư nào bị gửi hai lần).',
    notRecorded:
      'chưa ghi được kết quả vào Hộp thư đi (một tác vụ khác giữ khóa quá lâu); nhật ký gửi giữ kết quả và lần chạy sau sẽ ghi lại, không gửi lại thư nào',
    stateUnknown: (state: string) =>
      `Trạng thái "${state}" không hợp lệ; dòng này không được gửi cho đến khi sửa lại.`,
    headerMissing: (header: string) => `thiếu cột "${header}".`,
    journalNotWrittenSendAnyway: (detail: string) => `không ghi được nhật ký gửi (${detail}); gửi như cũ.`,
    journalNotWritten: (detail: string) => `không ghi được nhật ký gửi (${detail}).`,
    journalNotDeleted: (detail: string) => `không xóa được nhật ký gửi (${detail}).`,
    sent: (n: number) => `đã gửi ${n} thư`,
    deferred: (n: number) => `${n} thư chờ hạn mức được cấp lại`,
    tooLate: (n: number) => `${n} thư nhắc không gửi vì đã quá ngày hoạt động`,
    lastMailAt: (at: string) => `thư cuối cùng đang chờ dự kiến đi lúc ${at}`,
    retrying: (n: number) => `${n} thư lỗi tạm thời, sẽ thử lại`,
    failed: (n: number) => `${n} thư thất bại`,
    needsReview: (n: number) => `${n} thư cần kiểm tra`,
    recovered: (n: number) => `${n} thư của lần gửi bị ngắt đã được xác định lại`,
    remaining: (n: number) => `còn ${n} thư chờ`,
    stoppedForTime: 'dừng trước giới hạn thời gian, sẽ tự chạy tiếp',
  },
  outlook: {
    nothingWaiting: 'Hộp thư đi: không còn thư nào chờ gửi.',
    allNow: (mails: string, recipients: string) =>
      `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận), đi hết trong lần gửi tới.`,
    lastAt: (mails: string, recipients: string, at: string, windows: string) =>
      `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận); thư cuối cùng dự kiến đi lúc ${at}, ` +
      `sau ${windows} lần hạn mức gửi thư 24 giờ được cấp lại (thư nhắc lịch và thư xác nhận đi trước thư mời).`,
    unknown: (mails: string, recipients: string) =>
      `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận); hạn mức gửi thư đã hết và chưa biết lúc nào được cấp lại — mỗi lần gửi, hệ thống kiểm tra lại.`,
    tooLate: (n: string) => `${n} thư nhắc lịch sẽ không kịp đi trước ngày hoạt động vì hết hạn mức.`,
  },
  invitations: {
    logPrefix: 'Gửi thư mời',
    busy: 'Một tác vụ khác đang chạy; chưa xếp thư mời nào. Hãy thử lại sau ít phút.',
    noSettings:
      'Chưa gửi thư mời: tab Cấu hình thiếu thông tin bắt buộc (tên trường, năm, chủ đề, ngày của tuần lễ). Hãy chạy "Kiểm tra kế hoạch".',
    queued: (n: number) => `đã xếp ${n} thư mời vào Hộp thư đi`,
    alreadyQueued: (n: number) => `${n} thư đã có từ trước, không xếp lại`,
    rejected: (n: number) =>
      `${n} thư không gửi được (địa chỉ không hợp lệ hoặc thư quá dài: xem lý do ở cột "Lỗi gần nhất")`,
    unusable: (n: number) =>
      `${n} dòng trong tab Nhân sự thiếu hoặc sai email, mã, họ tên hay vai trò nên chưa mời (xem "Kiểm tra kế hoạch")`,
    inactive: (n: number) => `${n} người không còn công tác nên không mời`,
    withoutEmail: (n: number) => `${n} gia đình chưa có email`,
    familiesByZalo: (n: number) =>
      `${n} gia đình không nhận thư mời vì mục "Gửi thư cho phụ huynh" trong Cấu hình là "không": hãy gửi tin vào nhóm Zalo của các lớp và in áp phích mã QR (menu "Tạo thông báo và mã QR", hoặc lệnh announce trên máy tính)`,
    outboxBroken: 'tab Hộp thư đi thiếu cột bắt buộc nên chưa xếp được thư nào',
    forms: {
      attendance: 'Đăng ký dự / điểm danh Lễ khai mạc',
      training: 'Đăng ký tập huấn, nói chuyện',
      nomination: 'Đề cử "Gia đình hiếu học"',
    },
  },
};
