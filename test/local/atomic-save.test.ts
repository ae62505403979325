import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteIo, type WriteIo } from '../../src/local/atomic-write';
import { Workbook } from '../../src/local/workbook';

async function savedPlan(): Promise<{ dir: string; file: string; bytes: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'lw-atomic-'));
  const file = join(dir, 'ke-hoach.xlsx');
  const tables = Workbook.create();
  tables.create('Hoạt động');
  tables.write('Hoạt động', 0, 0, [
    ['Mã', 'Tên hoạt động'],
    ['HD01', 'Lễ khai mạc'],
  ]);
  await tables.save(file);
  return { dir, file, bytes: readFileSync(file) };
}

async function changed(file: string): Promise<Workbook> {
  const tables = await Workbook.open(file);
  tables.write('Hoạt động', 1, 1, [['Lễ khai mạc (đổi tên)']]);
  return tables;
}

const failing = (step: keyof WriteIo): WriteIo => ({
  ...nodeWriteIo,
  [step]: async () => {
    throw Object.assign(new Error(`simulated ${step} failure`), { code: 'ENOSPC' });
  },
});

describe('atomic save', () => {
  for (const step of ['writeFile', 'copyFile', 'rename'] as const) {
    it(`leaves the previous file byte-identical and no temp file when ${step} fails`, async () => {
      const { dir, file, bytes } = await savedPlan();
      const tables = await changed(file);
      await expect(tables.save(file, failing(step))).rejects.toThrow(`simulated ${step} failure`);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('keeps the previous file as FILE.bak and the new content under the name', async () => {
    const { dir, file, bytes } = await savedPlan();
    const tables = await changed(file);
    await tables.save(file);
    expect(readFileSync(`${file}.bak`).equals(bytes)).toBe(true);
    expect((await Workbook.open(file)).read('Hoạt động')![1]).toEqual(['HD01', 'Lễ khai mạc (đổi tên)']);
    expect((await Workbook.open(`${file}.bak`)).read('Hoạt động')![1]).toEqual(['HD01', 'Lễ khai mạc']);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.xlsx', 'ke-hoach.xlsx.bak']);
  });

  it('makes no backup the first time a file is written', async () => {
    const { file } = await savedPlan();
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-atomic-'));
    const tables = Workbook.create();
    tables.create('T');
    await expect(tables.save(join(dir, 'khong-co', 'x.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
