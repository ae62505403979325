import { cliText } from '../runtime/cli-text';

/**
 * Values of the options that take numbers, and the words for the parser's own errors: every
 * refusal names the option and what it accepts, in the CLI's language.
 */

/**
 * Recipients a day that --daily-limit accepts. Below one nothing could ever be sent; Google
 * Workspace's own ceiling is 2,000 a day, so 100,000 leaves room for any relay without letting
 * a typo (an extra zero or three) pass as a limit.
 */
export const DAILY_LIMIT_RANGE = { min: 1, max: 100_000 } as const;

/** The limit, or the line that refuses it. */
export function dailyLimitOf(text: string): number | { reason: string } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  const { min, max } = DAILY_LIMIT_RANGE;
  if (!/^\d+$/.test(trimmed) || value < min || value > max) {
    return { reason: cliText().args.badLimit(text, min, max) };
  }
  return value;
}

/** Real seconds per simulated day: zero or more. */
export function speedOf(text: string): number | { reason: string } {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) && value >= 0 ? value : { reason: cliText().args.badSpeed(text) };
}

/**
 * node:util's parseArgs takes "-5" after "--daily-limit" for another option and refuses it as
 * "ambiguous"; a user who typed a negative number should hear that the number is out of range.
 * Such a value is handed over as "--daily-limit=-5", which parseArgs reads as the value.
 */
export function negativeNumbersAsValues(
  args: readonly string[],
  options: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>,
): string[] {
  const takesValue = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (option.short) takesValue.add(`-${option.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (takesValue.has(arg) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i += 1;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** The long name in parseArgs's "'-o, --out <value>'" (its short form alone when it has none). */
export function optionNameIn(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const long = /--[\w-]+/.exec(quoted)?.[0];
  return long ?? quoted.split(/[ ,]/)[0] ?? quoted;
}

/** An example value for an option that was given none, from the catalogue. */
export function missingValueLine(option: string, command: string): string {
  const args = cliText().args;
  const examples: Readonly<Record<string, string>> = args.valueExamples;
  const key = option.replace(/^-+/, '');
  const example = command === 'init' && key === 'out' ? examples['initOut'] : examples[key];
  return example === undefined ? args.needsValue(option) : args.needsValueLike(option, example);
}
