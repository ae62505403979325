import { parseArgs } from 'node:util';
import { catalogue } from '../../core/i18n/catalogue';
import { cliLanguage } from '../runtime/cli-text';

export interface ServeCommand {
  readonly kind: 'serve';
  readonly file: string;
  /** --port; without it, the port of Settings' "Địa chỉ biểu mẫu trên máy" (8080 by default). */
  readonly port?: number;
  readonly host: string;
  readonly common: { now?: string; verbose: boolean };
}

/** Where the server listens unless --host says otherwise: this computer only. */
export const DEFAULT_SERVE_HOST = '127.0.0.1';

const SERVE = {
  now: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  port: { type: 'string' },
  host: { type: 'string' },
} as const;

/** `serve FILE [--port N] [--host H]`. */
export function parseServe(
  rest: readonly string[],
): ServeCommand | { kind: 'help' } | { kind: 'usage'; reason: string; alone?: boolean } {
  const t = catalogue(cliLanguage()).serve.cli;
  const { values, positionals } = parseArgs({ args: [...rest], options: SERVE, allowPositionals: true });
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) return { kind: 'usage', reason: t.needsFile };
  let port: number | undefined;
  if (values.port !== undefined) {
    port = /^\d{1,5}$/.test(values.port.trim()) ? Number(values.port.trim()) : Number.NaN;
    if (!(port >= 0 && port <= 65_535)) return { kind: 'usage', reason: t.badPort(values.port), alone: true };
  }
  const host = values.host?.trim() || DEFAULT_SERVE_HOST;
  return {
    kind: 'serve',
    file: positionals[0]!,
    host,
    ...(port !== undefined ? { port } : {}),
    common: { now: values.now, verbose: values.verbose ?? false },
  };
}
