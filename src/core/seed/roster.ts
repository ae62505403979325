import type { Cell } from '../cell';
import type { FAMILIES_TABLE, KeysOf, PEOPLE_TABLE, StaffRole } from '../schema/tables';
import { foldKey } from '../text';
import { createPrng, type Prng } from './prng';
import { adultName, childName, SURNAMES, type Sex } from './vietnamese-names';

export type PersonRecord = Partial<Record<KeysOf<typeof PEOPLE_TABLE>, Cell>>;
export type FamilyRecord = Partial<Record<KeysOf<typeof FAMILIES_TABLE>, Cell>>;

export interface SampleRoster {
  people: PersonRecord[];
  families: FamilyRecord[];
}

/** Staff groups of a kindergarten, with how many people and of which role. */
export const SAMPLE_GROUPS: readonly { group: string; role: StaffRole; size: number }[] = [
  { group: 'Ban giám hiệu', role: 'CBQL', size: 3 },
  { group: 'Tổ Nhà trẻ', role: 'GV', size: 6 },
  { group: 'Tổ Mầm', role: 'GV', size: 7 },
  { group: 'Tổ Chồi', role: 'GV', size: 7 },
  { group: 'Tổ Lá', role: 'GV', size: 7 },
  { group: 'Tổ Văn phòng', role: 'NV', size: 10 },
];

/** Twelve classes of ten families each. */
export const SAMPLE_CLASSES = [
  'Nhà trẻ 1',
  'Nhà trẻ 2',
  'Mầm 1',
  'Mầm 2',
  'Mầm 3',
  'Chồi 1',
  'Chồi 2',
  'Chồi 3',
  'Lá 1',
  'Lá 2',
  'Lá 3',
  'Lá 4',
] as const;
const FAMILIES_PER_CLASS = 10;

/** Streets of Phường Nguyễn Cư Trinh, Quận 1. */
const STREETS = [
  'Trần Hưng Đạo',
  'Nguyễn Trãi',
  'Cống Quỳnh',
  'Nguyễn Cư Trinh',
  'Trần Đình Xu',
  'Nguyễn Văn Cừ',
];

/** The two staff members on leave, so "active = không" is exercised. */
const INACTIVE = new Set(['NS014', 'NS038']);

const ROSTER_SEED = 20211001;

/** "Nguyễn Thị Lan" + NS012 → "lan.nguyen.ns012": ASCII, unique by the id. */
function mailbox(given: string, surname: string, id: string): string {
  const part = (s: string): string => foldKey(s).replace(/ /g, '');
  return `${part(given)}.${part(surname)}.${id.toLowerCase()}`;
}

function staff(prng: Prng): PersonRecord[] {
  const people: PersonRecord[] = [];
  for (const { group, role, size } of SAMPLE_GROUPS) {
    for (let k = 0; k < size; k++) {
      const id = `NS${String(people.length + 1).padStart(3, '0')}`;
      // Kindergarten teachers are mostly women; the office has a guard and a driver or two.
      const sex: Sex =
        role === 'NV' ? (prng.next() < 0.4 ? 'male' : 'female') : prng.next() < 0.08 ? 'male' : 'female';
      const name = adultName(prng, sex);
      people.push({
        id,
        name: name.full,
        email: `${mailbox(name.given, name.surname, id)}@example.com`,
        role,
        group,
        active: INACTIVE.has(id) ? 'không' : 'có',
      });
    }
  }
  return people;
}

function families(prng: Prng): FamilyRecord[] {
  const out: FamilyRecord[] = [];
  for (const className of SAMPLE_CLASSES) {
    for (let k = 0; k < FAMILIES_PER_CLASS; k++) {
      const id = `PH${String(out.length + 1).padStart(3, '0')}`;
      const surname = prng.pick(SURNAMES);
      // The child carries the father's surname; the parent who signs up may be either.
      const fatherSigns = prng.next() < 0.35;
      const parent = fatherSigns ? adultName(prng, 'male', surname) : adultName(prng, 'female');
      const child = childName(prng, surname);
      const domain = out.length % 2 === 0 ? 'example.org' : 'example.net';
      const house = 1 + prng.below(250);
      const alley = prng.next() < 0.4 ? `/${1 + prng.below(40)}` : '';
      out.push({
        id,
        parentName: parent.full,
        email: `${mailbox(parent.given, parent.surname, id)}@${domain}`,
        child: child.full,
        className,
        address: `${house}${alley} ${prng.pick(STREETS)}, Phường Nguyễn Cư Trinh, Quận 1, TP. Hồ Chí Minh`,
      });
    }
  }
  return out;
}

/**
 * A clearly fake roster for demonstrations and tests: 40 staff in six groups and 120 families
 * in twelve classes, Vietnamese names, every address at a reserved domain (example.com /
 * example.org / example.net). The same on every call.
 */
export function sampleRoster(): SampleRoster {
  const prng = createPrng(ROSTER_SEED);
  return { people: staff(prng), families: families(prng) };
}
