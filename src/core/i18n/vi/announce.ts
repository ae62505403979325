/** The announcement kit: short texts a teacher pastes into her class's Zalo group. */
export const announce = {
  /** What each form asks of the reader, as a call to act. */
  asks: {
    attendance: 'Xin Quý phụ huynh / thầy cô xác nhận tham dự Lễ khai mạc',
    training: 'Đăng ký tham gia các buổi tập huấn, nói chuyện',
    nomination: 'Đề cử "Gia đình hiếu học" của lớp',
  },
  classGreeting: (className: string) => `Kính gửi Quý phụ huynh lớp ${className},`,
  groupGreeting: (group: string) => `Kính gửi thầy cô ${group},`,
  everyoneGreeting: 'Kính gửi Quý phụ huynh và thầy cô,',
  intro: (school: string, theme: string, from: string, to: string) =>
    `${school} tổ chức Tuần lễ hưởng ứng học tập suốt đời (${from} – ${to})${theme ? `, chủ đề "${theme}"` : ''}.`,
  link: (url: string) => `👉 Bấm vào đây: ${url}`,
  noLink:
    '(Chưa có đường liên kết của biểu mẫu: hãy tạo biểu mẫu Google (Thiết lập) hoặc dán đường liên kết của nó vào Cấu hình, rồi tạo lại thông báo.)',
  deadline: (when: string) => `Hạn: trước ${when}.`,
  thanks: (school: string) => `Trân trọng cảm ơn! — ${school}`,
  /** The printed poster of a form. */
  poster: {
    week: (year: number) => `TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ${year}`,
    theme: (theme: string) => `Chủ đề: “${theme}”`,
    scan: 'Quét mã QR bằng Zalo hoặc máy ảnh của điện thoại',
    /** The week's banner (the 2021 plan's), at the foot of every poster. */
    slogan: '“Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân”',
  },
  /** The menu "Tạo thông báo và mã QR": the whole kit in one Google Doc. */
  doc: {
    title: (year: number, school: string) =>
      `Thông báo và mã QR – Tuần lễ học tập suốt đời ${year} – ${school}`,
    zaloHeading: 'Tin nhắn dán vào nhóm Zalo',
    postsHeading: 'Bài đăng Facebook và trang web của trường',
    textHeading: (form: string, audience: string) => `${form} – ${audience}`,
    made: (url: string, posters: number, texts: number) =>
      `Đã tạo tài liệu thông báo: ${posters} áp phích có mã QR (mỗi trang một áp phích, in khổ A4) và ${texts} tin nhắn Zalo.\nMở tài liệu: ${url}`,
  },
  /** The school's own posts (Facebook page, website), one per form. */
  posts: {
    headline: (year: number) => `📣 Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
    hashtags: (year: number) => `#HocTapSuotDoi #TuanLeHocTapSuotDoi${year}`,
  },
  /** The kit's index: one line per file written. */
  written: (count: number, dir: string) => `Đã tạo ${count} tệp thông báo và mã QR trong ${dir}.`,
  missingLink: (form: string) =>
    `Biểu mẫu “${form}” chưa có đường liên kết mà điện thoại mở được: thông báo vẫn được tạo nhưng chưa có mã QR. ` +
    'Bản xem trước trên máy (lệnh "forms") không dùng được; hãy tạo biểu mẫu Google (Thiết lập) hoặc dán đường liên kết của nó vào Cấu hình.',
  tooLong: (form: string) =>
    `Đường liên kết của biểu mẫu “${form}” quá dài cho một mã QR: hãy dùng đường liên kết rút gọn trong Cấu hình.`,
  noClass: (count: number) =>
    `${count} phụ huynh chưa ghi lớp: họ nằm trong thông báo chung “Phụ huynh (chưa ghi lớp)”.`,
  unclassed: 'Phụ huynh (chưa ghi lớp)',
  /** How many families of each class have answered (the progress note, the kit's texts). */
  answers: {
    heading: 'Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:',
    line: (name: string, answered: number, total: number) =>
      `${name}: ${answered}/${total} gia đình đã trả lời`,
    unlisted: 'không có trong danh sách Phụ huynh',
    unlistedLine: (name: string, answered: number) =>
      `${name}: ${answered} gia đình đã trả lời (không có trong danh sách Phụ huynh)`,
    unclassed: (count: number) =>
      `${count} phụ huynh đã trả lời mà không ghi lớp (email không có trong tab Phụ huynh)`,
    zalo: (answered: number, total: number) => `Đến nay ${answered}/${total} gia đình của lớp đã trả lời.`,
    zaloUnclassed: (answered: number, total: number) =>
      `Đến nay ${answered}/${total} gia đình chưa ghi lớp đã trả lời.`,
  },
};
