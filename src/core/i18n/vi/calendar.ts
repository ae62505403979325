/** The calendar's texts: the preview lines, the guests' mails, the .ics description, the sync's messages. */
export const calendar = {
  op: {
    noTime: 'chưa có giờ',
    guests: (n: number) => `${n} khách mời`,
    create: (id: string, title: string, when: string, guests: string) =>
      `Tạo sự kiện ${id} ${title} ${when}, ${guests}`,
    update: (id: string, title: string, when: string) => `Sửa sự kiện ${id} ${title} thành ${when}`,
    guestsRemoved: (guests: string, id: string, title: string) => `Bỏ ${guests} khỏi sự kiện ${id} ${title}`,
    guestsAdded: (guests: string, id: string, title: string) =>
      `Thêm ${guests} vào sự kiện ${id} ${title} (kèm thư mời và tệp .ics)`,
    cancel: (id: string, title: string, when: string, guests: string) =>
      `Hủy sự kiện ${id} ${title} ${when}, báo cho ${guests}`,
  },
  skip: {
    timeMissing: 'chưa có giờ bắt đầu và kết thúc nên chưa tạo sự kiện lịch.',
    endNotAfterStart: 'giờ kết thúc không sau giờ bắt đầu nên chưa tạo sự kiện lịch.',
    outsideWeek: (from: string, to: string) =>
      `thời gian nằm ngoài tuần lễ (${from}–${to}) nên chưa tạo sự kiện lịch.`,
    audienceUnknown: (audience: string) =>
      `đối tượng "${audience}" không phải là nhóm nào trong tab Nhân sự nên chưa tạo sự kiện lịch.`,
    guestEmailInvalid: (emails: string) =>
      `địa chỉ email không hợp lệ (${emails}) nên chưa tạo hay sửa sự kiện lịch.`,
    noSeated:
      'chưa có ai được xếp chỗ (buổi giới hạn chỗ chỉ mời người đã có chỗ) nên chưa tạo sự kiện lịch.',
    noGuests: 'không có ai để mời (đối tượng trống hoặc "Không mời") nên chưa tạo sự kiện lịch.',
  },
  mail: {
    guest: 'Quý vị',
    updatedSubject: (title: string) => `Thay đổi lịch: ${title}`,
    cancelledSubject: (title: string) => `Hủy lịch: ${title}`,
    updated: (title: string) =>
      `Hoạt động "${title}" có thay đổi. Thông tin mới ở dưới; tệp lịch (.ics) đính kèm cập nhật sự kiện trong lịch của Quý vị.`,
    cancelled: (title: string) =>
      `Quý vị không còn trong danh sách mời của hoạt động "${title}", hoặc hoạt động đã hủy. Tệp lịch (.ics) đính kèm gỡ sự kiện khỏi lịch của Quý vị.`,
    inviteSubject: (title: string, when: string) => `Lời mời: ${title} – ${when}`,
    invite: (school: string, title: string) =>
      `${school} trân trọng kính mời Quý vị tham gia hoạt động "${title}". Tệp lịch (.ics) đính kèm giúp thêm hoạt động vào lịch của Quý vị.`,
    when: 'Thời gian',
    where: 'Địa điểm',
    link: 'Đường liên kết',
    addToCalendar: 'Thêm vào Google Lịch',
    otherCalendars: 'Lịch khác (điện thoại, Outlook): mở tệp .ics đính kèm.',
  },
  description: {
    week: (year: number, theme: string) =>
      `Hoạt động trong Tuần lễ hưởng ứng học tập suốt đời năm ${year}, chủ đề “${theme}”.`,
    category: 'Loại hoạt động',
    tentative: 'Giờ là đề xuất, sẽ được xác nhận lại.',
    online: (platform: string) => `Hình thức: trực tuyến qua ${platform}`,
    onlineNoPlatform: 'Hình thức: trực tuyến',
    link: 'Đường liên kết tham gia',
    location: 'Địa điểm',
    owner: 'Người phụ trách',
    organiser: 'Đơn vị tổ chức',
    form: {
      attendance: 'Đăng ký và điểm danh dự lễ khai mạc',
      training: 'Đăng ký tham gia',
      nomination: 'Đề cử “Gia đình hiếu học”',
    },
  },
  sync: {
    logPrefix: 'Đồng bộ lịch',
    busy: 'Một tác vụ khác đang chạy; chưa đồng bộ lịch. Hãy thử lại sau ít phút.',
    claimBusy:
      'Một lần đồng bộ lịch khác đang chạy; yêu cầu này đã được ghi nhận và lịch sẽ được đồng bộ lại ngay sau lần đó.',
    notRecorded:
      'chưa ghi được kết quả vào Hộp thư đi (một tác vụ khác giữ khóa quá lâu); lần đồng bộ sau làm lại các thay đổi này (không tạo sự kiện trùng)',
    noSettings: 'Chưa đồng bộ lịch: tab Cấu hình thiếu thông tin bắt buộc. Hãy chạy "Kiểm tra kế hoạch".',
    noActivities:
      'Chưa đồng bộ lịch: không đọc được tab Hoạt động (thiếu tab hoặc thiếu cột bắt buộc), nên không sự kiện nào bị tạo hay hủy.',
    keptUntilFixed: (id: string) => `${id}: sự kiện đã có được giữ nguyên cho đến khi dòng được sửa.`,
    inSync: (events: number) => `Lịch đã khớp với kế hoạch (${events} sự kiện); không có thay đổi.`,
    changes: (n: number, byType: string) => `${n} thay đổi lịch: ${byType}.`,
    skipped: (n: number) => `${n} hoạt động chưa có sự kiện (xem chi tiết).`,
    types: {
      create: 'tạo mới',
      update: 'sửa',
      'guests-added': 'thêm khách mời',
      'guests-removed': 'bỏ khách mời',
      cancel: 'hủy',
    },
    queued: (n: number) => `đã xếp ${n} thay đổi vào Hộp thư đi`,
    byMail: (n: string) =>
      `${n} thư mời, cập nhật hoặc hủy lịch (.ics) xếp vào Hộp thư đi cho người nhận lịch qua thư`,
    overCap: (id: string, guests: string, cap: string, mailed: string) =>
      `${id}: ${guests} khách mời, nhiều hơn ${cap} người mà một sự kiện Google Lịch ghi tên được. ` +
      `${cap} người đầu có tên trong sự kiện; ${mailed} người còn lại nhận lời mời, thay đổi và thông báo hủy ` +
      'qua thư (tệp .ics của chính sự kiện đó, không tạo bản trùng), gửi dần theo hạn mức thư mỗi ngày — xem Hộp thư đi.',
    applied: (n: number) => `đã cập nhật lịch ${n} lần`,
    pending: (n: number) => `${n} thay đổi sẽ thử lại sau`,
    failed: (n: number) => `${n} thay đổi thất bại (xem Hộp thư đi)`,
    quotaError: (detail: string) => `Hết hạn mức lịch trong ngày, sẽ làm tiếp ngày mai: ${detail}`,
    error: (detail: string) => `Lịch báo lỗi: ${detail}`,
    retryError: (detail: string) => `Lịch báo lỗi, sẽ thử lại: ${detail}`,
  },
  progress: {
    overCap: (id: string, guests: string, cap: string, mailed: string) =>
      `Lịch, ${id}: ${guests} khách mời, nhiều hơn ${cap} người một sự kiện Google Lịch ghi tên được; ${mailed} người nhận lời mời (tệp .ics) qua thư thay vì trong danh sách khách.`,
  },
  reminders: {
    logPrefix: 'Nhắc lịch',
    busy: 'Một tác vụ khác đang chạy; chưa xếp thư nhắc lịch. Lần chạy sau sẽ xếp.',
    noSettings: 'Chưa xếp thư nhắc lịch: tab Cấu hình thiếu thông tin bắt buộc.',
    guest: 'Quý vị',
    nothing: (day: string) => `Ngày ${day} không có hoạt động nào cần nhắc.`,
    queued: (mails: number, events: number, day: string) =>
      `Đã xếp ${mails} thư nhắc lịch cho ${events} hoạt động ngày ${day}`,
    alreadyQueued: (n: number) => ` (${n} thư đã xếp từ trước)`,
  },
  files: {
    feedName: (year: number, school: string) => `Tuần lễ học tập suốt đời ${year} – ${school}`,
    written: (files: number, events: number, guests: number) =>
      `Đã ghi ${files} tệp lịch (.ics): ${events} sự kiện, ${guests} khách mời`,
    cancelled: (n: number) => `, ${n} sự kiện đã hủy`,
  },
  apps: {
    noSettings: 'Tab Cấu hình thiếu thông tin bắt buộc (năm, ngày bắt đầu và kết thúc tuần lễ).',
    defaultCalendar: (name: string) => `Sự kiện của tuần lễ sẽ nằm trong lịch mặc định (${name}).`,
    created: (name: string) =>
      `Đã tạo lịch "${name}" cho tuần lễ. Sự kiện chỉ được tạo khi chọn "Đồng bộ lịch".`,
    present: (name: string) => `Đã có lịch "${name}", không tạo thêm.`,
    notYet: (name: string) => `Lịch "${name}" chưa có; sẽ được tạo khi đồng bộ.`,
    calendarZone: (name: string, zone: string, school: string) =>
      `Cảnh báo múi giờ: lịch "${name}" dùng ${zone}, khác múi giờ của trường (${school}). ` +
      'Giờ các sự kiện vẫn đúng, nhưng lịch hiển thị theo múi giờ khác. Vào Google Lịch → Cài đặt của lịch → Múi giờ để sửa.',
    sheetZone: (zone: string, school: string) =>
      `Cảnh báo múi giờ: bảng tính dùng ${zone}, khác múi giờ của trường (${school}). Vào Tệp → Cài đặt → Múi giờ để sửa.`,
    scriptZone: (zone: string, school: string) =>
      `Cảnh báo múi giờ: Apps Script dùng ${zone}, khác múi giờ của trường (${school}). Sửa "timeZone" trong appsscript.json.`,
  },
};
