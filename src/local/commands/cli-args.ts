import { parseArgs } from 'node:util';
import { parseDateText } from '../../core/codec';
import { FORM_IDS, type FormId } from '../../core/forms/types';
import { DATE_ORDERS, type DateOrder } from '../../core/forms/timestamp-text';
import type { Language } from '../../core/plan';
import { cliText } from '../runtime/cli-text';
import {
  dailyLimitOf,
  missingValueLine,
  negativeNumbersAsValues,
  optionNameIn,
  speedOf,
} from './option-values';
import { parseServe, type ServeCommand } from './serve-args';

/** The CLI's commands as parsed from argv; `usage` carries the reason (`alone`: print no usage after it). */
export type Command =
  | { kind: 'help' }
  | { kind: 'usage'; reason: string; alone?: boolean }
  | { kind: 'init'; options: InitOptions; common: CommonOptions }
  | { kind: 'validate'; file: string; common: CommonOptions }
  | { kind: 'demo'; language?: Language; common: CommonOptions }
  | { kind: 'week'; options: WeekArgs; common: CommonOptions }
  | { kind: 'bench'; common: CommonOptions }
  | { kind: 'invite'; file: string; families: boolean; common: CommonOptions }
  | { kind: 'drain'; file: string; options: DrainCliOptions; common: CommonOptions }
  | { kind: 'outbox'; file: string; common: CommonOptions }
  | { kind: 'sync'; file: string; dryRun: boolean; out?: string; common: CommonOptions }
  | { kind: 'reminders'; file: string; common: CommonOptions }
  | { kind: 'purge'; file: string; dryRun: boolean; common: CommonOptions }
  | { kind: 'report'; file: string; at?: string; pdf: boolean; out?: string; common: CommonOptions }
  | { kind: 'import'; source: string; out?: string; apply: boolean; common: CommonOptions }
  | { kind: 'plan'; file: string; out?: string; common: CommonOptions }
  | { kind: 'announce'; file: string; out?: string; common: CommonOptions }
  | {
      kind: 'commend';
      file: string;
      out?: string;
      pdf: boolean;
      mail: boolean;
      sent: boolean;
      common: CommonOptions;
    }
  | { kind: 'dashboard'; file: string; out?: string; common: CommonOptions }
  | {
      kind: 'district-collect';
      list: string;
      out?: string;
      report: boolean;
      header: { authority?: string; office?: string; place?: string };
      common: CommonOptions;
    }
  | { kind: 'google-pull'; sheet: string; out?: string; common: CommonOptions }
  | { kind: 'google-login'; clientFile?: string; write: boolean; run: boolean; common: CommonOptions }
  | { kind: 'google-logout'; common: CommonOptions }
  | { kind: 'google-push'; file: string; sheet: string; yes: boolean; common: CommonOptions }
  | { kind: 'google-logs'; script?: string; failed: boolean; since?: string; common: CommonOptions }
  | { kind: 'google-run'; functionName: string; script?: string; common: CommonOptions }
  | ServeCommand
  | {
      kind: 'respond';
      file: string;
      formId: FormId;
      source: ResponseSource;
      dateOrder?: DateOrder;
      common: CommonOptions;
    }
  | {
      kind: 'forms';
      file: string;
      format: 'markdown' | 'html' | 'json';
      out?: string;
      common: CommonOptions;
    };

/** The week's options as typed; the speed's default depends on the terminal (week-command.ts). */
export interface WeekArgs {
  outDir: string;
  from?: string;
  to?: string;
  speed?: number;
  dailyLimit?: number;
  language?: Language;
}

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
  language?: Language;
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
  language: { type: 'string' },
} as const;

const WEEK = {
  ...COMMON,
  from: { type: 'string' },
  to: { type: 'string' },
  speed: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'daily-limit': { type: 'string' },
  language: { type: 'string' },
} as const;

