import { groupedInteger } from '../numbers';

/**
 * The three forms of the week (titles, descriptions, questions, product choices, confirmations),
 * the session labels, seat texts and the reasons a response is flagged or was cleaned. The
 * school's data (year, governing body, ward association, activity titles) comes in as parameters.
 */
/** Why a timestamp text did not read, and the day–month orders (core/forms/timestamp-text.ts). */
type StampProblem = 'empty' | 'format' | 'date' | 'time' | 'zone' | 'order';
type StampOrder = 'dmy' | 'mdy' | 'ymd';

const ORDER_NAMES: Record<StampOrder, string> = {
  dmy: 'ngày/tháng/năm',
  mdy: 'tháng/ngày/năm',
  ymd: 'năm/tháng/ngày',
};

const separatorName = (separator: string): string => (separator === '\t' ? 'dấu tab' : `dấu "${separator}"`);

function timestampProblem(problem: StampProblem, value: string, order: StampOrder | undefined): string {
  switch (problem) {
    case 'empty':
      return 'ô thời điểm gửi để trống';
    case 'format':
      return `thời điểm gửi "${value}" không đọc được`;
    case 'date':
      return `"${value}" không phải một ngày có thật${order ? ` (theo thứ tự ${ORDER_NAMES[order]})` : ''}`;
    case 'time':
      return `giờ trong "${value}" không hợp lệ`;
    case 'zone':
      return `múi giờ "${value}" không rõ (cần dạng GMT+7)`;
    case 'order':
      return order
        ? `"${value}" không ghi theo thứ tự ${ORDER_NAMES[order]}`
        : `"${value}" đọc được cả theo ngày/tháng lẫn tháng/ngày (cần --date-order dmy hoặc mdy)`;
  }
}

