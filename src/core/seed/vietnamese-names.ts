import type { Prng } from './prng';

/** Common Vietnamese name parts (NFC), for the clearly fake sample roster. */

export const SURNAMES = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Đinh',
  'Lâm',
  'Mai',
] as const;

const FEMALE_MIDDLE = ['Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Mỹ', 'Hồng', 'Bảo', 'Phương'] as const;
const MALE_MIDDLE = ['Văn', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thành', 'Hoàng', 'Gia', 'Anh', 'Trọng'] as const;

const FEMALE_GIVEN = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Trang',
  'Linh',
  'Thảo',
  'Ngân',
  'Phương',
  'Hạnh',
  'Yến',
  'Nhung',
  'Tuyết',
  'Vy',
  'Anh',
  'Hằng',
  'Dung',
  'Loan',
  'Thủy',
  'Trâm',
  'Oanh',
  'Diễm',
  'Quyên',
  'Nhi',
] as const;
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Nam',
  'Tuấn',
  'Khoa',
  'Phúc',
  'Huy',
  'Long',
  'Quân',
  'Thắng',
  'Sơn',
  'Tài',
  'Khang',
  'Đạt',
  'Vinh',
  'Hiếu',
  'Cường',
  'Thịnh',
  'Lộc',
  'Nghĩa',
] as const;

/** Two-syllable given names usual for children born around 2016–2020. */
const CHILD_GIVEN = [
  'Bảo Anh',
  'Gia Hân',
  'Minh Khôi',
  'Khánh Linh',
  'Gia Bảo',
  'Ngọc Diệp',
  'Minh Anh',
  'Đăng Khoa',
  'Tuệ An',
  'Phúc An',
  'Bảo Ngọc',
  'Hoàng Nam',
  'Thảo Vy',
  'Minh Quân',
  'An Nhiên',
  'Tuấn Kiệt',
  'Khả Hân',
  'Gia Huy',
  'Bảo Châu',
  'Nhật Minh',
  'Hải Đăng',
  'Mai Anh',
  'Quỳnh Chi',
  'Đức Trí',
] as const;

export type Sex = 'female' | 'male';

export interface PersonName {
  readonly surname: string;
  readonly middle: string;
  readonly given: string;
  readonly full: string;
}

const nfc = (s: string): string => s.normalize('NFC');

export function adultName(prng: Prng, sex: Sex, surname = prng.pick(SURNAMES)): PersonName {
  const middle = prng.pick(sex === 'female' ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = prng.pick(sex === 'female' ? FEMALE_GIVEN : MALE_GIVEN);
  return { surname, middle, given, full: nfc(`${surname} ${middle} ${given}`) };
}

export function childName(prng: Prng, surname: string): PersonName {
  const [middle, given] = prng.pick(CHILD_GIVEN).split(' ') as [string, string];
  return { surname, middle, given, full: nfc(`${surname} ${middle} ${given}`) };
}
