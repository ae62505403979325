import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/core/cell';
import type { TablesPort } from '../../src/ports';

/**
 * The behaviour every TablesPort must have, whatever the runtime. Each adapter's test file
 * calls this with a factory that gives a fresh, empty workbook and a way to reopen it
 * (for adapters that persist: save and load again; others return the same object).
 */
export function tablesContract(
  name: string,
  fresh: () => Promise<{ tables: TablesPort; reopen: () => Promise<TablesPort> }>,
): void {
  describe(`TablesPort contract: ${name}`, () => {
    it('creates a tab once and lists it', async () => {
      const { tables } = await fresh();
      expect(tables.create('Hoạt động')).toBe(true);
      expect(tables.create('Hoạt động')).toBe(false);
      expect(tables.tableNames()).toContain('Hoạt động');
      expect(tables.read('Không có')).toBeUndefined();
    });

    it('round-trips text, numbers, booleans, wall-clock dates and Vietnamese text', async () => {
      const { tables, reopen } = await fresh();
      tables.create('T');
      const when = localDateTime(2021, 10, 5, 8, 30);
      tables.write('T', 0, 0, [
        ['Mã', 'Tên hoạt động', 'Bắt đầu', 'Số chỗ', 'Cờ'],
        ['HD01', 'Lễ khai mạc “Tuần lễ” – trực tuyến', when, 40, true],
      ]);
      const again = await reopen();
      expect(again.read('T')).toEqual([
        ['Mã', 'Tên hoạt động', 'Bắt đầu', 'Số chỗ', 'Cờ'],
        ['HD01', 'Lễ khai mạc “Tuần lễ” – trực tuyến', when, 40, true],
      ]);
    });

    it('keeps text that looks like a formula as text', async () => {
      const { tables, reopen } = await fresh();
      tables.create('T');
      const payloads = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-1+2'];
      tables.write('T', 0, 0, [['Ghi chú'], ...payloads.map((p) => [p])]);
      const again = await reopen();
      expect(
        again
          .read('T')!
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(payloads);
    });

    it('writes a block at an offset without touching other cells, and trims trailing empties', async () => {
      const { tables, reopen } = await fresh();
      tables.create('T');
      tables.write('T', 0, 0, [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['4', '5', '6'],
      ]);
      tables.write('T', 1, 2, [['x'], ['y']]);
      const again = await reopen();
      expect(again.read('T')).toEqual([
        ['a', 'b', 'c'],
        ['1', '2', 'x'],
        ['4', '5', 'y'],
      ]);
    });

    it('appends after the last non-empty row', async () => {
      const { tables, reopen } = await fresh();
      tables.create('T');
      tables.write('T', 0, 0, [['h1', 'h2']]);
      tables.append('T', [['a', 'b']]);
      tables.append('T', [
        ['c', null],
        ['d', 'e'],
      ]);
      const again = await reopen();
      expect(again.read('T')).toEqual([
        ['h1', 'h2'],
        ['a', 'b'],
        ['c', null],
        ['d', 'e'],
      ]);
    });

    it('reads an empty tab as an empty grid', async () => {
      const { tables } = await fresh();
      tables.create('T');
      expect(tables.read('T')).toEqual([]);
    });
  });
}
