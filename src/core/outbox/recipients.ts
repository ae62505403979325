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

/** Splits a cell of addresses separated by commas, semicolons or white space (not CR/LF: see check). */
export function splitRecipients(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function checkRecipients(addresses: readonly string[]): RecipientCheck {
  if (addresses.length === 0 || addresses.every((a) => a.trim() === '')) {
    return { ok: false, error: 'Không có địa chỉ người nhận.' };
  }
  const clean: string[] = [];
  for (const raw of addresses) {
    if (/[\r\n]/.test(raw)) {
      return {
        ok: false,
        error: `Địa chỉ "${printable(raw)}" chứa ký tự xuống dòng (có thể là chèn tiêu đề thư): không gửi.`,
      };
    }
    const address = raw.normalize('NFC').trim();
    if (!isValidAddress(address)) {
      return { ok: false, error: `Địa chỉ email không hợp lệ: "${printable(address)}".` };
    }
    if (!clean.some((a) => a.toLowerCase() === address.toLowerCase())) clean.push(address);
  }
  return { ok: true, addresses: clean };
}

/** A subject must be one line: a CR/LF in it would start a new header. */
export function checkSubject(subject: string): string | undefined {
  if (/[\r\n]/.test(subject)) return 'Tiêu đề thư chứa ký tự xuống dòng: không gửi.';
  if (subject.trim() === '') return 'Thư không có tiêu đề.';
  return undefined;
}

function printable(value: string): string {
  const shown = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
