import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations an atomic write uses; tests replace one to simulate a failure. */
export interface WriteIo {
  writeFile(path: string, data: Uint8Array): void;
  copyFile(from: string, to: string): void;
  rename(from: string, to: string): void;
  rm(path: string): void;
  exists(path: string): boolean;
}

export const nodeWriteIo: WriteIo = {
  writeFile(path, data) {
    // 'wx': a temp name that already exists is someone else's; fsync before the rename so a
    // power cut cannot leave an empty file under the real name.
    const fd = openSync(path, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  copyFile: (from, to) => copyFileSync(from, to),
  rename: (from, to) => renameSync(from, to),
  rm: (path) => rmSync(path, { force: true }),
  exists: (path) => existsSync(path),
};

/** The backup kept beside a file each time it is replaced. */
export const backupPathOf = (file: string): string => `${file}.bak`;

export interface AtomicWriteOptions {
  /** Copy the file being replaced to FILE.bak first (the workbook and the report keep one). */
  readonly backup?: boolean;
  readonly io?: WriteIo;
}

/**
 * Replaces `file` with `data` (a string is written as UTF-8) so that a reader sees either the
 * old file or the new one, never a half-written one: write and fsync a temp file in the same
 * folder (same file system, so the rename is atomic), with `backup` copy the previous file to
 * FILE.bak, then rename the temp file over the target. On any failure the temp file is removed
 * and the target is left as it was.
 *
 * Synchronous, so that the ports whose methods are synchronous (properties, forms, the mail
 * counter) write through the same path as the workbook and the report.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  { backup = false, io = nodeWriteIo }: AtomicWriteOptions = {},
): void {
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    io.writeFile(temp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (backup && io.exists(target)) io.copyFile(target, backupPathOf(target));
    io.rename(temp, target);
  } catch (error) {
    try {
      io.rm(temp);
    } catch {
      // the write's own error is the one to report
    }
    throw error;
  }
}
