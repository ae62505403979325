import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { tokenPath, type StoredToken } from './google-token';

/**
 * Saves the token where readToken finds it, private from its first byte: the folder 0700, the
 * file created 0600 (never written wider and narrowed after), replaced by a rename so that a
 * token is never half-written. Returns the path.
 */
export function saveToken(token: StoredToken, env: NodeJS.ProcessEnv = process.env): string {
  const path = tokenPath(env);
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temp = join(folder, `.google-token.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFileSync(fd, `${JSON.stringify(token, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask may only narrow the mode; this makes it exactly 0600 wherever it ran.
    chmodSync(temp, 0o600);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return path;
}
