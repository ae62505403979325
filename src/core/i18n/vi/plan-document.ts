/**
 * The school's KẾ HOẠCH both ways: the words of the document the product writes (the seed's
 * structure, Nghị định 30/2020 layout), the labels the importer reads back, and what the
 * importer tells the principal about the document it read.
 */
export const planDocument = {
  fileName: (year: string) => `ke-hoach-${year}`,
  documentTitle: (year: string) => `Kế hoạch Tuần lễ hưởng ứng học tập suốt đời ${year}`.trim(),
  notFilled: '…',
  title: 'KẾ HOẠCH',
  subtitle: (year: string) => `Tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm ${year}”`,
  number: (number: string) => `Số: ${number}`,
  placeDate: (place: string, date: string) => `${place}, ${date}`,
  /** "ngày … tháng … năm 2021" when the plan has no date yet: the year is always the plan's. */
  undatedLine: (year: string) => `ngày … tháng … năm ${year}`,
  basis: (basis: string) => `Căn cứ ${basis};`,
  sectionI: 'Mục đích yêu cầu',
  sectionII: 'Nội dung tổ chức',
  theme: (theme: string) => `Chủ đề: “${theme}”`,
  time: 'Thời gian thực hiện',
  range: (from: string, to: string) => `Từ ${from} đến ${to}.`,
  content: 'Nội dung thực hiện',
  noActivities: 'Chưa có hoạt động nào trong tab “Hoạt động”.',
  sectionIII: 'Tổ chức thực hiện',
  owner: (owner: string, ids: string) => `${owner}: phụ trách ${ids}.`,
  reportTo: (body: string) => `Báo cáo kết quả thực hiện về ${body} sau khi kết thúc Tuần lễ.`,
  nominationsTo: (ward: string) => `Gửi danh sách “Gia đình hiếu học” được bình chọn về ${ward}.`,
  notesTitle: 'Ghi chú:',
  closing: (year: string, school: string) =>
    `Trên đây là Kế hoạch tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm ${year}” của ${school}, đề nghị tập thể cán bộ- giáo viên- nhân viên nhà trường nghiêm túc thực hiện.`,
  recipientsTitle: 'Nơi nhận:',
  signerTitle: 'HIỆU TRƯỞNG',
  /** Said after a time the principal has not confirmed yet. */
  unconfirmed: '(giờ dự kiến, cần xác nhận)',
  targetText: (percent: string) => `${percent}% CB-GV-NV tham dự`,
  sameDay: (day: string, from: string, to: string) => `${day}, ${from} – ${to}`,
  days: (from: string, to: string) => `từ ${from} đến ${to}`,
  dayTime: (time: string, day: string) => `${time} ${day}`,
  /** The labels of an activity's lines ("+ Địa điểm: …"), read back by the importer. */
  fields: {
    when: 'Thời gian',
    location: 'Địa điểm',
    platform: 'Nền tảng',
    link: 'Đường liên kết',
    audience: 'Đối tượng',
    capacity: 'Số chỗ',
    owner: 'Phụ trách',
    invite: 'Gửi lời mời',
    category: 'Loại',
    id: 'Mã',
    notes: 'Ghi chú',
    target: 'Chỉ tiêu',
  },
  gas: {
    importTitle: 'Nhập kế hoạch từ Google Docs',
    exportTitle: 'Xuất kế hoạch',
    askLink: 'Dán đường liên kết của văn bản kế hoạch (Google Docs):',
    needsUi: 'Hãy chạy mục này từ trình đơn của bảng tính.',
    cannotOpen: (link: string, detail: string) =>
      `Không mở được văn bản “${link}”: ${detail}\nHãy kiểm tra đường liên kết và quyền xem văn bản.`,
    confirm: 'Ghi những thay đổi này vào bảng tính?',
    notWritten: 'Chưa ghi gì vào bảng tính.',
    written: 'Đã ghi vào tab “Cấu hình” và “Hoạt động”. Hãy chạy “Kiểm tra kế hoạch”.',
    exported: (url: string) => `Đã tạo văn bản kế hoạch: ${url}`,
  },
  cli: {
    findings: (count: number) => `Phát hiện khi đọc văn bản (${count}):`,
    created: (file: string, activities: number) =>
      `Đã tạo ${file} từ văn bản kế hoạch: ${activities} hoạt động.`,
    preview: 'Những gì sẽ thay đổi:',
    applyHint: (command: string) => `Chưa ghi gì vào tệp. Để ghi, chạy lại: ${command} --apply`,
    applied: (file: string) => `Đã ghi vào ${file}.`,
    badFile: (file: string) => `Không đọc được ${file}: chỉ nhận tệp .docx hoặc .txt.`,
    written: (path: string) => `Đã ghi kế hoạch: ${path}`,
    noSettings:
      'Cấu hình chưa có năm và ngày của tuần lễ: chưa ghi được kế hoạch. Hãy chạy "validate" để xem cần sửa gì.',
  },
  findings: {
    yearOther: (line: number, year: number, planYear: number, text: string) =>
      `Dòng ${line}: ghi “năm ${year}” trong kế hoạch năm ${planYear} (có thể sót từ kế hoạch năm trước): “${text}”.`,
    dateOtherYear: (id: string, written: string, planYear: number, proposed: string) =>
      `${id}: văn bản ghi “${written}”, khác năm của kế hoạch (${planYear}); đã đề xuất ${proposed}, chưa xác nhận.`,
    outsideWeek: (id: string, date: string, start: string, end: string) =>
      `${id}: ngày ${date} nằm ngoài tuần lễ (${start} – ${end}).`,
    noDate: (id: string, start: string, end: string) =>
      `${id}: văn bản không ghi ngày; đề xuất cả tuần lễ (${start} – ${end}), đánh dấu chưa xác nhận.`,
    targetUnreadable: (id: string, text: string) =>
      `${id}: không đọc được chỉ tiêu “${text}”; hãy ghi chỉ tiêu bằng số phần trăm (ví dụ 50%).`,
    lineKept: (line: number, where: string, text: string) =>
      `Dòng ${line} không xếp được vào mục nào, đã giữ ở ${where}: “${text}”.`,
    noWeek: (start: string, end: string) =>
      `Văn bản không ghi thời gian thực hiện; đã đề xuất ${start} – ${end}.`,
    noYear: (year: number) => `Văn bản không ghi năm của kế hoạch; đã dùng năm ${year}.`,
    noActivities: 'Văn bản không có hoạt động nào (mục “Nội dung thực hiện” hoặc “Tổ chức thực hiện”).',
    bodyFromBasis: (body: string) =>
      `Cơ quan chủ quản “${body}” lấy từ văn bản căn cứ; hãy kiểm tra lại trong tab “Cấu hình”.`,
    settingsNote: 'tab “Cấu hình”, mục “Ghi chú của kế hoạch”',
    activityNote: (id: string) => `ghi chú của ${id}`,
  },
  /** Notes the importer writes on an activity (the principal reads them in "Kết quả / ghi chú"). */
  notes: {
    otherYear: (written: string, proposed: string) =>
      `Văn bản gốc ghi “${written}” (nhầm năm); đề xuất ${proposed}.`,
    target: (text: string) => `Chỉ tiêu: ${text}.`,
    proposedTime: 'Giờ là đề xuất, cần xác nhận.',
  },
  diff: {
    nothing: 'Bảng tính đã giống kế hoạch trong văn bản: không có gì thay đổi.',
    setting: (label: string, from: string, to: string) => `Cấu hình “${label}”: ${from} → ${to}`,
    added: (id: string, title: string) => `Thêm ${id}: ${title}`,
    changed: (id: string, fields: string) => `Sửa ${id}: ${fields}`,
    kept: (id: string, title: string) => `Giữ nguyên ${id} (không có trong văn bản): ${title}`,
    empty: '(trống)',
    summary: (settings: number, added: number, changed: number) =>
      `${settings} mục cấu hình thay đổi, ${added} hoạt động thêm mới, ${changed} hoạt động sửa.`,
  },
};
