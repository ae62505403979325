import { vi } from 'vitest';

type Parts = Intl.DateTimeFormatPart[];

/**
 * Replaces this realm's Intl by one whose DateTimeFormat is Node's, passed through `change`
 * (options it refuses or rewrites, parts it rewrites). Returns the options every construction
 * received.
 * Undo with vi.unstubAllGlobals().
 */
export function stubIntl(change: {
  refuse?: (options: Intl.DateTimeFormatOptions) => boolean;
  options?: (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormatOptions;
  parts?: (parts: Parts) => Parts;
}): Intl.DateTimeFormatOptions[] {
  const Real = Intl.DateTimeFormat;
  const seen: Intl.DateTimeFormatOptions[] = [];
  function DateTimeFormat(locales?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
    seen.push(options);
    if (change.refuse?.(options)) {
      throw new RangeError(
        `Value ${String(options.timeZoneName)} out of range for Intl.DateTimeFormat options property timeZoneName`,
      );
    }
    const real = new Real(locales, change.options ? change.options(options) : options);
    if (!change.parts) return real;
    const rewrite = change.parts;
    // Own properties: the prototype's `format` is a getter that would refuse this object.
    return Object.create(real, {
      format: { value: real.format },
      resolvedOptions: { value: () => real.resolvedOptions() },
      formatToParts: { value: (date?: Date | number) => rewrite(real.formatToParts(date)) },
    }) as Intl.DateTimeFormat;
  }
  DateTimeFormat.prototype = Real.prototype;
  DateTimeFormat.supportedLocalesOf = Real.supportedLocalesOf;
  // Intl's members are not enumerable: inherit them rather than copy them.
  vi.stubGlobal('Intl', Object.create(Intl, { DateTimeFormat: { value: DateTimeFormat } }));
  return seen;
}

/** The ES2021 `timeZoneName` values, absent from older or smaller engines. */
export const OFFSET_NAMES: readonly string[] = ['longOffset', 'shortOffset', 'longGeneric', 'shortGeneric'];
