/** Commendation: the proposal tab, the decision, the certificates and the letter to the ward. */
export const commendation = {
  notFilled: '…',
  reason: {
    person: 'Tham dự Lễ khai mạc và tham gia lớp tập huấn',
    group: (percent: string) => `Tổ có tỉ lệ tham dự Lễ khai mạc cao nhất (${percent})`,
  },
  template: {
    unknown: (tag: string, suggestion: string | undefined) =>
      `Mẫu có chỗ trống {{${tag}}} mà chương trình không biết` +
      (suggestion ? `; có phải ý là {{${suggestion}}}?` : '.'),
    missing: (field: string) => `Mẫu thiếu chỗ trống {{${field}}}.`,
    unclosed: (near: string) => `Mẫu có "{{" chưa đóng bằng "}}": "${near}".`,
    known: (fields: string) => `Các chỗ trống dùng được: ${fields}.`,
    inTemplate: (award: string, problem: string) => `Mẫu ${award}: ${problem}`,
    none: (award: string) => `Chưa có mẫu ${award}: không tạo ${award} nào.`,
    usedDefault: (path: string) => `Dùng mẫu mặc định ${path} (trường sửa được mẫu này trong Word).`,
    created: (path: string) =>
      `Đã tạo mẫu mặc định ${path}; hãy xem và sửa nếu cần, rồi chạy lại để tạo giấy khen.`,
  },
  rows: {
    tooLong: (row: number, max: number) =>
      `Dòng ${row}: họ tên dài quá ${max} ký tự; hãy sửa lại trước khi tạo giấy khen.`,
    empty: (row: number) => `Dòng ${row}: chưa có họ tên.`,
    duplicate: (row: number, first: number, award: string) =>
      `Dòng ${row}: người này đã được đồng ý ${award} ở dòng ${first}; dòng ${row} không được tạo.`,
    badDecision: (row: number, value: string) =>
      `Dòng ${row}: quyết định "${value}" không có trong danh sách (đề nghị / đồng ý / không).`,
    badAward: (row: number, value: string) =>
      `Dòng ${row}: hình thức "${value}" không có trong danh sách (giấy khen / giấy chứng nhận).`,
  },
  state: {
    made: (award: string, file: string) => `Đã tạo ${award}: ${file}`,
    refused: (why: string) => `Chưa tạo: ${why}`,
    proposed: 'Đề xuất theo tiêu chí của báo cáo',
  },
  decision: {
    fileName: (year: string) => `quyet-dinh-khen-thuong-${year}`,
    documentTitle: (year: string) => `Quyết định khen thưởng Tuần lễ học tập suốt đời ${year}`.trim(),
    number: (number: string) => `Số: ${number}/QĐ-MN`,
    title: 'QUYẾT ĐỊNH',
    subtitle: (year: string) =>
      `Về việc khen thưởng tập thể, cá nhân tham gia tốt Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
    authority: (school: string) => `HIỆU TRƯỞNG ${school.toUpperCase()}`,
    basisLaw: 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các văn bản hướng dẫn;',
    basis: (basis: string) => `Căn cứ ${basis};`,
    planBasis: (plan: string, school: string) => `Căn cứ Kế hoạch số ${plan} của ${school};`,
    result: (year: string) =>
      `Xét kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} và đề nghị của Ban tổ chức,`,
    decides: 'QUYẾT ĐỊNH:',
    article1Label: 'Điều 1.',
    article1: (people: number, groups: number) =>
      `Khen thưởng ${groups} tập thể và ${people} cá nhân đã tham gia tốt Tuần lễ hưởng ứng học tập suốt đời (danh sách kèm theo).`,
    article2Label: 'Điều 2.',
    article2: 'Quyết định có hiệu lực kể từ ngày ký.',
    article3Label: 'Điều 3.',
    article3:
      'Các tổ chuyên môn, tổ văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    recipientsTitle: 'Nơi nhận:',
    recipientsLine: '- Như Điều 3;',
    archive: '- Lưu: VT.',
    signerTitle: 'HIỆU TRƯỞNG',
    annexTitle: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
    annexSubtitle: (number: string, date: string) => `(Kèm theo Quyết định số ${number}/QĐ-MN ngày ${date})`,
    header: ['STT', 'Họ tên / tập thể', 'Tổ', 'Hình thức', 'Lý do'],
    nobody:
      'Chưa có tập thể, cá nhân nào được Hiệu trưởng đồng ý khen thưởng (cột "Quyết định" của tab Khen thưởng).',
  },
  certificate: {
    fileName: (award: string, year: string) =>
      `${award === 'giấy khen' ? 'giay-khen' : 'giay-chung-nhan'}-${year}`,
    templateFile: (award: string) => `mau-${award === 'giấy khen' ? 'giay-khen' : 'giay-chung-nhan'}.docx`,
    heading: (award: string) => award.toUpperCase(),
    grantedTo: 'Tặng',
    forReason: 'Đã có thành tích',
    inWeek: (year: string) => `trong Tuần lễ hưởng ứng học tập suốt đời năm ${year}.`,
    placeDate: (place: string, date: string) => `${place}, ${date}`,
    mailSubject: (award: string, year: string) =>
      `${award.charAt(0).toUpperCase()}${award.slice(1)} Tuần lễ học tập suốt đời ${year}`,
    mailGreeting: (name: string) => `Kính gửi ${name},`,
    mailBody: (award: string) =>
      `Nhà trường gửi kèm ${award} của thầy/cô trong Tuần lễ hưởng ứng học tập suốt đời.`,
    mailClosing: 'Trân trọng cảm ơn.',
  },
  ward: {
    fileName: (year: string) => `de-cu-gia-dinh-hieu-hoc-${year}`,
    documentTitle: (year: string) => `Danh sách đề cử Gia đình hiếu học ${year}`.trim(),
    number: (number: string) => `Số: ${number}/MN`,
    subject: 'V/v đề cử cá nhân tiêu biểu “Gia đình hiếu học”',
    to: (ward: string) => `Kính gửi: ${ward}`,
    body: (school: string, year: string, count: number) =>
      `Thực hiện Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}, ${school} trân trọng gửi danh sách ${count} gia đình tiêu biểu “Gia đình hiếu học” tham dự Hội nghị tuyên dương. Các gia đình có tên dưới đây đã đồng ý chia sẻ thông tin với Hội khuyến học.`,
    none: (school: string) =>
      `${school} chưa có gia đình nào vừa được chọn vừa đồng ý chia sẻ thông tin với Hội khuyến học.`,
    closing: 'Kính đề nghị Hội khuyến học xem xét. Trân trọng.',
    header: ['STT', 'Đại diện gia đình', 'Tên trẻ', 'Lớp', 'Thành tích', 'Minh chứng'],
    sheetName: 'Đề cử',
    recipientsTitle: 'Nơi nhận:',
    recipientsWard: '- Như trên;',
    archive: '- Lưu: VT.',
    signerTitle: 'HIỆU TRƯỞNG',
    noWard: 'Mục "Hội khuyến học phường" trong Cấu hình chưa có tên: thư chưa biết gửi ai.',
    refusedNoConsent: (row: number) =>
      `Dòng ${row} của tab Đề cử: được chọn nhưng gia đình không đồng ý chia sẻ; không đưa vào danh sách.`,
  },
  gas: {
    proposal: (tab: string, added: number) => `Tab “${tab}”: thêm ${added} đề xuất.`,
    decision: (url: string, people: number, groups: number) =>
      `Dự thảo Quyết định khen thưởng (${people} cá nhân, ${groups} tập thể): ${url}`,
    ward: (url: string, count: number) => `Thư đề cử gửi Hội khuyến học (${count} gia đình): ${url}`,
    certificates:
      'Giấy khen, giấy chứng nhận chưa tạo được trên Google Sheet: dùng lệnh learning-week commend trên máy tính.',
    problems: 'Cần xem lại:',
  },
  cli: {
    decision: (file: string, people: number, groups: number) =>
      `Quyết định khen thưởng (dự thảo): ${file} — ${people} cá nhân, ${groups} tập thể`,
    certificates: (file: string, count: number) => `Giấy khen, giấy chứng nhận: ${file} — ${count} trang`,
    pdfs: (count: number, dir: string) => `${count} tệp PDF trong ${dir}`,
    noPdf: (why: string) => `Không tạo được PDF: ${why}`,
    ward: (file: string, count: number) => `Thư đề cử gửi Hội khuyến học: ${file} — ${count} gia đình`,
    problem: (text: string) => `  ! ${text}`,
    proposal: (added: number) => `Tab Khen thưởng: thêm ${added} đề xuất`,
    queued: (count: number) => `Xếp ${count} thư gửi giấy khen vào Hộp thư đi`,
  },
};
