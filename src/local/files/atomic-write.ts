import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
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
  /** Gives `to` the mode (and, where allowed, the owner) of `from`. */
  keepMode(from: string, to: string): void;
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
  keepMode(from, to) {
    const stats = statSync(from);
    chmodSync(to, stats.mode & 0o7777);
    if (process.getuid?.() === 0 && (stats.uid !== process.getuid() || stats.gid !== process.getgid?.())) {
      // Only root may give a file away; for anyone else the new file is theirs, as a save in
      // any editor makes it.
      chownSync(to, stats.uid, stats.gid);
    }
  },
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
 * and the target is left as it was. The new file keeps the mode and owner of the one it
 * replaces (a rename would otherwise give it the defaults of a new file), and so does the
 * backup, which is itself replaced by a rename: a read-only FILE.bak left from an earlier save
 * cannot stop this one.
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
  const temp = tempPathOf(target);
  const backupTemp = tempPathOf(backupPathOf(target));
  try {
    io.writeFile(temp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const replacing = io.exists(target);
    if (replacing) io.keepMode(target, temp);
    if (backup && replacing) {
      io.copyFile(target, backupTemp);
      io.keepMode(target, backupTemp);
      io.rename(backupTemp, backupPathOf(target));
    }
    io.rename(temp, target);
  } catch (error) {
    for (const leftover of [temp, backupTemp]) {
      try {
        io.rm(leftover);
      } catch {
        // the write's own error is the one to report
      }
    }
    // A temp name means nothing to the user: the error names the file they asked for.
    const failed = error as NodeJS.ErrnoException;
    if (failed.path === temp) failed.path = file;
    if (failed.path === backupTemp) failed.path = backupPathOf(file);
    throw error;
  }
}

const tempPathOf = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
