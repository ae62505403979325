import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../../src/core/schema/tables';
import { SAMPLE_CLASSES, SAMPLE_GROUPS, sampleRoster } from '../../../src/core/seed';

const RESERVED = /^[a-z0-9.]+@example\.(com|org|net)$/;
const VIETNAMESE_LETTERS = /[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('the sample roster', () => {
  const roster = sampleRoster();

  it('is the same on every call (seeded, no Math.random)', () => {
    expect(sampleRoster()).toEqual(roster);
  });

  it('has about 40 staff and 120 families with sequential unique ids', () => {
    expect(roster.people).toHaveLength(40);
    expect(roster.families).toHaveLength(120);
    expect(roster.people.map((p) => p.id)).toEqual(
      roster.people.map((_, i) => `NS${String(i + 1).padStart(3, '0')}`),
    );
    expect(roster.families.map((f) => f.id)).toEqual(
      roster.families.map((_, i) => `PH${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('uses unique addresses at reserved domains only', () => {
    const emails = [...roster.people, ...roster.families].map((r) => String(r.email));
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(RESERVED);
  });

  it('puts staff in every group with a valid role, a few not active', () => {
    for (const { group, role } of SAMPLE_GROUPS) {
      const members = roster.people.filter((p) => p.group === group);
      expect(members.length, group).toBeGreaterThan(0);
      for (const m of members) expect(m.role).toBe(role);
    }
    for (const p of roster.people) expect(STAFF_ROLES).toContain(p.role);
    const inactive = roster.people.filter((p) => p.active === 'không');
    expect(inactive.length).toBeGreaterThanOrEqual(1);
    expect(inactive.length).toBeLessThanOrEqual(2);
    expect(roster.people.filter((p) => p.active !== 'có' && p.active !== 'không')).toEqual([]);
  });

  it('fills every class and addresses families in Phường Nguyễn Cư Trinh, Quận 1', () => {
    for (const className of SAMPLE_CLASSES) {
      expect(
        roster.families.some((f) => f.className === className),
        className,
      ).toBe(true);
    }
    for (const f of roster.families) expect(f.address).toMatch(/Phường Nguyễn Cư Trinh, Quận 1/);
  });

  it('writes Vietnamese names in NFC with their diacritics', () => {
    const names = [
      ...roster.people.map((p) => String(p.name)),
      ...roster.families.flatMap((f) => [String(f.parentName), String(f.child)]),
    ];
    for (const name of names) {
      expect(name).toBe(name.normalize('NFC'));
      expect(name.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    expect(names.filter((n) => VIETNAMESE_LETTERS.test(n)).length).toBeGreaterThan(names.length / 2);
  });
});
