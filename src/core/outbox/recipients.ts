import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
/**
 * Recipient checks made before anything reaches a mailer. An address with CR/LF could inject
 * headers; an empty or malformed one would bounce or throw deep inside the service. Either way
 * the entry fails with a message the principal can act on.
 */
export type RecipientCheck = { ok: true; addresses: string[] } | { ok: false; error: string };

// Deliberately plain: local@domain.tld, no spaces, no quotes, no display names.
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}

/**
 * The `.invalid` top-level domain (RFC 2606) can never receive mail; the purge's pseudonyms
 * live there. Such an address is refused, never handed to a mailer.
 */
export function isUndeliverable(address: string): boolean {
  return /\.invalid$/i.test(address.trim());
}

/** Splits a cell of addresses separated by commas, semicolons or white space (not CR/LF: see check). */
export function splitRecipients(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function checkRecipients(addresses: readonly string[], language: Language = 'vi'): RecipientCheck {
  const t = catalogue(language).outbox.reject;
  if (addresses.length === 0 || addresses.every((a) => a.trim() === '')) {
    return { ok: false, error: t.noRecipient };
  }
  const clean: string[] = [];
  for (const raw of addresses) {
    if (/[\r\n]/.test(raw)) {
      return {
        ok: false,
        error: t.addressNewline(printable(raw)),
      };
    }
    const address = raw.normalize('NFC').trim();
    if (!isValidAddress(address)) {
      return { ok: false, error: t.addressInvalid(printable(address)) };
    }
    if (isUndeliverable(address)) return { ok: false, error: t.addressUndeliverable(printable(address)) };
    if (!clean.some((a) => a.toLowerCase() === address.toLowerCase())) clean.push(address);
  }
  return { ok: true, addresses: clean };
}

/** A subject must be one line: a CR/LF in it would start a new header. */
export function checkSubject(subject: string, language: Language = 'vi'): string | undefined {
  const t = catalogue(language).outbox.reject;
  if (/[\r\n]/.test(subject)) return t.subjectNewline;
  if (subject.trim() === '') return t.noSubject;
  return undefined;
}

function printable(value: string): string {
  const shown = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