const DEMO = { ...COMMON, language: { type: 'string' } } as const;

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
          return needsOneFile('validate');
        }
        return { kind: 'validate', file: positionals[0]!, common: common(values) };
      }
      case 'demo': {
        const { values } = parseArgs({ args: [...rest], options: DEMO, allowPositionals: false });
        if (values.help) return { kind: 'help' };
        const language = languageOf(values.language);
        if (typeof language === 'object') return language;
        return { kind: 'demo', ...(language ? { language } : {}), common: common(values) };
      }
      case 'week':
        return parseWeek(rest);
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
      case 'plan':
      case 'announce':
      case 'dashboard':
      case 'commend':
        return parseWorkbookCommand(name, rest);
      case 'import':
        return parseImport(rest);
      case 'respond':
        return parseRespond(rest);
      case 'serve':
        return parseServe(rest);
      case 'district':
        return parseDistrict(rest);
      case 'google':
        return parseGoogle(rest);
      default:
        return { kind: 'usage', reason: cliText().args.noCommand(name) };
    }
  } catch (error) {
    return { kind: 'usage', reason: explainParseError(error, name) };
  }
}

function parseInit(rest: readonly string[]): Command {
  const { values } = parseArgs({
    args: negativeNumbersAsValues(rest, INIT),
    options: INIT,
    allowPositionals: false,
  });
  if (values.help) return { kind: 'help' };
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) {
      return { kind: 'usage', reason: cliText().args.badYear(values.year) };
    }
  }
  if (values.start !== undefined && !isIsoDate(values.start)) {
    return { kind: 'usage', reason: cliText().args.badStart(values.start) };
  }
  for (const key of ['school', 'theme', 'out'] as const) {
    if (values[key] !== undefined && values[key]!.trim() === '') {
      return { kind: 'usage', reason: cliText().args.emptyOption(key) };
    }
  }
  const language = languageOf(values.language);
  if (typeof language === 'object') return language;
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
      ...(language ? { language } : {}),
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
  plan: { ...COMMON, out: { type: 'string', short: 'o' } },
  announce: { ...COMMON, out: { type: 'string', short: 'o' } },
  dashboard: { ...COMMON, out: { type: 'string', short: 'o' } },
  commend: {
    ...COMMON,
    pdf: { type: 'boolean', default: false },
    mail: { type: 'boolean', default: false },
    sent: { type: 'boolean', default: false },
    out: { type: 'string', short: 'o' },
  },
  report: {
    ...COMMON,
    at: { type: 'string' },
    pdf: { type: 'boolean', default: false },
    out: { type: 'string', short: 'o' },
  },
} as const;

const needsOneFile = (command: string): Command => ({
  kind: 'usage',
  reason: cliText().args.needsOneFile(command),
});

function parseWorkbookCommand(name: keyof typeof WORKBOOK_COMMANDS, rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: negativeNumbersAsValues(rest, WORKBOOK_COMMANDS[name]),
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
    return { kind: 'usage', reason: cliText().args.emptyOption('out') };
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
    case 'plan':
      return { kind: 'plan', file, ...(out !== undefined ? { out } : {}), common: shared };
    case 'announce':
      return { kind: 'announce', file, ...(out !== undefined ? { out } : {}), common: shared };
    case 'dashboard':
      return { kind: 'dashboard', file, ...(out !== undefined ? { out } : {}), common: shared };
    case 'commend':
      return {
        kind: 'commend',
        file,
        ...(out !== undefined ? { out } : {}),
        // Mailing a certificate needs its PDF.
        pdf: v.pdf === true || v.mail === true,
        mail: v.mail === true,
        sent: v.sent === true,
        common: shared,
      };
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
      const dailyLimit = typeof limitText === 'string' ? dailyLimitOf(limitText) : undefined;
      if (typeof dailyLimit === 'object') return { kind: 'usage', reason: dailyLimit.reason, alone: true };
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
        return { kind: 'usage', reason: cliText().args.badFormat(String(v.format)) };
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

const IMPORT = {
  ...COMMON,
  out: { type: 'string', short: 'o' },
  apply: { type: 'boolean', default: false },
} as const;

/** import PLAN [--out FILE.xlsx] [--apply]: the plan document first, the workbook as an option. */
function parseImport(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: IMPORT, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) return needsOneFile('import');
  if (values.out !== undefined && values.out.trim() === '')
    return { kind: 'usage', reason: cliText().args.emptyOption('out') };
  return {
    kind: 'import',
    source: positionals[0]!,
    ...(values.out !== undefined ? { out: values.out } : {}),
    apply: values.apply,
    common: common(values),
  };
}

