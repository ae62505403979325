import { localDateTime, type Cell, type Grid } from '../../src/core/cell';
import { MemoryTables } from './memory-tables';

/** A small plan workbook (Settings, People, Families, Activities) for the mail flow tests. */

export interface RosterPerson {
  id: string;
  name: string;
  email: string;
  role?: string;
  active?: string;
}

export const ROSTER: RosterPerson[] = [
  { id: 'NS001', name: 'Nguyễn Thị An', email: 'an@truong.example' },
  { id: 'NS002', name: 'Trần Văn Bình', email: 'binh@truong.example', role: 'GV' },
  { id: 'NS003', name: 'Lê Thị Cúc', email: 'cuc@truong.example', role: 'NV', active: 'không' },
  { id: 'NS004', name: '<script>alert(1)</script> =cmd', email: 'dung@truong.example', role: 'GV' },
  { id: 'NS005', name: 'Phạm Thị Ánh'.normalize('NFD'), email: 'anh@truong.example', role: 'GV' },
  { id: 'NS006', name: 'Hồ Văn Em', email: 'em@truong.example\r\nBcc: all@truong.example', role: 'GV' },
];

export function planTables(
  options: { roster?: RosterPerson[]; settings?: Record<string, Cell> } = {},
): MemoryTables {
  const tables = new MemoryTables();
  const put = (name: string, grid: Grid): void => {
    tables.create(name);
    tables.write(name, 0, 0, grid);
  };
  const settings: Record<string, Cell> = {
    'Tên trường': 'Trường Mầm non 20/10',
    'Cơ quan chủ quản': 'UBND Quận 1',
    Năm: 2021,
    'Chủ đề': 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
    'Ngày bắt đầu tuần lễ': localDateTime(2021, 10, 1),
    'Ngày kết thúc tuần lễ': localDateTime(2021, 10, 7),
    'Múi giờ': 'Asia/Ho_Chi_Minh',
    'Chỉ tiêu dự khai mạc (%)': 50,
    'Email Ban giám hiệu': 'hieutruong@truong.example',
    'Email người tổ chức': 'tochuc@truong.example',
    'Tên người gửi thư': 'Ban tổ chức – Trường Mầm non 20/10',
    'Ngôn ngữ': 'Tiếng Việt',
    ...options.settings,
  };
  put('Cấu hình', [['Mục', 'Giá trị'], ...Object.entries(settings).map(([k, v]) => [k, v])]);
  put('Nhân sự', [
    ['Mã', 'Họ và tên', 'Email', 'Vai trò', 'Đang làm việc'],
    ...(options.roster ?? ROSTER).map((p) => [p.id, p.name, p.email, p.role ?? 'CBQL', p.active ?? 'có']),
  ]);
  put('Phụ huynh', [
    ['Mã', 'Họ tên phụ huynh', 'Email', 'Tên trẻ', 'Lớp'],
    ['PH001', 'Phạm Văn Dũng', 'dung.ph@nha.example', 'Phạm Gia Huy', 'Lá 1'],
    ['PH002', 'Võ Thị Hoa', null, 'Võ Minh Khang', 'Chồi 2'],
  ]);
  put('Hoạt động', [
    [
      'Mã',
      'Tên hoạt động',
      'Loại',
      'Bắt đầu',
      'Kết thúc',
      'Giờ đã xác nhận',
      'Địa điểm',
      'Nền tảng trực tuyến',
      'Đường liên kết',
      'Trạng thái',
    ],
    [
      'HD01',
      'Treo cờ, băng rôn tại trường',
      'tuyên truyền',
      localDateTime(2021, 10, 1),
      localDateTime(2021, 10, 7),
      'có',
      'Cổng trường',
      null,
      null,
      'kế hoạch',
    ],
    [
      'HD04',
      'Dự Lễ khai mạc trực tuyến do Quận tổ chức',
      'khai mạc',
      localDateTime(2021, 10, 5, 8),
      localDateTime(2021, 10, 5, 10),
      'có',
      'Hội trường UBND Quận 1',
      'Zoom',
      'https://zoom.us/j/123456789',
      'kế hoạch',
    ],
    [
      'HD05',
      'Tập huấn an toàn trên Internet',
      'tập huấn',
      localDateTime(2021, 10, 6, 14),
      localDateTime(2021, 10, 6, 16),
      'không',
      null,
      'Google Meet',
      null,
      'kế hoạch',
    ],
    [
      'HD09',
      'Hoạt động đã hủy',
      'nói chuyện',
      localDateTime(2021, 10, 3, 9),
      localDateTime(2021, 10, 3, 10),
      'có',
      null,
      null,
      null,
      'hủy',
    ],
  ]);
  tables.resetCalls();
  return tables;
}
