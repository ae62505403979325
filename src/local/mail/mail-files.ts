import { createHash } from 'node:crypto';

/**
 * A file name for an outbox key: `invite-mail:NS012:2021` → `invite-mail_NS012_2021.eml`.
 * Keys with other unsafe characters get a short hash, so two keys never share a file.
 */
export function emlFileName(key: string): string {
  const readable = key.normalize('NFC').replace(/:/g, '_');
  const safe = readable
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
  if (safe === readable && safe !== '') return `${safe}.eml`;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${safe || 'mail'}-${hash}.eml`;
}
