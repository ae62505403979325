import { localDateTime, type Cell, type Grid } from '../../../src/core/cell';
import type { TableKey } from '../../../src/core/schema/types';

/** Small hand-built tabs: a header row plus rows given by header, as a principal lays them out. */
export function tab(headers: string[], rows: Record<string, Cell>[]): Grid {
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))];
}

export type Settings = Record<string, Cell>;

export const GOOD_SETTINGS: Settings = {
  'Tên trường': 'Trường Mầm non 20/10',
  'Cơ quan chủ quản': 'UBND Quận 1',
  'Hội khuyến học phường': 'Hội khuyến học Phường Nguyễn Cư Trinh',
  'Căn cứ': 'Kế hoạch số 271/KH-UBND ngày 29 tháng 9 năm 2021 của Ủy ban nhân dân Quận 1',
  'Lời mở đầu kế hoạch':
    'Trường Mầm non 20/10 xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021.',
  Năm: 2021,
  'Chủ đề': 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
  'Ngày bắt đầu tuần lễ': localDateTime(2021, 10, 1),
  'Ngày kết thúc tuần lễ': localDateTime(2021, 10, 7),
  'Múi giờ': 'Asia/Ho_Chi_Minh',
  'Chỉ tiêu dự khai mạc (%)': 50,
  'Email Ban giám hiệu': 'hieutruong@example.edu.vn, phohieutruong@example.edu.vn',
  'Ngôn ngữ': 'Tiếng Việt',
};

export function settingsTab(settings: Settings = GOOD_SETTINGS): Grid {
  return [
    ['Mục', 'Giá trị', 'Giải thích', 'Kết quả kiểm tra'],
    ...Object.entries(settings).map(([k, v]) => [k, v, null, null]),
  ];
}

export const PEOPLE_HEADERS = [
  'Mã',
  'Họ và tên',
  'Email',
  'Vai trò',
  'Tổ/nhóm',
  'Đang làm việc',
  'Kết quả kiểm tra',
];
export const GOOD_PEOPLE = [
  {
    Mã: 'NS001',
    'Họ và tên': 'Nguyễn Thị An',
    Email: 'an@example.edu.vn',
    'Vai trò': 'CBQL',
    'Tổ/nhóm': 'Ban giám hiệu',
  },
  {
    Mã: 'NS002',
    'Họ và tên': 'Trần Văn Bình',
    Email: 'binh@example.edu.vn',
    'Vai trò': 'GV',
    'Tổ/nhóm': 'Tổ Lá',
  },
  {
    Mã: 'NS003',
    'Họ và tên': 'Lê Thị Cúc',
    Email: 'cuc@example.edu.vn',
    'Vai trò': 'NV',
    'Tổ/nhóm': 'Tổ Văn phòng',
  },
];

export const FAMILY_HEADERS = [
  'Mã',
  'Họ tên phụ huynh',
  'Email',
  'Tên trẻ',
  'Lớp',
  'Địa chỉ',
  'Kết quả kiểm tra',
];
export const GOOD_FAMILIES = [
  {
    Mã: 'PH001',
    'Họ tên phụ huynh': 'Phạm Văn Dũng',
    Email: 'dung@example.com',
    'Tên trẻ': 'Phạm Gia Huy',
    Lớp: 'Lá 1',
  },
];

export const ACTIVITY_HEADERS = [
  'Mã',
  'Tên hoạt động',
  'Loại',
  'Bắt đầu',
  'Kết thúc',
  'Giờ đã xác nhận',
  'Địa điểm',
  'Nền tảng trực tuyến',
  'Đường liên kết',
  'Người phụ trách (email)',
  'Đối tượng',
  'Số chỗ',
  'Gửi lời mời',
  'Trạng thái',
  'Kết quả / ghi chú',
  'Kết quả kiểm tra',
];

export type ActivityRow = Record<string, Cell>;

export const OPENING: ActivityRow = {
  Mã: 'HD04',
  'Tên hoạt động': 'Dự Lễ khai mạc trực tuyến do Quận tổ chức',
  Loại: 'khai mạc',
  'Bắt đầu': localDateTime(2021, 10, 5, 8, 0),
  'Kết thúc': localDateTime(2021, 10, 5, 10, 0),
  'Giờ đã xác nhận': 'có',
  'Địa điểm': 'Hội trường UBND Quận 1 và các điểm cầu',
  'Nền tảng trực tuyến': 'Zoom',
  'Đường liên kết': 'https://zoom.us/j/123456789',
  'Người phụ trách (email)': 'an@example.edu.vn',
  'Đối tượng': 'Toàn thể CB-GV-NV',
  'Gửi lời mời': 'có',
  'Trạng thái': 'kế hoạch',
};

export const TRAINING: ActivityRow = {
  Mã: 'HD06',
  'Tên hoạt động': 'Tập huấn an toàn trên Internet cho phụ huynh',
  Loại: 'tập huấn',
  'Bắt đầu': localDateTime(2021, 10, 6, 19, 30),
  'Kết thúc': localDateTime(2021, 10, 6, 21, 0),
  'Giờ đã xác nhận': 'có',
  'Nền tảng trực tuyến': 'Google Meet',
  'Đường liên kết': 'https://meet.google.com/abc-defg-hij',
  'Người phụ trách (email)': 'binh@example.edu.vn',
  'Đối tượng': 'Phụ huynh',
  'Số chỗ': 100,
  'Gửi lời mời': 'có',
};

export const CAMPAIGN: ActivityRow = {
  Mã: 'HD01',
  'Tên hoạt động': 'Tuyên truyền trên trang thông tin điện tử và mạng xã hội',
  Loại: 'tuyên truyền',
  'Bắt đầu': localDateTime(2021, 10, 1, 7, 0),
  'Kết thúc': localDateTime(2021, 10, 7, 17, 0),
  'Người phụ trách (email)': 'an@example.edu.vn',
  'Đối tượng': 'Mọi người',
};

export function activitiesTab(rows: ActivityRow[] = [CAMPAIGN, OPENING, TRAINING]): Grid {
  return tab(ACTIVITY_HEADERS, rows);
}

export function goodGrids(): Partial<Record<TableKey, Grid>> {
  return {
    settings: settingsTab(),
    people: tab(PEOPLE_HEADERS, GOOD_PEOPLE),
    families: tab(FAMILY_HEADERS, GOOD_FAMILIES),
    activities: activitiesTab(),
    outreach: tab(['Ngày', 'Kênh', 'Đường liên kết', 'Người thực hiện', 'Ghi chú', 'Kết quả kiểm tra'], []),
  };
}
