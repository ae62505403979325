import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteIo, writeFileAtomic, type WriteIo } from '../../src/local/files/atomic-write';
import { Workbook } from '../../src/local/workbook/workbook';

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
  [step]: () => {
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

describe('writeFileAtomic without a backup (the other local files)', () => {
  const scratch = (): string => mkdtempSync(join(tmpdir(), 'lw-atomic-'));

  it('writes a string as UTF-8 and replaces an existing file, leaving nothing else beside it', () => {
    const dir = scratch();
    const file = join(dir, 'a.json');
    writeFileSync(file, 'cũ');
    writeFileAtomic(file, '{"tên":"Lễ khai mạc"}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"tên":"Lễ khai mạc"}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writes bytes as they are', () => {
    const dir = scratch();
    const file = join(dir, 'm.eml');
    const bytes = Buffer.from([0, 13, 10, 255, 1]);
    writeFileAtomic(file, bytes);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  for (const step of ['writeFile', 'rename'] as const) {
    it(`keeps the previous content and no temp file when ${step} fails`, () => {
      const dir = scratch();
      const file = join(dir, 'p.json');
      writeFileSync(file, 'trước');
      expect(() => writeFileAtomic(file, 'sau', { io: failing(step) })).toThrow(`simulated ${step} failure`);
      expect(readFileSync(file, 'utf8')).toBe('trước');
      expect(readdirSync(dir)).toEqual(['p.json']);
    });
  }

  it('writes the whole temp file before it takes the real name', () => {
    const dir = scratch();
    const file = join(dir, 'x.txt');
    const steps: string[] = [];
    const io: WriteIo = {
      ...nodeWriteIo,
      writeFile: (path, data) => {
        nodeWriteIo.writeFile(path, data);
        steps.push(`synced ${existsSync(path) ? readFileSync(path, 'utf8') : '?'}`);
      },
      rename: (from, to) => {
        steps.push('rename');
        nodeWriteIo.rename(from, to);
      },
    };
    writeFileAtomic(file, 'nội dung', { io });
    expect(steps).toEqual(['synced nội dung', 'rename']);
    expect(readFileSync(file, 'utf8')).toBe('nội dung');
  });

  it('refuses a temp name that already exists rather than write into it', () => {
    const dir = scratch();
    const taken = join(dir, 'taken.tmp');
    writeFileSync(taken, 'của người khác');
    expect(() => nodeWriteIo.writeFile(taken, Buffer.from('x'))).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    );
    expect(readFileSync(taken, 'utf8')).toBe('của người khác');
  });
});
