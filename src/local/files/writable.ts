import { accessSync, constants, statSync } from 'node:fs';

/**
 * Whether the user may not write PATH (a file or a folder). The system's answer first; then,
 * for root, who may write anything, the mode bits: a file or folder that nobody may write
 * (chmod 444, 555) was made read-only on purpose, and the CLI respects that as a user would
 * expect. False when PATH does not exist (creating it is another question).
 */
export function writeDenied(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return true;
    throw error;
  }
  if (process.getuid?.() !== 0) return false;
  return (statSync(path).mode & 0o222) === 0;
}
