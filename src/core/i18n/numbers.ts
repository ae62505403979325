import type { Language } from '../plan';

/** A whole number with its thousands grouped as a reader of the language expects: "100.000", "100,000". */
export function groupedInteger(n: number, language: Language): string {
  const digits = String(Math.trunc(Math.abs(n))).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    language === 'vi' ? '.' : ',',
  );
  return n < 0 ? `-${digits}` : digits;
}
