import { normaliseEmail } from '../codec';
import { catalogue } from '../i18n/catalogue';
import { privacy as viPrivacy } from '../i18n/vi/privacy';
import type { Language } from '../plan';

/**
 * What a purged cell holds. A text rather than an empty cell where the row must stay readable:
 * a required column keeps a value (the row is still a row, validation has nothing to flag) and
 * a flagged response stays flagged (its "Cần xem lại" is not emptied into "counted").
 */
export const PURGED_MARKER = viPrivacy.marker;

/** The marker in the plan's language. */
export function purgedMarker(lang: Language = 'vi'): string {
  return catalogue(lang).privacy.marker;
}

/**
 * Addresses are replaced by a pseudonym, not by the marker: `an-danh-0007@da-xoa.invalid`.
 * One number per distinct address within a purge, so what the counts need survives (two
 * responses of one person still count once, seats stay seats) while nothing of the address
 * does: the numbers are given in order of appearance and the mapping is never stored. The
 * `.invalid` top-level domain (RFC 2606) can never receive mail.
 */
export const PSEUDONYM_DOMAIN = 'da-xoa.invalid';
const PSEUDONYM = /^an-danh-(\d+)@da-xoa\.invalid$/;
const PSEUDONYM_ANYWHERE = /an-danh-(\d+)@da-xoa\.invalid/g;

export function isPseudonym(address: string): boolean {
  return PSEUDONYM.test(address.trim().toLowerCase());
}

/** The comparison key of an address (lower-cased, NFC), or of whatever text stands in for one. */
export function addressKey(text: string): string {
  return normaliseEmail(text) ?? text.normalize('NFC').trim().toLowerCase();
}

/** Hands out pseudonyms, numbering after the highest one already in the sheet (idempotence). */
export class Pseudonyms {
  private readonly byKey = new Map<string, string>();
  private next: number;

  constructor(highestInUse = 0) {
    this.next = highestInUse + 1;
  }

  /** The highest pseudonym number found in these texts. */
  static highestIn(texts: Iterable<string>): number {
    let max = 0;
    for (const text of texts) {
      if (!text.includes('@da-xoa.invalid')) continue;
      for (const match of text.matchAll(PSEUDONYM_ANYWHERE)) max = Math.max(max, Number(match[1]));
    }
    return max;
  }

  of(address: string): string {
    const key = addressKey(address);
    if (PSEUDONYM.test(key)) return key;
    let pseudonym = this.byKey.get(key);
    if (pseudonym === undefined) {
      pseudonym = `an-danh-${String(this.next++).padStart(4, '0')}@${PSEUDONYM_DOMAIN}`;
      this.byKey.set(key, pseudonym);
    }
    return pseudonym;
  }

  get count(): number {
    return this.byKey.size;
  }
}