export const forms = {
  defaults: { governingBody: 'UBND Quận', wardAssociation: 'Hội khuyến học phường' },
  weekTitle: (year: string) => `Tuần lễ hưởng ứng học tập suốt đời${year ? ` năm ${year}` : ''}`,
  questions: {
    email: 'Email',
    name: 'Họ và tên',
    group: 'Tổ/nhóm',
    childClass: 'Lớp của con (phụ huynh)',
    intent: 'Bạn muốn',
    mode: 'Hình thức tham dự',
    who: 'Bạn là',
    sessions: 'Buổi tập huấn / nói chuyện muốn tham gia',
    pledges: 'Khóa học dài hạn bạn đăng ký theo học trong năm',
    nominator: 'Họ và tên người đề cử',
    relation: 'Quan hệ với gia đình được đề cử',
    family: 'Họ tên người đại diện gia đình',
    child: 'Họ tên trẻ',
    className: 'Lớp',
    address: 'Địa chỉ (trong phường)',
    achievements: 'Thành tích, tấm gương học tập của gia đình',
    evidence: 'Liên kết minh chứng (ảnh, giấy khen…)',
    consent: 'Đồng ý chia sẻ với Hội khuyến học phường',
  },
  choices: {
    intents: { register: 'Đăng ký tham dự', present: 'Điểm danh có mặt' },
    who: { staff: 'CB-GV-NV', parent: 'Phụ huynh', resident: 'Người dân' },
    pledges: {
      it: 'Tin học',
      languages: 'Ngoại ngữ',
      masters: 'Cao học',
      management: 'Bồi dưỡng cán bộ quản lý (CBQL)',
      headOfDepartment: 'Tổ trưởng chuyên môn',
    },
    relations: {
      classParent: 'Phụ huynh cùng lớp',
      teacher: 'Giáo viên',
      neighbour: 'Hàng xóm / người dân',
      ownFamily: 'Chính gia đình',
    },
    modes: {
      hall: (governingBody: string) => `Tại Hội trường ${governingBody}`,
      school: 'Tại điểm cầu của trường',
      home: 'Trực tuyến tại nhà',
    },
    consentYes: (ward: string) => `Đồng ý chia sẻ đề cử này với ${ward}`,
    consentNo: 'Không đồng ý',
  },
  attendance: {
    title: (week: string) => `Lễ khai mạc “${week}”`,
    when: (day: string, time: string) => ` vào ${day} lúc ${time}`,
    description: (governingBody: string, when: string) =>
      `Lễ khai mạc do ${governingBody} tổ chức trực tuyến${when}, ` +
      `tại Hội trường ${governingBody} và các điểm cầu. ` +
      'Đăng ký trước để nhà trường chuẩn bị điểm cầu; trong buổi lễ, gửi lại biểu mẫu này để điểm danh.',
    target: (target: number) => ` Chỉ tiêu: ít nhất ${target} % CB-GV-NV tham dự.`,
    emailHelp: 'Dùng địa chỉ email của trường để được tính vào danh sách CB-GV-NV.',
    confirmation:
      'Cảm ơn bạn! Nhà trường đã ghi nhận. Thư xác nhận sẽ được gửi đến email của bạn; muốn đổi, hãy gửi lại biểu mẫu — lần gửi sau cùng được tính.',
  },
  training: {
    title: (week: string) => `Đăng ký tập huấn / nói chuyện – ${week}`,
    description:
      'Các lớp tập huấn, buổi nói chuyện miễn phí trong tuần lễ, dành cho CB-GV-NV, phụ huynh và người dân. ' +
      'Mỗi buổi có số chỗ giới hạn; chỗ được xếp theo thứ tự phản hồi đến, chỗ đã xác nhận không bị lấy lại. Gửi lại biểu mẫu để thay đổi lựa chọn.',
    emailHelp: 'Thư xác nhận chỗ hoặc vị trí trong danh sách chờ sẽ gửi về địa chỉ này.',
    sessionsHelp: 'Buổi đã đủ chỗ vẫn chọn được: bạn vào danh sách chờ và được báo qua email khi có chỗ.',
    noSessions: 'Chưa có buổi nào được lên lịch.',
    confirmation:
      'Cảm ơn bạn! Kết quả xếp chỗ (hoặc vị trí trong danh sách chờ) sẽ được gửi qua email. Muốn đổi buổi, hãy gửi lại biểu mẫu.',
  },
  nomination: {
    title: (year: string) => `Đề cử “Gia đình hiếu học” năm ${year}`.trim(),
    description: (ward: string) =>
      `Giới thiệu một gia đình tiêu biểu trong phường để nhà trường xét chọn và gửi ${ward} tuyên dương. ` +
      'Thông tin chỉ Ban giám hiệu xem và được xóa sau thời hạn lưu trữ.',
    emailHelp: 'Email của người đề cử, để nhà trường liên hệ khi cần.',
    evidenceHelp: 'Dán đường liên kết Google Drive hoặc trang web, nếu có.',
    consentHelp: 'Chỉ các đề cử được đồng ý mới được gửi đến Hội khuyến học.',
    confirmation: 'Cảm ơn bạn đã đề cử! Ban giám hiệu sẽ xem xét và báo kết quả qua email.',
  },
  seats: {
    full: 'đã đủ chỗ – vào danh sách chờ',
    left: (count: number) => `còn ${count} chỗ`,
    seated: (id: string) => `${id}: có chỗ`,
    waiting: (id: string, position: number) => `${id}: chờ số ${position}`,
    detailLabel: (id: string) => `Chỗ ${id}`,
    detailSeated: 'đã có chỗ',
    detailWaiting: (position: number) => `danh sách chờ, vị trí số ${position} – sẽ báo khi có chỗ`,
  },
  /** The class question families answer; staff leave it empty. */
  childClassHelp: 'Phụ huynh chọn lớp của con (hoặc ghi tên lớp); CB-GV-NV để trống.',
  /** The raw copy's source of the demo week's responses. */
  sampleSource: 'Mẫu',
  noGroup: '(chưa có tổ/nhóm)',
  csvColumn: (index: number) => `(cột ${index})`,
  reasons: {
    'required.missing': (question: string) => `Thiếu câu trả lời bắt buộc: "${question}".`,
    'email.missing': 'Thiếu địa chỉ email.',
    'email.invalid': (value: string) => `Địa chỉ email không hợp lệ: "${value}".`,
    'choice.unknown': (question: string, value: string) =>
      `Lựa chọn "${value}" không có trong câu "${question}".`,
    'session.unknown': (value: string) =>
      `Buổi "${value}" không còn trong danh sách hoạt động (có thể đã đổi tên hoặc bị xóa).`,
    'session.cancelled': (id: string, title: string) => `Buổi ${id} "${title}" đã bị hủy.`,
    'form.closed': (closedAt: string) => `Biểu mẫu đã đóng từ ${closedAt}; phản hồi gửi sau thời điểm đó.`,
    'nomination.noConsent':
      'Người đề cử chưa đồng ý chia sẻ với Hội khuyến học phường: lưu lại nhưng không gửi đi.',
    'response.noAnswers': 'Phản hồi không có câu trả lời nào.',
    'text.formulaNeutralised': (question: string) =>
      `Câu "${question}" bắt đầu bằng ký tự công thức (= + - @): đã thêm dấu ' để giữ nguyên là chữ.`,
    'text.truncated': (question: string, max: string) =>
      `Câu "${question}" dài hơn ${max} ký tự: ô chỉ giữ phần đầu, bản gốc giữ đủ.`,
    'text.invisibleRemoved': (question: string) =>
      `Câu "${question}" có ký tự ẩn (zero-width, đảo chiều): đã bỏ.`,
    'answer.unknownQuestion': (question: string) =>
      `Câu "${question}" không có trong biểu mẫu: chỉ lưu ở bản gốc.`,
    'class.fromFamilies': (className: string) =>
      `Lớp để trống: đã lấy lớp "${className}" của gia đình có cùng email trong tab "Phụ huynh".`,
  },
  progress: {
    attendance: (
      count: number,
      total: number,
      registered: boolean,
      percent: string,
      met: boolean,
      target: string,
      needed: number,
    ) =>
      `${count}/${total} CB-GV-NV ${registered ? 'đã đăng ký dự khai mạc' : 'đã có mặt tại lễ khai mạc'} (${percent}) – ${
        met ? `đã đạt chỉ tiêu ${target}` : `cần thêm ${needed} người để đạt ${target}`
      }`,
  },
  /** The local preview of a form (the principal's computer has no Google Forms). */
  preview: {
    types: {
      text: 'trả lời ngắn',
      email: 'địa chỉ email',
      paragraph: 'đoạn văn',
      multipleChoice: 'chọn một',
      checkbox: 'chọn nhiều',
      list: 'danh sách thả xuống',
    },
    type: (type: string) => `Kiểu: ${type}`,
    required: ' (bắt buộc)',
    emailNote: 'Biểu mẫu tự ghi lại địa chỉ email của người trả lời.',
    other: 'Khác: …',
    after: (confirmation: string) => `Sau khi gửi: ${confirmation}`,
  },
  /** What the Apps Script forms adapter logs and says. */
  gas: {
    openFailed: (id: string, detail: string) => `Không mở được biểu mẫu ${id} (${detail}); tạo biểu mẫu mới.`,
    verifiedFailed: (title: string, detail: string) =>
      `Biểu mẫu "${title}": không bật được email đã xác minh (${detail}); người trả lời tự nhập email.`,
    readFailed: (formId: string, detail: string) =>
      `Không đọc được câu trả lời của biểu mẫu ${formId}: ${detail}`,
    noEvent:
      'Hàm này chạy tự động mỗi khi có người gửi biểu mẫu, nên khi chạy từ trình soạn thảo thì không có câu trả lời nào để ghi. ' +
      'Không có gì thay đổi. Để tạo hoặc cập nhật biểu mẫu, hãy dùng menu "Tuần lễ HTSĐ" → "Tạo/cập nhật biểu mẫu".',
  },
  /** What `respond` says about an imported Google Forms CSV or a JSON file of responses. */
  imports: {
    row: (row: number) => `Dòng ${row}: `,
    csvEmpty: 'Tệp CSV trống: không có dòng tiêu đề nào.',
    csvNoTimestamp: (separator: string | undefined) =>
      `Tệp CSV không có cột "Timestamp" (hay "Dấu thời gian")${separator === undefined ? '' : `, kể cả khi đọc theo ${separatorName(separator)} mà dòng tiêu đề dùng để ngăn cột`}: đây không phải tệp xuất từ Google Forms; không ghi phản hồi nào.`,
    csvSeparator: (separator: string) =>
      `Tệp dùng ${separatorName(separator)} để ngăn cột (không phải dấu phẩy): đã đọc theo dấu đó.`,
    csvExtraColumn: (column: string) =>
      `Cột thừa "${column}" không phải câu hỏi của biểu mẫu: chỉ lưu ở bản gốc.`,
    csvMissingRequired: (column: string) =>
      `Thiếu cột "${column}" (câu hỏi bắt buộc): các phản hồi sẽ bị đánh dấu cần xem lại.`,
    csvMissingOptional: (column: string) => `Thiếu cột "${column}" (câu hỏi không bắt buộc): để trống.`,
    csvDuplicateColumn: (column: string) => `Cột "${column}" xuất hiện hai lần: chỉ dùng cột đầu tiên.`,
    csvRaggedRow: (at: string) => `${at}số ô khác với dòng tiêu đề; các ô thiếu được để trống.`,
    csvBadTimestamp: (at: string, problem: StampProblem, value: string, order: StampOrder | undefined) =>
      `${at}${timestampProblem(problem, value, order)}; dòng được giữ trong "Phản hồi gốc", cần kiểm tra.`,
    csvTruncatedRow: (at: string) =>
      `${at}dòng cuối bị cắt giữa chừng (tệp tải về chưa hết?); dòng được giữ trong "Phản hồi gốc", cần kiểm tra.`,
    csvDateOrderFromFile: (column: string, order: StampOrder, at: string, value: string) =>
      `Cột "${column}" ghi ngày theo thứ tự ${ORDER_NAMES[order]}: ${at}"${value}" chỉ đọc được theo thứ tự đó.`,
    csvDateOrderUnknown: (column: string, at: string, value: string, dayFirst: string, monthFirst: string) =>
      `Không biết cột "${column}" ghi ngày theo thứ tự nào: ${at}"${value}" có thể là ${dayFirst} hoặc ${monthFirst}. Hãy chạy lại với --date-order dmy (ngày/tháng/năm: bảng tính tiếng Việt, Anh-Anh) hoặc --date-order mdy (tháng/ngày/năm: bảng tính Anh-Mỹ); không ghi phản hồi nào.`,
    csvDateOrderConflict: (column: string, at: string, value: string, otherAt: string, other: string) =>
      `Cột "${column}" ghi ngày theo hai thứ tự: ${at}"${value}" và ${otherAt}"${other}" không thể cùng một thứ tự. Hãy sửa tệp hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
    dayOfMonth: (day: number, month: number) => `ngày ${day} tháng ${month}`,
    unreadableSource: (origin: string) => `${origin} – cần kiểm tra`,
    jsonInvalid: 'Dữ liệu JSON không hợp lệ: hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép.',
    jsonEmpty: 'Dữ liệu JSON không có phản hồi nào.',
    jsonWhere: (index: number | undefined) => (index === undefined ? 'Phản hồi' : `Phản hồi thứ ${index}`),
    jsonNotObject: 'phải là một đối tượng {"timestamp", "email", "answers"}.',
    jsonNoTimestamp: 'thiếu "timestamp" (ví dụ "2021-10-05T08:03").',
    jsonBadTimestamp: (value: string, problem: StampProblem, order: StampOrder | undefined) =>
      `${timestampProblem(problem, value, order)}: hãy ghi dạng 2021-10-05T08:03 (hoặc 05/10/2021 08:03 với --date-order dmy).`,
    jsonDateOrderUnknown: (value: string, dayFirst: string, monthFirst: string) =>
      `Không biết ngày ghi theo thứ tự nào: "${value}" có thể là ${dayFirst} hoặc ${monthFirst}. Hãy ghi dạng 2021-10-05T08:03 hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
    jsonDateOrderConflict: (value: string, other: string) =>
      `Ngày ghi theo hai thứ tự: "${value}" và "${other}" không thể cùng một thứ tự. Hãy sửa dữ liệu hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
    jsonEmail: '"email" phải là chuỗi.',
    jsonResponseId: '"responseId" phải là chuỗi khác rỗng.',
    jsonNoAnswers: 'thiếu "answers" (một đối tượng: tiêu đề câu hỏi → câu trả lời).',
    jsonBadAnswer: (title: string) => `câu trả lời cho "${title}" phải là chuỗi hoặc danh sách chuỗi.`,
  },
  /** What the forms use cases log, mail and note. */
  app: {
    rawTooLong: (id: string, kept: number, cellLimit: number) =>
      `Phản hồi ${id}: nội dung quá dài, bản gốc chỉ giữ ${groupedInteger(kept, 'vi')} ký tự đầu (bốn ô, mỗi ô tối đa ${groupedInteger(cellLimit, 'vi')} ký tự).`,
    outboxBroken: 'Hộp thư đi có dòng hỏng: chưa xếp được thư xác nhận. Hãy chạy "Kiểm tra kế hoạch".',
    settingsIncomplete: 'Chưa gửi thư xác nhận: tab Cấu hình thiếu thông tin bắt buộc.',
    familiesNotMailed: (n: number) =>
      `${n} thư cho phụ huynh không xếp vào Hộp thư đi: mục "Gửi thư cho phụ huynh" trong Cấu hình là "không" (phụ huynh nhận tin qua Zalo và mã QR).`,
    formsMade: (list: string) => `Biểu mẫu: ${list}.`,
    formMade: (formId: string, created: boolean) => `${formId} ${created ? 'đã tạo' : 'đã cập nhật'}`,
    noSettingsTab:
      'Không tìm thấy tab Cấu hình: chưa ghi được đường liên kết biểu mẫu. Hãy chạy "Thiết lập".',
    what: {
      present: 'Điểm danh có mặt tại lễ khai mạc',
      register: 'Đăng ký tham dự lễ khai mạc',
      training: 'Đăng ký tập huấn / nói chuyện',
      nomination: 'Đề cử “Gia đình hiếu học”',
      result: 'Báo cáo kết quả hoạt động',
    },
    change: (formUrl: string) =>
      `Gửi lại biểu mẫu${formUrl ? ` (${formUrl})` : ''}; lần gửi sau cùng được tính.`,
    changeLabel: 'Muốn thay đổi',
    sharedLabel: 'Chia sẻ với Hội khuyến học',
    notShared: 'không (Quý vị chưa đồng ý): đề cử được lưu nhưng không gửi đi',
    progressTopic: (date: string) => `Tiến độ đăng ký ngày ${date}`,
    noOrganiser: 'Tiến độ hằng ngày: chưa có "Email người tổ chức" trong Cấu hình, không gửi.',
    sessionLine: (id: string, title: string, seats: string, waiting: number) =>
      `${id} ${title}: ${seats} chỗ${waiting > 0 ? `, ${waiting} người chờ` : ''}`,
    nominations: (total: number, withoutConsent: number) =>
      `Đề cử “Gia đình hiếu học”: ${total}${withoutConsent > 0 ? ` (${withoutConsent} chưa đồng ý chia sẻ)` : ''}`,
  },
  /** The response queue: the submit runs and the processing run a minute later (logs). */
  queue: {
    blankEvent: (formId: string) =>
      `Lần chạy của biểu mẫu ${formId} không kèm câu trả lời nào (chạy từ trình soạn thảo hoặc Google gửi thiếu): ` +
      'lần xử lý câu trả lời sắp tới sẽ quét lại các biểu mẫu để không bỏ sót câu trả lời nào.',
    notKept: (responseId: string, detail: string) =>
      `Chưa lưu được câu trả lời ${responseId} vào hàng chờ (${detail}). Biểu mẫu vẫn giữ câu trả lời; lần quét lúc 17:00 sẽ ghi nó.`,
    notScheduled: (detail: string) =>
      `Chưa hẹn được lần xử lý câu trả lời (${detail}). Câu trả lời đã nằm trong hàng chờ và sẽ được ghi ở lần chạy sau, chậm nhất lúc 17:00.`,
    busy: (waiting: number) =>
      `Bảng tính đang bận: ${waiting} câu trả lời đang chờ sẽ được ghi sau khoảng 1 phút.`,
    fetchFailed: (responseId: string, formId: string, detail: string) =>
      `Chưa lấy được câu trả lời ${responseId} từ biểu mẫu ${formId} (${detail}); vẫn giữ trong hàng chờ để thử lại.`,
    recorded: (recorded: number, duplicates: number, flagged: number) =>
      `Đã ghi ${recorded} câu trả lời đang chờ` +
      (flagged > 0 ? ` (${flagged} cần xem lại)` : '') +
      (duplicates > 0 ? `; ${duplicates} câu trả lời đã ghi từ trước` : '') +
      '.',
    nothing: 'Không có câu trả lời nào đang chờ.',
  },
};
