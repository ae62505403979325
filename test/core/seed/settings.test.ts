import { describe, expect, it } from 'vitest';
import { isLocalDateTime } from '../../../src/core/cell';
import { SETTINGS } from '../../../src/core/schema/settings';
import { defaultSettings, mailDomainOf, SEED_PREAMBLE, type SettingRow } from '../../../src/core/seed';

const valueOf = (rows: SettingRow[], key: string) => rows.find((r) => r.key === key)?.value;
const iso = (value: unknown): string => (isLocalDateTime(value) ? value.iso : `not a date: ${String(value)}`);

describe('default Settings', () => {
  const rows = defaultSettings();

  it('has one row for every setting, in the schema order, with its label and help', () => {
    expect(rows.map((r) => r.label)).toEqual(SETTINGS.map((s) => s.label));
    expect(rows.map((r) => r.help)).toEqual(SETTINGS.map((s) => s.help));
    for (const s of SETTINGS.filter((x) => x.required)) {
      expect(valueOf(rows, s.key), s.label).not.toBeNull();
    }
  });

  it('states the 2021 plan of Trường Mầm non 20/10 as the seed does', () => {
    expect(valueOf(rows, 'school')).toBe('Trường Mầm non 20/10');
    expect(valueOf(rows, 'governingBody')).toBe('UBND Quận 1');
    expect(valueOf(rows, 'wardAssociation')).toBe('Hội khuyến học Phường Nguyễn Cư Trinh');
    expect(valueOf(rows, 'basis')).toMatch(
      /^Kế hoạch số 271\/KH-UBND ngày 29\/9\/2021 của Ủy ban nhân dân Quận 1/,
    );
    expect(iso(valueOf(rows, 'basisDate'))).toBe('2021-09-29T00:00');
    expect(valueOf(rows, 'year')).toBe(2021);
    expect(valueOf(rows, 'theme')).toBe('Chuyển đổi số để xây dựng thành công một xã hội học tập mới');
    expect(iso(valueOf(rows, 'weekStart'))).toBe('2021-10-01T00:00');
    expect(iso(valueOf(rows, 'weekEnd'))).toBe('2021-10-07T00:00');
    expect(valueOf(rows, 'timeZone')).toBe('Asia/Ho_Chi_Minh');
    expect(valueOf(rows, 'openingTarget')).toBe(50);
    expect(iso(valueOf(rows, 'reportAt'))).toBe('2021-10-07T17:00');
    expect(valueOf(rows, 'place')).toBe('Quận 1');
    expect(valueOf(rows, 'signerTitle')).toBe('HIỆU TRƯỞNG');
    expect(valueOf(rows, 'language')).toBe('Tiếng Việt');
    expect(valueOf(rows, 'reminderLeadHours')).toBe(24);
    expect(valueOf(rows, 'retentionDays')).toBe(90);
    expect(valueOf(rows, 'calendarMode')).toBe('Lịch riêng của tuần lễ');
  });

  it('keeps the preamble verbatim, with the seed\'s own "năm 2020" slip for validation to catch', () => {
    expect(valueOf(rows, 'preamble')).toBe(SEED_PREAMBLE);
    expect(SEED_PREAMBLE).toMatch(/^Trường Mầm non 20\/10 xây dựng kế hoạch .* năm 2020 với chủ đề/);
  });

  it('uses only addresses under the reserved .example domain', () => {
    for (const key of ['leadershipEmails', 'organiserEmail']) {
      for (const address of String(valueOf(rows, key)).split(/[,;]\s*/)) {
        expect(address).toMatch(/^[a-z0-9.]+@mn2010\.example$/);
      }
    }
  });

  it('moves the whole week for another year and school, without the 2021 basis or slip', () => {
    const other = defaultSettings({ year: 2024, school: 'Trường Mầm non Hoa Hồng 2' });
    expect(valueOf(other, 'year')).toBe(2024);
    expect(valueOf(other, 'school')).toBe('Trường Mầm non Hoa Hồng 2');
    expect(iso(valueOf(other, 'weekStart'))).toBe('2024-10-01T00:00');
    expect(iso(valueOf(other, 'weekEnd'))).toBe('2024-10-07T00:00');
    expect(iso(valueOf(other, 'reportAt'))).toBe('2024-10-07T17:00');
    expect(valueOf(other, 'basis')).toBeNull();
    expect(valueOf(other, 'basisDate')).toBeNull();
    expect(valueOf(other, 'preamble')).toMatch(
      /^Trường Mầm non Hoa Hồng 2 xây dựng kế hoạch .* năm 2024 với chủ đề/,
    );
    expect(valueOf(other, 'leadershipEmails')).toBe('bgh@mnhoahong2.example');
  });

  it('derives a placeholder domain from the school name', () => {
    expect(mailDomainOf('Trường Mầm non 20/10')).toBe('mn2010.example');
    expect(mailDomainOf('Trường Tiểu học Đinh Tiên Hoàng')).toBe('thdinhtienhoang.example');
    expect(mailDomainOf('!!!')).toBe('truong.example');
  });
});
