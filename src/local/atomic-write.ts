import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations an atomic write uses; tests replace one to simulate a failure. */
export interface WriteIo {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const nodeWriteIo: WriteIo = {
  async writeFile(path, data) {
    // 'wx': a temp name that already exists is someone else's; fsync before the rename so a
    // power cut cannot leave an empty file under the real name.
    const handle = await fs.open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  copyFile: (from, to) => fs.copyFile(from, to),
  rename: (from, to) => fs.rename(from, to),
  rm: (path) => fs.rm(path, { force: true }),
  exists: async (path) => {
    try {
      await fs.access(path);
      return true;
    } catch {
      return false;
    }
  },
};

/** The backup kept beside a file each time it is replaced. */
export const backupPathOf = (file: string): string => `${file}.bak`;

/**
 * Replaces `file` with `data` so that a reader sees either the old file or the new one, never
 * a half-written one: write a temp file in the same folder (same file system, so the rename
 * is atomic), copy the previous file to FILE.bak, then rename the temp file over the target.
 * On any failure the temp file is removed and the target is left as it was.
 */
export async function writeFileAtomic(
  file: string,
  data: Uint8Array,
  io: WriteIo = nodeWriteIo,
): Promise<void> {
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await io.writeFile(temp, data);
    if (await io.exists(target)) await io.copyFile(target, backupPathOf(target));
    await io.rename(temp, target);
  } catch (error) {
    await io.rm(temp).catch(() => undefined);
    throw error;
  }
}
