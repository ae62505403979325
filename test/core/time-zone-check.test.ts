import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from '../../src/app/plan/setup';
import { timeZoneSelfCheck } from '../../src/core/time-zone-check';
import { MemoryTables } from '../support/memory-tables';
import { OFFSET_NAMES, stubIntl } from './intl-stubs';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notNumbers = (parts: Intl.DateTimeFormatPart[]) =>
  parts.map((p) => (p.type === 'literal' ? p : { ...p, value: '?' }));

describe('the time-zone self-check', () => {
  it('passes on Node for the school’s zone and for zones with summer time', () => {
    expect(timeZoneSelfCheck()).toEqual({ ok: true });
    expect(timeZoneSelfCheck('Europe/Berlin')).toEqual({ ok: true });
  });

  it('passes on an engine without the offset names of timeZoneName', () => {
    stubIntl({ refuse: (o) => OFFSET_NAMES.includes(String(o.timeZoneName)) });
    expect(timeZoneSelfCheck()).toEqual({ ok: true });
  });

  it('fails, saying why in Vietnamese, when formatToParts answers garbage', () => {
    stubIntl({ parts: notNumbers });
    const check = timeZoneSelfCheck();
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toMatch(/^Intl báo lỗi khi đọc giờ/);
  });

  it('fails when the engine reads Viet Nam’s zone as UTC', () => {
    stubIntl({ options: (o) => ({ ...o, timeZone: 'UTC' }) });
    expect(timeZoneSelfCheck()).toEqual({
      ok: false,
      problem: 'độ lệch của múi giờ Asia/Ho_Chi_Minh so với UTC là +00:00 thay vì +07:00',
    });
  });

  it('fails for a zone the engine does not know', () => {
    expect(timeZoneSelfCheck('Asia/Hanoi_Not_A_Zone').ok).toBe(false);
  });

  it('stops Setup before it writes a single tab', () => {
    stubIntl({ parts: notNumbers });
    const tables = new MemoryTables();
    const log = { info: () => undefined, error: () => undefined };
    expect(() => setup({ tables, clock: { now: () => new Date() }, log }, { plan: 'seed' })).toThrow(
      /Thiết lập đã dừng và chưa ghi gì vào bảng tính/,
    );
    expect(tables.tableNames()).toEqual([]);
  });
});
