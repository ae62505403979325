import { localDateTime, type Cell, type Grid, type LocalDateTime } from '../../../src/core/cell';
import type { TableKey } from '../../../src/core/schema/types';
import { defaultSettings } from '../../../src/core/seed';
import type { SettingKey } from '../../../src/core/schema/settings';
import type { ActivityParticipation } from '../../../src/core/report';

/**
 * A small, hand-counted week of Trường Mầm non 20/10 as tab grids, so every figure of the
 * report can be checked by hand:
 * - 8 active staff (Tổ Lá gv1–gv4, Tổ Chồi gv5–gv8) and one retired;
 * - opening: Lá 3 present + 1 registered, Chồi 1 present + 1 registered → present 4/8 = 50 %
 *   (met), Lá 75 % (met), Chồi 25 % (missing 1); a flagged row, an outsider and a bad address
 *   are not counted;
 * - HD05 (2 seats): gv1, gv2 seated, gv5 waiting; HD07 (no limit): gv1, gv6;
 *   pledges: Tin học 2, Ngoại ngữ 1;
 * - nominations: 4 (3 consented): "Trần Văn An" selected, "Lê Thị Bình" sent to the ward,
 *   "Chờ Xét" new, "Bí Mật" selected WITHOUT consent (must never be named);
 * - outreach: Website 2, Facebook 1; outbox: 2 invitations sent, 1 waiting.
 */

export const d = (day: number, hour = 0, minute = 0): LocalDateTime =>
  localDateTime(2021, 10, day, hour, minute);

export const HOSTILE_NOTE = '=HYPERLINK("http://evil.example","x") <b>đậm</b> <script>alert(1)</script>';

export function settingsGrid(overrides: Partial<Record<SettingKey, Cell>> = {}): Grid {
  const rows = defaultSettings();
  return [
    ['Mục', 'Giá trị', 'Giải thích'],
    ...rows.map((r) => [r.label, r.key in overrides ? overrides[r.key]! : r.value, r.help]),
  ];
}

export function peopleGrid(): Grid {
  const grid: Grid = [['Mã', 'Họ và tên', 'Email', 'Vai trò', 'Tổ/nhóm', 'Đang làm việc']];
  const names = [
    'Nguyễn Thị Lan',
    'Trần Văn Hùng',
    'Lê Thị Mai',
    'Phạm Thị Hoa',
    'Võ Thị Cúc',
    'Đặng Văn Tâm',
    'Bùi Thị Yến',
    'Hồ Thị Thu',
  ];
  names.forEach((name, i) =>
    grid.push([`NS00${i + 1}`, name, `gv${i + 1}@mn2010.edu.vn`, 'GV', i < 4 ? 'Tổ Lá' : 'Tổ Chồi', 'có']),
  );
  grid.push(['NS099', 'Nguyễn Thị Hưu', 'huu@mn2010.edu.vn', 'NV', 'Tổ Lá', 'không']);
  return grid;
}

export function activitiesGrid(): Grid {
  return [
    [
      'Mã',
      'Tên hoạt động',
      'Loại',
      'Bắt đầu',
      'Kết thúc',
      'Số chỗ',
      'Trạng thái',
      'Kết quả / ghi chú',
      'Minh chứng (liên kết)',
    ],
    [
      'HD01',
      'Tuyên truyền trên website',
      'tuyên truyền',
      d(1, 7),
      d(1, 8),
      null,
      'đã thực hiện',
      HOSTILE_NOTE,
      'https://mn2010.edu.vn/tuan-le',
    ],
    [
      'HD02',
      'Dự lễ khai mạc trực tuyến',
      'khai mạc',
      d(5, 8),
      d(5, 10),
      null,
      'đã thực hiện',
      'Dự tại điểm cầu của trường',
      null,
    ],
    ['HD05', 'Tập huấn an toàn Internet', 'tập huấn', d(5, 14), d(5, 16), 2, 'đã thực hiện', null, null],
    [
      'HD07',
      'Nói chuyện chuyên đề chuyển đổi số',
      'nói chuyện',
      d(6, 14),
      d(6, 16),
      null,
      'kế hoạch',
      null,
      null,
    ],
    ['HD09', 'Ra mắt tủ sách học tập suốt đời', 'thư viện', d(3, 8), d(3, 10), null, 'kế hoạch', null, null],
    [
      'HD10',
      'Thi tìm hiểu trực tuyến',
      'trực tuyến',
      d(4, 8),
      d(4, 10),
      null,
      'hủy',
      'Hủy do dịch COVID-19',
      null,
    ],
    [
      'HD12',
      'Tổng kết, khen thưởng',
      'tổng kết-khen thưởng',
      d(7, 15),
      d(7, 16),
      null,
      'kế hoạch',
      null,
      null,
    ],
  ];
}

export function outreachGrid(): Grid {
  return [
    ['Ngày', 'Kênh', 'Đường liên kết', 'Người thực hiện', 'Ghi chú'],
    [d(1), 'Website', 'https://mn2010.edu.vn/bai-1', 'Lê Thị Mai', null],
    [d(2), 'Facebook', 'https://facebook.com/mn2010/posts/1', 'Lê Thị Mai', 'Băng rôn và tranh cổ động'],
    [d(3), 'website', 'https://mn2010.edu.vn/bai-2', 'Trần Văn Hùng', null],
  ];
}