const GOOGLE_COMMANDS = { ...COMMON, out: { type: 'string', short: 'o' } } as const;
const DISTRICT = {
  ...GOOGLE_COMMANDS,
  sheets: { type: 'string' },
  report: { type: 'boolean', default: false },
  authority: { type: 'string' },
  office: { type: 'string' },
  place: { type: 'string' },
} as const;

/**
 * district collect --sheets LIST [--out FILE.xlsx] [--report [--authority …] [--office …]
 * [--place …]]: the only district command so far; the report's header is the office's own.
 */
function parseDistrict(rest: readonly string[]): Command {
  const [sub, ...more] = rest;
  if (sub === '--help' || sub === '-h') return { kind: 'help' };
  if (sub !== 'collect') return { kind: 'usage', reason: cliText().args.districtUsage };
  const { values, positionals } = parseArgs({ args: [...more], options: DISTRICT, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0 || values.sheets === undefined || values.sheets.trim() === '')
    return { kind: 'usage', reason: cliText().args.districtUsage };
  if (values.out !== undefined && values.out.trim() === '')
    return { kind: 'usage', reason: cliText().args.emptyOption('out') };
  const header = {
    ...(values.authority?.trim() ? { authority: values.authority.trim() } : {}),
    ...(values.office?.trim() ? { office: values.office.trim() } : {}),
    ...(values.place?.trim() ? { place: values.place.trim() } : {}),
  };
  return {
    kind: 'district-collect',
    list: values.sheets,
    ...(values.out !== undefined ? { out: values.out } : {}),
    report: values.report,
    header,
    common: common(values),
  };
}

const googleUsage = (): Command => ({ kind: 'usage', reason: cliText().args.googleUsage });

/** google login|logout|pull|push|logs|run: a sheet or script is checked when run, as a file is opened then. */
function parseGoogle(rest: readonly string[]): Command {
  const [sub, ...more] = rest;
  if (sub === '--help' || sub === '-h') return { kind: 'help' };
  switch (sub) {
    case 'login':
      return parseLogin(more);
    case 'logout': {
      const { values } = parseArgs({ args: [...more], options: COMMON, allowPositionals: false });
      return values.help ? { kind: 'help' } : { kind: 'google-logout', common: common(values) };
    }
    case 'pull':
      return parsePull(more);
    case 'push':
      return parsePush(more);
    case 'logs':
      return parseLogs(more);
    case 'run':
      return parseRun(more);
    default:
      return googleUsage();
  }
}

/** google pull SHEET [--out FILE.xlsx] */
function parsePull(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: GOOGLE_COMMANDS,
    allowPositionals: true,
  });
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) return googleUsage();
  if (values.out !== undefined && values.out.trim() === '')
    return { kind: 'usage', reason: cliText().args.emptyOption('out') };
  return {
    kind: 'google-pull',
    sheet: positionals[0]!,
    ...(values.out !== undefined ? { out: values.out } : {}),
    common: common(values),
  };
}

const PUSH = { ...COMMON, yes: { type: 'boolean', default: false } } as const;

/** google push FILE SHEET [--yes]: without --yes only the preview. */
function parsePush(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: PUSH, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 2) return googleUsage();
  return {
    kind: 'google-push',
    file: positionals[0]!,
    sheet: positionals[1]!,
    yes: values.yes,
    common: common(values),
  };
}

const SCRIPT = { ...COMMON, script: { type: 'string' } } as const;
const LOGS = { ...SCRIPT, failed: { type: 'boolean', default: false }, since: { type: 'string' } } as const;

/** google logs [--failed] [--since WHEN] [--script ID]: the script id defaults to .clasp.json's. */
function parseLogs(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: LOGS, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0) return googleUsage();
  return {
    kind: 'google-logs',
    ...(values.script !== undefined ? { script: values.script } : {}),
    failed: values.failed,
    ...(values.since !== undefined ? { since: values.since } : {}),
    common: common(values),
  };
}

