/**
 * A stable response id from content, without Node's or the browser's crypto (the core also runs
 * in Apps Script). Two independent 32-bit FNV-1a passes (different offset bases) over the UTF-16
 * code units give 64 bits: ample to tell apart the few thousand responses of one school year.
 * Not a security hash; it only has to be deterministic and well spread.
 */
function fnv1a32(text: string, offsetBasis: number): number {
  let hash = offsetBasis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** 16 lower-case hex digits. */
export function contentHash(text: string): string {
  return hex8(fnv1a32(text, 0x811c9dc5)) + hex8(fnv1a32(text, 0x050c5d1f));
}
