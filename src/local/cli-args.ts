import { parseArgs } from 'node:util';

/** The CLI's commands as parsed from argv; `usage` carries the Vietnamese reason. */
export type Command =
  | { kind: 'help' }
  | { kind: 'usage'; reason: string }
  | { kind: 'init'; options: InitOptions; common: CommonOptions }
  | { kind: 'validate'; file: string; common: CommonOptions }
  | { kind: 'demo'; common: CommonOptions }
  | { kind: 'bench'; common: CommonOptions };

export interface CommonOptions {
  /** --now: a fixed clock (an instant with offset, or a wall-clock time of the school). */
  now?: string;
  verbose: boolean;
}

export interface InitOptions {
  year?: number;
  school?: string;
  theme?: string;
  start?: string;
  blank: boolean;
  sample: boolean;
  out?: string;
  force: boolean;
}

const COMMON = {
  now: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const INIT = {
  ...COMMON,
  year: { type: 'string' },
  school: { type: 'string' },
  theme: { type: 'string' },
  start: { type: 'string' },
  blank: { type: 'boolean', default: false },
  sample: { type: 'boolean', default: false },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f', default: false },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  try {
    switch (name) {
      case 'init':
        return parseInit(rest);
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: COMMON,
          allowPositionals: true,
        });
        if (values.help) return { kind: 'help' };
        if (positionals.length !== 1) {
          return {
            kind: 'usage',
            reason: 'Lệnh validate cần đúng một tệp .xlsx, ví dụ: learning-week validate ke-hoach.xlsx',
          };
        }
        return { kind: 'validate', file: positionals[0]!, common: common(values) };
      }
      case 'demo':
      case 'bench': {
        const { values } = parseArgs({ args: [...rest], options: COMMON, allowPositionals: false });
        if (values.help) return { kind: 'help' };
        return { kind: name, common: common(values) };
      }
      default:
        return { kind: 'usage', reason: `Không có lệnh "${name}".` };
    }
  } catch (error) {
    return { kind: 'usage', reason: explainParseError(error) };
  }
}

function parseInit(rest: readonly string[]): Command {
  const { values } = parseArgs({ args: [...rest], options: INIT, allowPositionals: false });
  if (values.help) return { kind: 'help' };
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) {
      return {
        kind: 'usage',
        reason: `Năm "${values.year}" không hợp lệ: hãy ghi bốn chữ số, ví dụ --year 2024.`,
      };
    }
  }
  if (values.start !== undefined && !isIsoDate(values.start)) {
    return {
      kind: 'usage',
      reason: `Ngày bắt đầu "${values.start}" không hợp lệ: hãy ghi theo dạng NNNN-TT-NN, ví dụ --start 2024-10-01.`,
    };
  }
  for (const key of ['school', 'theme', 'out'] as const) {
    if (values[key] !== undefined && values[key]!.trim() === '') {
      return { kind: 'usage', reason: `Tùy chọn --${key} không được để trống.` };
    }
  }
  return {
    kind: 'init',
    options: {
      year,
      school: values.school?.trim(),
      theme: values.theme?.trim(),
      start: values.start,
      blank: values.blank,
      sample: values.sample,
      out: values.out,
      force: values.force,
    },
    common: common(values),
  };
}

function common(values: { now?: string; verbose?: boolean }): CommonOptions {
  return { now: values.now, verbose: values.verbose ?? false };
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function explainParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Không có tùy chọn "${option}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Tùy chọn "${option.split(' ')[0]}" cần một giá trị.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không hiểu "${option}".`;
    default:
      return 'Không hiểu các tham số của lệnh.';
  }
}
