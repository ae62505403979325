import { describe, expect, it } from 'vitest';
import { answersByClass } from '../../../src/core/announce/answers-by-class';
import { announcementKit } from '../../../src/core/announce/kit';
import type { Family } from '../../../src/core/plan';
import { plan, SETTINGS } from '../forms/plan-fixture';

const LONG = `Lớp 🌟 Ngôi sao ${'nhỏ '.repeat(60)}`;
const families: Family[] = [
  { row: 2, id: 'PH1', parentName: 'A', email: 'a@example.org', className: 'Lá 1' },
  { row: 3, id: 'PH2', parentName: 'B', email: 'b@example.org', className: 'Lá 1' },
  { row: 4, id: 'PH3', parentName: 'C', email: 'c@example.org', className: LONG },
  { row: 5, id: 'PH4', parentName: 'D', email: 'd@example.org' },
  { row: 6, id: 'PH5', parentName: 'E', email: 'e@example.org', className: 'Chồi 2' },
];
const settings = {
  ...SETTINGS,
  formUrls: { attendance: 'https://forms.gle/att', training: 'https://forms.gle/tr' },
};
const week = plan({ families });
const answers = answersByClass(families, week.people, [
  { email: 'a@example.org', responseId: 'R1' },
  { email: 'c@example.org', responseId: 'R2', childClass: LONG },
  { email: 'd@example.org', responseId: 'R3' },
]);
const textOf = (form: string, audience: string) =>
  announcementKit(week, settings, answers).texts.find(
    (t) => t.form === form && t.audience.name.startsWith(audience),
  )!.zalo;

describe("the kit's texts say how many families of the class have answered", () => {
  it('adds one line before the thanks to the opening and training texts of a class that has answers', () => {
    const lines = textOf('attendance', 'Lá 1').split('\n');
    expect(lines.at(-2)).toBe('Đến nay 1/2 gia đình của lớp đã trả lời.');
    expect(lines.at(-1)).toBe('Trân trọng cảm ơn! — Trường Mầm non 20/10');
    expect(textOf('training', 'Lá 1')).toContain('Đến nay 1/2 gia đình của lớp đã trả lời.');
    expect(textOf('training', 'Lớp 🌟')).toContain('Đến nay 1/1 gia đình của lớp đã trả lời.');
    expect(textOf('attendance', 'Phụ huynh (chưa ghi lớp)')).toContain(
      'Đến nay 1/1 gia đình chưa ghi lớp đã trả lời.',
    );
  });

  it('says nothing where nobody answered yet, on the nomination texts, or without answers', () => {
    expect(textOf('attendance', 'Chồi 2')).not.toContain('Đến nay');
    expect(textOf('nomination', 'Lá 1')).not.toContain('Đến nay');
    const without = announcementKit(week, settings).texts.find((t) => t.audience.name === 'Lá 1')!;
    expect(without.zalo).not.toContain('Đến nay');
  });

  it('speaks English in an English plan', () => {
    const english = announcementKit(week, { ...settings, language: 'en' }, answers).texts.find(
      (t) => t.form === 'training' && t.audience.name === 'Lá 1',
    )!;
    expect(english.zalo).toContain('So far 1/2 families of the class have answered.');
  });
});
