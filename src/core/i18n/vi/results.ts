/**
 * The results form ("Báo cáo kết quả hoạt động"): what each activity's owner reports once it is
 * over, the reasons such a report is flagged, how it lands in the Activities and Outreach tabs,
 * and the mails that ask for it. Activity titles, names and links come in as parameters.
 */
export const results = {
  questions: {
    email: 'Email',
    activity: 'Hoạt động',
    outcome: 'Kết quả thực hiện',
    staff: 'Số CB-GV-NV tham gia',
    children: 'Số trẻ tham gia',
    parents: 'Số phụ huynh tham gia',
    others: 'Số người khác tham gia',
    achieved: 'Kết quả đạt được',
    evidenceLinks: 'Liên kết minh chứng (album ảnh, bài đăng, video)',
    posts: 'Tin, bài tuyên truyền đã đăng',
  },
  outcomes: { done: 'Đã thực hiện', postponed: 'Hoãn', cancelled: 'Hủy' },
  title: (week: string) => `Báo cáo kết quả hoạt động – ${week}`,
  description:
    'Dành cho người phụ trách từng hoạt động: sau khi hoạt động kết thúc, cho nhà trường biết hoạt động đã diễn ra thế nào. ' +
    'Nội dung được ghi vào tab Hoạt động và đưa vào báo cáo tổng kết tuần lễ. Gửi lại biểu mẫu để sửa; lần gửi sau cùng được tính.',
  help: {
    activity: 'Liên kết trong thư đã chọn sẵn hoạt động của bạn.',
    counts: 'Chỉ ghi số (ví dụ 30). Để trống nếu không có.',
    achieved: 'Vài câu: hoạt động đã làm được gì.',
    evidenceLinks: 'Mỗi dòng một liên kết bắt đầu bằng http:// hoặc https://.',
    posts: 'Mỗi dòng một bài: kênh, dấu hai chấm, rồi liên kết. Ví dụ: Facebook: https://facebook.com/…',
  },
  confirmation: 'Cảm ơn thầy/cô! Nhà trường đã ghi nhận kết quả hoạt động. Muốn sửa, hãy gửi lại biểu mẫu.',
  reasons: {
    unknownActivity: (value: string) =>
      `Không có hoạt động "${value}" trong tab Hoạt động: kết quả được lưu nhưng chưa ghi vào hoạt động nào.`,
    badCount: (question: string, value: string) =>
      `Câu "${question}": "${value}" không phải một số người (cần ghi số, ví dụ 30); chưa tính vào báo cáo.`,
    badLink: (value: string) =>
      `"${value}" không phải liên kết http:// hoặc https://: giữ lại nhưng không ghi làm minh chứng.`,
    badPost: (value: string) =>
      `Bài đăng "${value}" không có liên kết http:// hoặc https://: giữ lại nhưng không ghi vào tab Tuyên truyền.`,
    conflict: (field: string, typed: string, reported: string) =>
      `Ô "${field}" trong tab Hoạt động đã được nhập tay là "${typed}"; kết quả báo cáo "${reported}" chưa được ghi đè — hãy xem lại và tự quyết định.`,
  },
  /** The Activities' fields a result may write, as the conflict reason names them. */
  fields: { status: 'Trạng thái', resultNotes: 'Kết quả / ghi chú', evidence: 'Minh chứng (liên kết)' },
  /** A result added below the note the Activities' cell already held. */
  notesAdded: (text: string) => `Kết quả: ${text}`,
  /** The note an outreach row written from a result carries. */
  postNote: (id: string) => `Từ báo cáo kết quả ${id}`,
  /** The mails that ask for a result. */
  ask: {
    // The activities' ids in the subject: an owner asked on two days for different activities
    // gets two mails that do not look like one sent twice (nor thread as one).
    subject: (ids: readonly string[]) =>
      ids.length === 1
        ? `Xin báo cáo kết quả hoạt động ${ids[0]}`
        : `Xin báo cáo kết quả ${ids.length} hoạt động: ${ids.join(', ')}`,
    greeting: (name: string) => `Kính gửi thầy/cô ${name},`,
    intro: 'Hoạt động thầy/cô phụ trách đã kết thúc. Xin thầy/cô dành ít phút cho nhà trường biết kết quả:',
    line: (id: string, title: string, url: string) => `${id} – ${title}: ${url}`,
    button: (id: string, title: string) => `Báo cáo ${id} – ${title}`,
    noLink: 'chọn mã hoạt động này trong biểu mẫu “Báo cáo kết quả hoạt động”',
    reminderSubject: 'Nhắc báo cáo kết quả hoạt động trước giờ tổng hợp báo cáo',
    reminderIntro: (when: string) =>
      `Nhà trường tổng hợp báo cáo tuần lễ lúc ${when}. Các hoạt động sau của thầy/cô chưa có báo cáo kết quả:`,
    closing: 'Trân trọng cảm ơn thầy/cô.',
  },
  /** The daily progress note's lines about results. */
  progress: {
    missingHeading: (count: number) => `Hoạt động đã kết thúc chưa có báo cáo kết quả: ${count}`,
    missingLine: (id: string, title: string, owner: string) => `${id} ${title} – ${owner}`,
    noOwner: '(chưa có người phụ trách)',
    flaggedHeading: (count: number) =>
      `Báo cáo kết quả cần xem lại (khác nội dung nhập tay, số liệu hoặc liên kết sai): ${count}`,
  },
};
