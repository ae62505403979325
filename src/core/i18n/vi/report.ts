const NO_DATA = 'chưa có dữ liệu';

/**
 * The week's report for leadership: the administrative header and footer, every section, table
 * and chart, the link mail and what the renderers log. Figures and the school's data come in as
 * parameters, already formatted.
 */
export const report = {
  noData: NO_DATA,
  notFilled: '(chưa điền)',
  previewMark: 'BẢN XEM TRƯỚC – chưa hết tuần lễ',
  rows: {
    none: 'không có dòng nào',
    many: (count: number, first: number, last: number) => `${count} dòng (từ dòng ${first} đến ${last})`,
    list: (parts: readonly string[]) => `dòng ${parts.join(', ')}`,
    source: (tab: string, rows: string) => `Nguồn: tab “${tab}”, ${rows}.`,
  },
  documentTitle: (year: string, preview: boolean) =>
    `Báo cáo Tuần lễ hưởng ứng học tập suốt đời ${year}`.trim() + (preview ? ' (bản xem trước)' : ''),
  headline: {
    present: 'Có mặt lễ khai mạc',
    presentValue: (count: number, total: number, percent: string, target: string) =>
      `${count}/${total} (${percent}, chỉ tiêu ${target})`,
    done: 'Hoạt động đã thực hiện',
    posts: 'Tin, bài tuyên truyền',
    seated: 'Lượt đăng ký tập huấn có chỗ',
    families: 'Gia đình hiếu học được chọn',
  },
  header: {
    number: (number: string) => `Số: ${number}`,
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'BÁO CÁO',
    subtitle: (year: string) => `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
    due: (when: string) => `; báo cáo chính thức lập lúc ${when}`,
    preview: (mark: string, at: string, due: string) => `${mark} (số liệu đến ${at}${due})`,
    basis: (basis: string) => `Căn cứ ${basis};`,
    planBasis: (number: string, school: string) => `Căn cứ Kế hoạch số ${number} của ${school};`,
    intro: (school: string, year: string) =>
      `${school} báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} như sau:`,
    sectionI: 'CHỦ ĐỀ VÀ MỤC ĐÍCH',
    themeLabel: 'Chủ đề: ',
    theme: (theme: string) => `“${theme}”.`,
    periodLabel: 'Thời gian: ',
    period: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}.`,
    purposeLabel: 'Mục đích: ',
    purpose:
      'tiếp tục đẩy mạnh phong trào học tập suốt đời trong cán bộ, giáo viên, nhân viên và phụ huynh; ' +
      'nâng cao nhận thức về vai trò của chuyển đổi số đối với việc học tập suốt đời; các hoạt động ' +
      'bảo đảm thiết thực, hiệu quả.',
  },
  results: {
    sectionII: 'KẾT QUẢ THỰC HIỆN',
    wholeSchool: 'Toàn trường',
    outreach: {
      title: 'Công tác tuyên truyền',
      none: 'Chưa ghi nhận tin, bài tuyên truyền nào (tab “Tuyên truyền” chưa có dòng nào).',
      summary: (total: number, channels: number, per: string) =>
        `Nhà trường đã đăng ${total} tin, bài tuyên truyền trên ${channels} kênh (${per}).`,
      banners: (count: number) => `Nhà trường đã treo ${count} băng rôn, khẩu hiệu hưởng ứng tuần lễ.`,
      header: ['Kênh', 'Ngày', 'Đường liên kết', 'Người thực hiện', 'Ghi chú'],
      invitations: (sent: number, waiting: number, failed: number, tab: string) =>
        `Thư mời gửi CB-GV-NV: đã gửi ${sent}; đang chờ gửi ${waiting}; lỗi ${failed} (tab “${tab}”).`,
      noInvitations: 'Thư mời gửi CB-GV-NV: chưa gửi thư mời nào qua hệ thống.',
    },
    activities: {
      title: 'Các hoạt động trong tuần lễ',
      none: `Hoạt động: ${NO_DATA}.`,
      done: (done: number, total: number) =>
        done === 0
          ? `Theo báo cáo của người phụ trách, chưa có hoạt động nào trong ${total} hoạt động của kế hoạch được ghi nhận đã thực hiện.`
          : `Nhà trường đã tổ chức ${done}/${total} hoạt động theo kế hoạch.`,
      postponed: (count: number, list: string) => `Hoãn ${count} hoạt động: ${list}.`,
      cancelled: (count: number, list: string) => `Hủy ${count} hoạt động: ${list}.`,
      notReported: (count: number, list: string) =>
        `${count} hoạt động đã qua thời gian nhưng người phụ trách chưa báo cáo kết quả: ${list}.`,
      upcoming: (count: number, list: string) => `${count} hoạt động chưa đến thời gian thực hiện: ${list}.`,
      item: (id: string, title: string) => `${id} ${title}`,
      reason: (text: string) => ` (${text})`,
      owner: (owner: string) => ` – phụ trách: ${owner}`,
      header: ['Mã', 'Hoạt động', 'Thời gian', 'Trạng thái', 'Người tham gia'],
      status: {
        done: 'Đã thực hiện',
        overdue: 'Chưa báo cáo',
        upcoming: 'Chưa đến thời gian',
        postponed: 'Hoãn',
        cancelled: 'Hủy',
      },
      people: {
        staff: (n: number) => `${n} CB-GV-NV`,
        children: (n: number) => `${n} trẻ`,
        parents: (n: number) => `${n} phụ huynh`,
        others: (n: number) => `${n} người khác`,
      },
      resultsIntro: 'Kết quả cụ thể của các hoạt động đã thực hiện:',
      resultTook: (people: string) => ` Tham gia: ${people}.`,
      noResult: 'người phụ trách chưa ghi kết quả.',
      evidence: ' Minh chứng: ',
    },
    opening: {
      title: 'Lễ khai mạc',
      none: `Đăng ký và điểm danh dự lễ khai mạc: ${NO_DATA}.`,
      met: (target: string) => `đạt chỉ tiêu ${target}`,
      missed: (target: string, needed: number) => `chưa đạt chỉ tiêu ${target}, thiếu ${needed} người`,
      summary: (registered: string, present: string, verdict: string) =>
        `Đăng ký tham dự: ${registered} CB-GV-NV; có mặt (điểm danh): ${present} – ${verdict}.`,
      header: (target: string) => ['Tổ/nhóm', 'Số người', 'Đăng ký', 'Có mặt', `Chỉ tiêu ${target}`],
      verdictMet: 'Đạt',
      verdictMissed: (needed: number) => `Chưa đạt – thiếu ${needed} người`,
      source: (tab: string, rows: number, notCounted: number, peopleTab: string) =>
        `Nguồn: tab “${tab}” (${rows} dòng phản hồi, ${notCounted} dòng cần xem lại hoặc ` +
        `không có email hợp lệ nên không tính) đối chiếu tab “${peopleTab}” (nhân sự đang làm việc).`,
      outsiders: (count: number) => ` ${count} địa chỉ ngoài danh sách nhân sự không được tính.`,
      caption: (target: string) => `Biểu đồ 1. Tỷ lệ dự lễ khai mạc so với chỉ tiêu ${target}`,
    },
    /** Families who answered the opening or the training form, class by class (under the opening). */
    families: {
      intro: (answered: number, total: number) =>
        `Phụ huynh trả lời biểu mẫu lễ khai mạc hoặc đăng ký tập huấn: ${answered}/${total} gia đình trong danh sách, theo lớp:`,
      header: ['Lớp', 'Số gia đình', 'Đã trả lời', 'Tỷ lệ'],
      unclassed: 'Chưa ghi lớp',
      unlisted: (name: string) => `${name} (không có trong danh sách Phụ huynh)`,
      source: (attendanceTab: string, trainingTab: string, familiesTab: string) =>
        `Nguồn: tab “${attendanceTab}” và “${trainingTab}” (dòng hợp lệ; mỗi gia đình tính một lần dù trả lời mấy biểu mẫu) ` +
        `đối chiếu tab “${familiesTab}” theo email và lớp.`,
      unclassedAnswers: (count: number, familiesTab: string) =>
        `Ngoài ra ${count} phụ huynh trả lời mà không ghi lớp và email không có trong tab “${familiesTab}”.`,
    },
    training: {
      title: 'Tập huấn, nói chuyện chuyên đề',
      none: `Các buổi tập huấn, nói chuyện: ${NO_DATA}.`,
      summary: (sessions: number, seated: number, waiting: number, valid: number) =>
        `Nhà trường tổ chức ${sessions} buổi tập huấn, nói chuyện chuyên đề; ${seated} lượt đăng ký có chỗ, ` +
        `${waiting} lượt trong danh sách chờ (từ ${valid} phiếu đăng ký hợp lệ).`,
      attended: (people: number, reported: number, held: number) =>
        `Theo báo cáo của người phụ trách, ${people} lượt người đã tham dự ${reported}/${held} buổi đã tổ chức.`,
      notAttended: 'Số người tham dự từng buổi: người phụ trách chưa báo cáo.',
      header: ['Mã', 'Buổi', 'Thời gian', 'Số chỗ', 'Có chỗ', 'Chờ', 'Tham dự'],
      unlimited: 'không giới hạn',
      source: (tab: string, rows: number, notCounted: number, activitiesTab: string) =>
        `Nguồn: tab “${tab}” (${rows} dòng, ${notCounted} dòng cần xem lại không tính), ` +
        `chỗ xếp theo thứ tự gửi; số chỗ ở tab “${activitiesTab}”.`,
      caption: 'Biểu đồ 2. Số chỗ và số người đăng ký từng buổi',
    },
    pledges: {
      title: 'Cam kết tham gia các khóa học dài hạn',
      none: `Cam kết học tập: ${NO_DATA}.`,
      summary: (pledgers: number) => `${pledgers} người cam kết tham gia ít nhất một khóa học trong năm.`,
      header: ['Khóa học', 'Số người cam kết'],
      source: (tab: string) => `Nguồn: cột “Khóa học cam kết”, tab “${tab}”.`,
    },
    nominations: {
      title: 'Bình chọn “Gia đình hiếu học”',
      none: `Đề cử “Gia đình hiếu học”: ${NO_DATA}.`,
      summary: (total: number, consented: number, without: number, selected: number, sent: number) =>
        `Tổng số đề cử: ${total}; đồng ý chia sẻ thông tin: ${consented}; không đồng ý chia sẻ: ` +
        `${without} (được lưu, không nêu tên, không gửi đi); được chọn: ${selected}; ` +
        `đã gửi phường: ${sent}.`,
      listNone: (ward: string) => `Danh sách gia đình được chọn gửi ${ward}: ${NO_DATA}.`,
      listIntro: (ward: string) => `Danh sách gia đình được chọn (đã đồng ý chia sẻ) gửi ${ward}:`,
      header: ['STT', 'Đại diện gia đình', 'Tên trẻ', 'Lớp', 'Thành tích', 'Minh chứng'],
    },
    commendation: {
      title: 'Đề xuất khen thưởng',
      rule:
        'Tiêu chí: cá nhân có mặt tại lễ khai mạc (đã điểm danh) và có chỗ trong ít nhất một buổi tập huấn ' +
        'hoặc nói chuyện chuyên đề; tập thể là tổ/nhóm có tỷ lệ có mặt tại lễ khai mạc cao nhất.',
      none: `Đề xuất khen thưởng: ${NO_DATA}.`,
      groupsNone: `Tập thể: ${NO_DATA}.`,
      groups: (list: string) => `Tập thể: ${list}.`,
      group: (group: string, count: number, total: number, percent: string) =>
        `${group}: ${count}/${total} người có mặt (${percent})`,
      peopleNone: `Cá nhân: ${NO_DATA}.`,
      people: (count: number) => `Cá nhân: ${count} người.`,
      header: ['STT', 'Họ và tên', 'Tổ/nhóm'],
    },
  },
  evaluation: {
    sectionIII: 'ĐÁNH GIÁ CHUNG',
    strengthsTitle: 'Ưu điểm',
    limitsTitle: 'Hạn chế',
    lessonsTitle: 'Bài học kinh nghiệm',
    sectionIV: 'KIẾN NGHỊ, ĐỀ XUẤT',
    strengths: {
      done: (count: number) => `Đã thực hiện ${count} hoạt động theo kế hoạch, có ghi nhận kết quả.`,
      posts: (channels: number, posts: number) => `Tuyên truyền trên ${channels} kênh với ${posts} tin, bài.`,
      opening: (percent: string, target: string) =>
        `Tỷ lệ dự lễ khai mạc ${percent}, đạt chỉ tiêu ${target}.`,
      pledgers: (count: number) => `${count} người cam kết tham gia các khóa học dài hạn.`,
      families: (count: number) => `Chọn được ${count} “Gia đình hiếu học” giới thiệu lên Hội khuyến học.`,
    },
    limits: {
      opening: (percent: string, target: string, needed: number) =>
        `Tỷ lệ có mặt tại lễ khai mạc ${percent}, chưa đạt chỉ tiêu ${target} ` + `(thiếu ${needed} người).`,
      groups: (groups: string) => `Tổ/nhóm chưa đạt chỉ tiêu: ${groups}.`,
      overdue: (list: string) => `Hoạt động đã qua thời gian nhưng chưa báo cáo kết quả: ${list}.`,
      postponed: (list: string) => `Hoạt động phải hoãn: ${list}.`,
      cancelled: (list: string) => `Hoạt động bị hủy: ${list}.`,
      full: (list: string) => `Buổi thiếu chỗ (còn người chờ): ${list}.`,
      fullSession: (id: string, waiting: number) => `${id} (${waiting} người chờ)`,
      none: 'Không có hạn chế nào được ghi nhận từ số liệu.',
    },
    lessons: {
      noShow: (count: number) =>
        `${count} người đăng ký nhưng không điểm danh: cần nhắc lịch sớm hơn và điểm danh ngay tại buổi.`,
      update: 'Người phụ trách cần báo cáo kết quả và minh chứng ngay sau mỗi hoạt động.',
      demand: 'Nhu cầu tập huấn vượt số chỗ: cần bố trí thêm buổi hoặc tăng sức chứa.',
    },
    /** "Nơi nhận" when Settings name nobody: the office's own copy, as every report keeps. */
    archiveOnly: 'Lưu: VT',
    recipientsTitle: 'Nơi nhận:',
    /** The document number when Settings hold none: the register gives it, the symbol is "BC". */
    numberBlank: '…/BC',
    signerTitle: 'HIỆU TRƯỞNG',
  },
  annex: {
    title: 'PHỤ LỤC',
    subtitle: (year: string) => `Số liệu tổng hợp Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
    intro: (tab: string) =>
      `Các số liệu dưới đây cũng được ghi ở tab “${tab}” của bảng kế hoạch (mỗi số liệu một khóa cố định), để cấp trên tổng hợp.`,
    header: ['STT', 'Nội dung', 'Số liệu', 'Ghi chú'],
    missing: 'chưa báo cáo',
    reportedBy: (reported: number, of: number) => `theo báo cáo của ${reported}/${of} hoạt động`,
    fromResults: (id: string) => `theo báo cáo kết quả hoạt động ${id}`,
  },
  /** The "Số liệu báo cáo" tab: its name, its header and each figure's label, by stable key. */
  figures: {
    tab: 'Số liệu báo cáo',
    header: ['Khóa', 'Nội dung', 'Giá trị'],
    labels: {
      'participants.staff': 'Lượt CB-GV-NV tham gia các hoạt động',
      'participants.children': 'Lượt trẻ tham gia các hoạt động',
      'participants.parents': 'Lượt phụ huynh tham gia các hoạt động',
      'participants.others': 'Lượt người khác tham gia các hoạt động',
      'activities.planned': 'Số hoạt động trong kế hoạch',
      'activities.done': 'Số hoạt động đã thực hiện',
      'activities.postponed': 'Số hoạt động hoãn',
      'activities.cancelled': 'Số hoạt động hủy',
      'activities.not_reported': 'Số hoạt động đã qua thời gian, chưa báo cáo kết quả',
      'activities.upcoming': 'Số hoạt động chưa đến thời gian',
      'trainings.sessions': 'Số buổi tập huấn, nói chuyện chuyên đề',
      'trainings.seated': 'Lượt đăng ký có chỗ các buổi tập huấn, nói chuyện',
      'trainings.participants': 'Lượt người tham dự các buổi tập huấn, nói chuyện đã tổ chức',
      'posts.total': 'Tổng số tin, bài tuyên truyền',
      'posts.website': 'Tin, bài trên Website',
      'posts.facebook': 'Tin, bài trên Facebook',
      'posts.zalo': 'Tin, bài trên Zalo',
      'posts.youtube': 'Tin, bài trên YouTube',
      'posts.viber': 'Tin, bài trên Viber',
      'posts.loa': 'Lượt tuyên truyền trên loa',
      'posts.khac': 'Tin, bài trên kênh khác',
      banners: 'Số băng rôn, khẩu hiệu',
      'books.donated': 'Số sách quyên góp',
      'books.circulated': 'Số lượt sách luân chuyển',
      'commendations.people': 'Số cá nhân đề xuất khen thưởng',
      'commendations.groups': 'Số tập thể đề xuất khen thưởng',
      'opening.staff': 'Số CB-GV-NV đang làm việc',
      'opening.registered': 'Số CB-GV-NV đăng ký dự lễ khai mạc',
      'opening.present': 'Số CB-GV-NV dự lễ khai mạc',
      'opening.present_percent': 'Tỷ lệ CB-GV-NV dự lễ khai mạc (%)',
      'opening.target_percent': 'Chỉ tiêu dự lễ khai mạc (%)',
    },
  },
  charts: {
    registered: 'Đăng ký',
    present: 'Có mặt',
    openingTitle: 'Dự lễ khai mạc so với chỉ tiêu',
    openingCategory: 'Tổ/nhóm',
    openingValue: 'Tỷ lệ CB-GV-NV (%)',
    target: (target: string) => `Chỉ tiêu ${target}`,
    capacity: 'Số chỗ',
    seated: 'Có chỗ',
    waiting: 'Danh sách chờ',
    seatsTitle: 'Chỗ và đăng ký các buổi tập huấn, nói chuyện',
    seatsCategory: 'Buổi (mã hoạt động)',
    seatsValue: 'Số người',
    targetLine: (label: string) => `Đường đứt nét đỏ: ${label}`,
    missing: (caption: string) => `${caption}: ${NO_DATA}.`,
  },
  mail: {
    preview: ' (bản xem trước)',
    subject: (year: string, mark: string) =>
      `[Tuần lễ học tập suốt đời] Báo cáo kết quả Tuần lễ${year}${mark}`,
    greeting: 'Kính gửi Ban giám hiệu,',
    body: (year: string, preview: boolean, url: string) =>
      `Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời${year} đã được lập từ bảng kế hoạch${
        preview ? ', là bản xem trước: tuần lễ chưa kết thúc, số liệu còn thay đổi' : ''
      }. Xem báo cáo tại: ${url}`,
    closing: 'Thư tự động từ bảng kế hoạch.',
  },
  log: {
    notShared: 'Chưa có "Email Ban giám hiệu" trong Cấu hình: báo cáo chưa được chia sẻ và gửi.',
    shareFailed: (email: string, detail: string) => `Không chia sẻ được báo cáo với ${email}: ${detail}`,
    openFailed: (id: string, detail: string) =>
      `Không mở được văn bản báo cáo ${id} (${detail}); tạo văn bản mới.`,
    libreOfficeMissing:
      'Chưa cài LibreOffice nên chưa tạo được bản PDF (tệp .docx vẫn đã được ghi). Cài LibreOffice rồi chạy lại lệnh với --pdf:\n' +
      '  • Ubuntu/Debian: sudo apt-get install libreoffice-writer\n' +
      '  • macOS: brew install --cask libreoffice\n' +
      '  • Windows: tải bộ cài tại https://www.libreoffice.org/download/',
    pdfFailed: (detail: string) => `LibreOffice không chuyển được sang PDF${detail ? `: ${detail}` : '.'}`,
  },
  /** What a report run says when another run is making the report, or the sheet stays busy. */
  job: {
    claimBusy: 'Một lần chạy khác đang lập báo cáo; lần này không lập thêm văn bản nào.',
    busyNow:
      'Một lần chạy khác đang lập báo cáo (văn bản Google Docs đang được ghi), nên lần này không làm gì thêm. ' +
      'Vài phút nữa báo cáo sẽ xong và Ban giám hiệu nhận thư báo đường dẫn; nếu không, hãy bấm "Tạo báo cáo ngay" lần nữa.',
    busyRetry: (minutes: number) =>
      `Một lần chạy khác đang lập báo cáo hoặc đang ghi bảng tính; lần chạy theo lịch sẽ thử lại sau khoảng ${minutes} phút.`,
    busyNoRetry:
      'Một lần chạy khác đang lập báo cáo hoặc đang ghi bảng tính, và không đặt được lần chạy lại: ' +
      'nếu chưa có báo cáo chính thức, hãy bấm "Tạo báo cáo ngay".',
    notRecorded:
      'Văn bản báo cáo đã được ghi nhưng bảng tính bận quá lâu nên chưa ghi nhận được và thư báo đường dẫn chưa được xếp. ' +
      'Hãy bấm "Tạo báo cáo ngay" lần nữa sau vài phút (văn bản sẽ được cập nhật, không tạo văn bản mới).',
    retryFailed: (detail: string) =>
      `Không đặt được lần chạy lại của báo cáo theo lịch (${detail}); nếu chưa có báo cáo chính thức, hãy bấm "Tạo báo cáo ngay".`,
    retriesSpent: (attempts: number) =>
      `Báo cáo chính thức vẫn chưa lập được sau ${attempts} lần thử theo lịch; hãy bấm "Tạo báo cáo ngay".`,
  },
};