const PRESENT = 'Điểm danh có mặt';
const REGISTER = 'Đăng ký tham dự';

export function attendanceGrid(): Grid {
  const row = (
    i: number,
    email: string,
    group: string,
    intent: string,
    problems: string | null = null,
  ): Cell[] => [`A${i}`, d(4, 8, i), email, `Người ${i}`, group, intent, 'Tại trường', problems];
  return [
    [
      'Mã phản hồi',
      'Thời điểm gửi',
      'Email',
      'Họ và tên',
      'Tổ/nhóm',
      'Hình thức',
      'Nơi tham dự',
      'Cần xem lại',
    ],
    row(1, 'gv1@mn2010.edu.vn', 'Tổ Lá', PRESENT),
    row(2, 'GV2@mn2010.edu.vn', 'Tổ Lá', PRESENT),
    row(3, 'gv3@mn2010.edu.vn', 'Tổ Lá', PRESENT),
    row(4, 'gv4@mn2010.edu.vn', 'Tổ Lá', REGISTER),
    row(5, 'gv5@mn2010.edu.vn', 'Tổ Chồi', PRESENT),
    row(6, 'gv6@mn2010.edu.vn', 'Tổ Chồi', REGISTER),
    row(7, 'gv7@mn2010.edu.vn', 'Tổ Chồi', PRESENT, 'Biểu mẫu đã đóng lúc 05/10/2021 12:00'),
    row(8, 'khach@gmail.com', '', PRESENT),
    row(9, 'not-an-email', 'Tổ Chồi', PRESENT),
  ];
}

export function trainingGrid(): Grid {
  const row = (i: number, email: string, sessions: string[], pledges: string): Cell[] => [
    `T${i}`,
    d(3, 9, i),
    email,
    `Người ${i}`,
    'CB-GV-NV',
    sessions.join('\n'),
    null,
    pledges,
    null,
  ];
  return [
    [
      'Mã phản hồi',
      'Thời điểm gửi',
      'Email',
      'Họ và tên',
      'Đối tượng',
      'Buổi đăng ký',
      'Chỗ / danh sách chờ',
      'Khóa học cam kết',
      'Cần xem lại',
    ],
    row(
      1,
      'gv1@mn2010.edu.vn',
      ['[HD05] Tập huấn an toàn Internet – thứ Ba, 05/10/2021', '[HD07] Nói chuyện'],
      'Tin học, Ngoại ngữ',
    ),
    row(2, 'gv2@mn2010.edu.vn', ['[HD05] Tập huấn an toàn Internet'], 'Tin học'),
    row(3, 'gv5@mn2010.edu.vn', ['[HD05] Tập huấn an toàn Internet'], ''),
    row(4, 'gv6@mn2010.edu.vn', ['[HD07] Nói chuyện chuyên đề'], ''),
  ];
}

export const SECRET_FAMILY = 'Gia đình Bí Mật';

export function nominationsGrid(): Grid {
  const row = (i: number, family: string, child: string, consent: string, status: string): Cell[] => [
    `N${i}`,
    d(4, 10, i),
    `ph${i}@gmail.com`,
    `Người đề cử ${i}`,
    family,
    child,
    'Lá 1',
    `Thành tích ${i}`,
    null,
    consent,
    status,
  ];
  return [
    [
      'Mã phản hồi',
      'Thời điểm gửi',
      'Email',
      'Người đề cử',
      'Đại diện gia đình',
      'Tên trẻ',
      'Lớp',
      'Thành tích',
      'Minh chứng (liên kết)',
      'Đồng ý chia sẻ với Hội khuyến học',
      'Trạng thái xét chọn',
    ],
    row(1, 'Gia đình Trần Văn An', 'Trần Minh Khôi', 'có', 'được chọn'),
    row(2, SECRET_FAMILY, 'Bé Bí Mật', 'không', 'được chọn'),
    row(3, 'Gia đình Chờ Xét', 'Bé Chờ', 'có', 'mới'),
    row(4, 'Gia đình Lê Thị Bình', 'Lê Gia Hân', 'có', 'đã gửi phường'),
  ];
}

export function outboxGrid(): Grid {
  return [
    ['Khóa', 'Loại', 'Người nhận', 'Tiêu đề', 'Dữ liệu', 'Trạng thái', 'Số lần thử'],
    ['invite-mail:NS001:2021', 'mail', 'gv1@mn2010.edu.vn', 'Thư mời', '{}', 'đã gửi', 1],
    ['invite-mail:NS002:2021', 'mail', 'gv2@mn2010.edu.vn', 'Thư mời', '{}', 'đã gửi', 1],
    ['invite-mail:NS003:2021', 'mail', 'gv3@mn2010.edu.vn', 'Thư mời', '{}', 'chờ gửi', 0],
  ];
}