/** google run FUNCTION [--script ID] */
function parseRun(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: SCRIPT, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1 || positionals[0]!.trim() === '') return googleUsage();
  return {
    kind: 'google-run',
    functionName: positionals[0]!.trim(),
    ...(values.script !== undefined ? { script: values.script } : {}),
    common: common(values),
  };
}

const LOGIN = {
  ...COMMON,
  client: { type: 'string' },
  write: { type: 'boolean', default: false },
  run: { type: 'boolean', default: false },
} as const;

/** google login [--client CLIENT.json] [--write] [--run]: the school's own OAuth client, or clasp's. */
function parseLogin(rest: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...rest], options: LOGIN, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0 || values.client?.trim() === '') return googleUsage();
  return {
    kind: 'google-login',
    ...(values.client !== undefined ? { clientFile: values.client } : {}),
    write: values.write,
    run: values.run,
    common: common(values),
  };
}

const RESPOND = {
  ...COMMON,
  csv: { type: 'string' },
  json: { type: 'string' },
  'date-order': { type: 'string' },
} as const;

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
    return { kind: 'usage', reason: cliText().args.respondForm };
  }
  if ((values.csv === undefined) === (values.json === undefined)) {
    return { kind: 'usage', reason: cliText().args.respondSource };
  }
  const source: ResponseSource =
    values.csv !== undefined ? { kind: 'csv', path: values.csv } : { kind: 'json', path: values.json! };
  if (source.path.trim() === '') return { kind: 'usage', reason: cliText().args.emptyOption(source.kind) };
  const order = values['date-order']?.trim().toLowerCase();
  if (order !== undefined && !(DATE_ORDERS as readonly string[]).includes(order))
    return { kind: 'usage', reason: cliText().args.badDateOrder(String(values['date-order'])), alone: true };
  return {
    kind: 'respond',
    file,
    formId: form as FormId,
    source,
    ...(order !== undefined ? { dateOrder: order as DateOrder } : {}),
    common: common(values),
  };
}

function parseWeek(rest: readonly string[]): Command {
  const { values } = parseArgs({
    args: negativeNumbersAsValues(rest, WEEK),
    options: WEEK,
    allowPositionals: false,
  });
  if (values.help) return { kind: 'help' };
  const args = cliText().args;
  const day = (text: string | undefined): string | undefined | null => {
    if (text === undefined) return undefined;
    const parsed = parseDateText(text);
    return parsed?.value ? parsed.value.iso.slice(0, 10) : null;
  };
  const from = day(values.from);
  const to = day(values.to);
  if (from === null || to === null)
    return { kind: 'usage', reason: args.badDay(String(from === null ? values.from : values.to)) };
  const speed = values.speed === undefined ? undefined : speedOf(values.speed);
  if (typeof speed === 'object') return { kind: 'usage', reason: speed.reason, alone: true };
  const limitText = values['daily-limit'];
  const limit = limitText === undefined ? undefined : dailyLimitOf(limitText);
  if (typeof limit === 'object') return { kind: 'usage', reason: limit.reason, alone: true };
  const language = languageOf(values.language);
  if (typeof language === 'object') return language;
  return {
    kind: 'week',
    options: {
      outDir: values.out ?? 'out',
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(speed !== undefined ? { speed } : {}),
      ...(limit !== undefined ? { dailyLimit: limit } : {}),
      ...(language ? { language } : {}),
    },
    common: common(values),
  };
}

/** --language: 'vi' or 'en'; anything else is one line, without the usage. */
function languageOf(text: string | undefined): Language | undefined | Command {
  if (text === undefined) return undefined;
  const language = text.trim().toLowerCase();
  if (language === 'vi' || language === 'en') return language;
  return { kind: 'usage', reason: cliText().args.badLanguage(text), alone: true };
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

function explainParseError(error: unknown, command: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return cliText().args.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return missingValueLine(optionNameIn(message), command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return cliText().args.unexpected(option);
    default:
      return cliText().args.unparsable;
  }
}
