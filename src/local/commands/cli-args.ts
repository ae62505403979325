import { parseArgs } from 'node:util';
import { FORM_IDS, type FormId } from '../../core/forms/types';

/** The CLI's commands as parsed from argv; `usage` carries the Vietnamese reason. */
export type Command =
  | { kind: 'help' }
  | { kind: 'usage'; reason: string }
  | { kind: 'init'; options: InitOptions; common: CommonOptions }
  | { kind: 'validate'; file: string; common: CommonOptions }
  | { kind: 'demo'; common: CommonOptions }
  | { kind: 'bench'; common: CommonOptions }
  | { kind: 'invite'; file: string; families: boolean; common: CommonOptions }
  | { kind: 'drain'; file: string; options: DrainCliOptions; common: CommonOptions }
  | { kind: 'outbox'; file: string; common: CommonOptions }
  | { kind: 'sync'; file: string; dryRun: boolean; out?: string; common: CommonOptions }
  | { kind: 'reminders'; file: string; common: CommonOptions }
  | { kind: 'purge'; file: string; dryRun: boolean; common: CommonOptions }
  | { kind: 'report'; file: string; at?: string; pdf: boolean; out?: string; common: CommonOptions }
  | { kind: 'respond'; file: string; formId: FormId; source: ResponseSource; common: CommonOptions }
  | {
      kind: 'forms';
      file: string;
      format: 'markdown' | 'html' | 'json';
      out?: string;
      common: CommonOptions;
    };

export interface DrainCliOptions {
  smtp?: string;
  dailyLimit?: number;
  out?: string;
}

/** Where `respond` reads responses: a Google Forms CSV export, or JSON (a file or stdin "-"). */
export type ResponseSource = { kind: 'csv'; path: string } | { kind: 'json'; path: string };

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
      case 'invite':
      case 'drain':
      case 'outbox':
      case 'forms':
      case 'sync':
      case 'reminders':
      case 'report':
      case 'purge':
        return parseWorkbookCommand(name, rest);
      case 'respond':
        return parseRespond(rest);
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

const WORKBOOK_COMMANDS = {
  invite: { ...COMMON, families: { type: 'boolean', default: false } },
  drain: {
    ...COMMON,
    smtp: { type: 'string' },
    'daily-limit': { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  outbox: COMMON,
  forms: { ...COMMON, format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  sync: { ...COMMON, 'dry-run': { type: 'boolean', default: false }, out: { type: 'string', short: 'o' } },
  reminders: COMMON,
  purge: { ...COMMON, 'dry-run': { type: 'boolean', default: false } },
  report: {
    ...COMMON,
    at: { type: 'string' },
    pdf: { type: 'boolean', default: false },
    out: { type: 'string', short: 'o' },
  },
} as const;

const needsOneFile = (command: string): Command => ({
  kind: 'usage',
  reason: `Lệnh ${command} cần đúng một tệp .xlsx, ví dụ: learning-week ${command} ke-hoach.xlsx`,
});

function parseWorkbookCommand(name: keyof typeof WORKBOOK_COMMANDS, rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: WORKBOOK_COMMANDS[name],
    allowPositionals: true,
  });
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) return { kind: 'help' };
  if (positionals.length !== 1) return needsOneFile(name);
  const file = positionals[0]!;
  const shared = common(values);
  const out = typeof v.out === 'string' ? v.out : undefined;
  if (out !== undefined && out.trim() === '')
    return { kind: 'usage', reason: 'Tùy chọn --out không được để trống.' };
  switch (name) {
    case 'invite':
      return { kind: 'invite', file, families: v.families === true, common: shared };
    case 'outbox':
      return { kind: 'outbox', file, common: shared };
    case 'sync':
      return {
        kind: 'sync',
        file,
        dryRun: v['dry-run'] === true,
        ...(out !== undefined ? { out } : {}),
        common: shared,
      };
    case 'reminders':
      return { kind: 'reminders', file, common: shared };
    case 'purge':
      return { kind: 'purge', file, dryRun: v['dry-run'] === true, common: shared };
    case 'report':
      // --at is checked when run (one line, exit 2), as --now is.
      return {
        kind: 'report',
        file,
        ...(typeof v.at === 'string' ? { at: v.at } : {}),
        pdf: v.pdf === true,
        ...(out !== undefined ? { out } : {}),
        common: shared,
      };
    case 'drain': {
      const limitText = v['daily-limit'];
      let dailyLimit: number | undefined;
      if (typeof limitText === 'string') {
        dailyLimit = Number(limitText);
        if (!/^\d{1,6}$/.test(limitText.trim())) {
          return {
            kind: 'usage',
            reason: `Hạn mức "${limitText}" không hợp lệ: hãy ghi số người nhận mỗi ngày, ví dụ --daily-limit 100.`,
          };
        }
      }
      const smtp = typeof v.smtp === 'string' ? v.smtp : undefined;
      return {
        kind: 'drain',
        file,
        options: {
          ...(smtp !== undefined ? { smtp } : {}),
          ...(dailyLimit !== undefined ? { dailyLimit } : {}),
          ...(out !== undefined ? { out } : {}),
        },
        common: shared,
      };
    }
    case 'forms': {
      const format = typeof v.format === 'string' ? v.format.trim().toLowerCase() : 'html';
      const formats = { markdown: 'markdown', md: 'markdown', html: 'html', json: 'json' } as const;
      if (!(format in formats)) {
        return {
          kind: 'usage',
          reason: `Định dạng "${String(v.format)}" không hợp lệ: hãy dùng --format markdown, html hoặc json.`,
        };
      }
      return {
        kind: 'forms',
        file,
        format: formats[format as keyof typeof formats],
        ...(out !== undefined ? { out } : {}),
        common: shared,
      };
    }
  }
}

const RESPOND = { ...COMMON, csv: { type: 'string' }, json: { type: 'string' } } as const;

function parseRespond(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: RESPOND, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  const [form, file, ...more] = positionals;
  if (
    form === undefined ||
    !(FORM_IDS as readonly string[]).includes(form) ||
    file === undefined ||
    more.length
  ) {
    return {
      kind: 'usage',
      reason:
        'Lệnh respond cần tên biểu mẫu (attendance, training hoặc nomination) và một tệp .xlsx, ví dụ: learning-week respond training ke-hoach.xlsx --csv phan-hoi.csv',
    };
  }
  if ((values.csv === undefined) === (values.json === undefined)) {
    return {
      kind: 'usage',
      reason:
        'Lệnh respond cần đúng một nguồn phản hồi: --csv TỆP.csv hoặc --json TỆP.json (hoặc --json - để đọc từ đầu vào).',
    };
  }
  const source: ResponseSource =
    values.csv !== undefined ? { kind: 'csv', path: values.csv } : { kind: 'json', path: values.json! };
  if (source.path.trim() === '')
    return { kind: 'usage', reason: `Tùy chọn --${source.kind} không được để trống.` };
  return { kind: 'respond', file, formId: form as FormId, source, common: common(values) };
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