export const SAMPLE_OVERRIDES: Partial<Record<SettingKey, Cell>> = {
  reportNumber: '15/BC-MN2010',
  signerName: 'Nguyễn Thị Hạnh',
  proposals:
    'Đề nghị Phòng GD&ĐT tổ chức tập huấn chuyển đổi số cho giáo viên mầm non.\nBổ sung kinh phí tủ sách.',
};

/** The whole sample week. */
export function sampleGrids(
  overrides: Partial<Record<SettingKey, Cell>> = SAMPLE_OVERRIDES,
): Partial<Record<TableKey, Grid>> {
  return {
    settings: settingsGrid(overrides),
    people: peopleGrid(),
    families: [['Mã', 'Họ tên phụ huynh']],
    activities: activitiesGrid(),
    outreach: outreachGrid(),
    attendance: attendanceGrid(),
    trainingSignups: trainingGrid(),
    nominations: nominationsGrid(),
    outbox: outboxGrid(),
  };
}

/** After the week: 07/10/2021 17:30. */
export const AFTER_WEEK = d(7, 17, 30);

/**
 * The same week once every owner has answered the results form but one: HD01, HD02, HD05 and
 * HD12 done with results, evidence and who took part; HD07 postponed; HD10 cancelled; HD09's
 * owner (Lê Thị Mai) has not reported. Outreach adds a Zalo post and two banners.
 */
export function reportedActivitiesGrid(): Grid {
  return [
    [
      'Mã',
      'Tên hoạt động',
      'Loại',
      'Bắt đầu',
      'Kết thúc',
      'Người phụ trách (email)',
      'Số chỗ',
      'Trạng thái',
      'Kết quả / ghi chú',
      'Minh chứng (liên kết)',
    ],
    [
      'HD01',
      'Treo cờ, băng rôn hưởng ứng Tuần lễ',
      'tuyên truyền',
      d(1, 7),
      d(1, 17),
      'gv2@mn2010.edu.vn',
      null,
      'đã thực hiện',
      'Treo 2 băng rôn tại cổng trường và sảnh chính',
      'https://mn2010.edu.vn/album/bang-ron',
    ],
    [
      'HD02',
      'Dự lễ khai mạc trực tuyến do Quận tổ chức',
      'khai mạc',
      d(5, 8),
      d(5, 10),
      'gv1@mn2010.edu.vn',
      null,
      'đã thực hiện',
      'Dự tại điểm cầu của trường, đường truyền ổn định',
      null,
    ],
    [
      'HD05',
      'Tập huấn an toàn Internet',
      'tập huấn',
      d(5, 14),
      d(5, 16),
      'gv5@mn2010.edu.vn',
      2,
      'đã thực hiện',
      'Giáo viên thực hành cài đặt kiểm soát của phụ huynh trên điện thoại',
      'https://youtube.com/watch?v=mn2010-tap-huan',
    ],
    [
      'HD07',
      'Nói chuyện chuyên đề chuyển đổi số',
      'nói chuyện',
      d(6, 14),
      d(6, 16),
      'gv6@mn2010.edu.vn',
      null,
      'hoãn',
      'Báo cáo viên bận, chuyển sang ngày 14/10/2021',
      null,
    ],
    [
      'HD09',
      'Ra mắt tủ sách học tập suốt đời',
      'thư viện',
      d(3, 8),
      d(3, 10),
      'gv3@mn2010.edu.vn',
      null,
      'kế hoạch',
      null,
      null,
    ],
    [
      'HD10',
      'Thi tìm hiểu trực tuyến',
      'trực tuyến',
      d(4, 8),
      d(4, 10),
      null,
      null,
      'hủy',
      'Hủy do dịch COVID-19',
      null,
    ],
    [
      'HD12',
      'Tổng kết, khen thưởng',
      'tổng kết-khen thưởng',
      d(7, 15),
      d(7, 16),
      'gv1@mn2010.edu.vn',
      null,
      'đã thực hiện',
      'Khen thưởng 2 cá nhân và Tổ Lá',
      null,
    ],
  ];
}

export const REPORTED_PARTICIPATION: readonly ActivityParticipation[] = [
  { activityId: 'HD01', staff: 8, children: 120, parents: 40 },
  { activityId: 'HD02', staff: 4 },
  { activityId: 'HD05', staff: 2, parents: 15 },
  // Counted twice by mistake, corrected: the later record is the one that counts.
  { activityId: 'HD12', staff: 6 },
  { activityId: 'HD12', staff: 8, others: 2 },
];

export function reportedGrids(): Partial<Record<TableKey, Grid>> {
  return {
    ...sampleGrids({ ...SAMPLE_OVERRIDES, booksDonated: 35 }),
    activities: reportedActivitiesGrid(),
    outreach: [
      ...outreachGrid(),
      [d(4), 'Zalo', 'https://zalo.me/mn2010/1', 'Trần Văn Hùng', null],
      [d(1), 'Băng rôn', null, 'Lê Thị Mai', 'Cổng trường'],
      [d(1), 'Băng rôn', null, 'Lê Thị Mai', 'Sảnh chính'],
    ],
  };
}
