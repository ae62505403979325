import { oneLine } from '../mail/escape';

/** Longest class or group name a Zalo text, a progress line or a report cell shows. */
const NAME_MAX = 60;

/** A name as a teacher typed it, on one line and short enough for a Zalo preview. */
export function shortName(name: string): string {
  const line = oneLine(name.normalize('NFC'));
  const chars = [...line];
  return chars.length > NAME_MAX ? `${chars.slice(0, NAME_MAX - 1).join('')}…` : line;
}

/** "Lớp Lá 1" as "Lá 1": the greeting says "lớp" itself. */
export const withoutClassWord = (name: string): string => name.replace(/^(lớp|class)\s+/iu, '');
