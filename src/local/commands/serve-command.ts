import { readSettings } from '../../app/plan/settings-store';
import { catalogue } from '../../core/i18n/catalogue';
import { DEFAULT_LOCAL_FORMS_ADDRESS, localFormUrl } from '../forms/local-forms';
import { currentFormSpecs } from '../forms/current-form-specs';
import { cliLanguage } from '../runtime/cli-text';
import { FileProblem } from '../workbook/workbook-file';
import type { RunContext } from './commands';
import type { ServeCommand } from './serve-args';
import { WorkbookSession } from '../serve/workbook-session';

/** The port when neither --port nor Settings' address names one. */
const DEFAULT_PORT = 8080;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeExtras {
  /** The page mounted at the root (the dashboard). */
  readonly dashboardPage?: () => Promise<string>;
  /** Settles when the server should stop; Ctrl+C (SIGINT) or SIGTERM by default. */
  readonly stop?: Promise<unknown>;
}

/**
 * serve: the week's forms as web pages on this computer, at the paths the local week's
 * invitations, Zalo texts and QR posters link to (Settings "Địa chỉ biểu mẫu trên máy", whose
 * port is the default). Answers go through the response pipeline; the server stops on Ctrl+C
 * once every answer it took is saved.
 */
export async function runServe(
  command: ServeCommand,
  ctx: RunContext,
  extras: ServeExtras = {},
): Promise<void> {
  // Loaded here: the HTTP framework is for this command only.
  const { startFormServer } = await import('../serve/start-server');
  const session = await WorkbookSession.open(command.file, ctx.clock);
  const address = await session.read(
    (w) => readSettings(w)?.localFormsAddress ?? DEFAULT_LOCAL_FORMS_ADDRESS,
  );
  const linked = new URL(address.endsWith('/') ? address : `${address}/`);
  const t = catalogue(cliLanguage()).serve.cli;
  const port = command.port ?? (linked.port === '' ? DEFAULT_PORT : Number(linked.port));
  let server;
  try {
    server = await startFormServer(session, ctx.clock, {
      port,
      host: command.host,
      basePath: linked.pathname,
      onBatch: (n) => {
        if (n > 0) ctx.out(t.recorded(n, command.file));
      },
      ...(extras.dashboardPage ? { dashboardPage: extras.dashboardPage } : {}),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new FileProblem(t.portInUse(port));
    throw error;
  }
  if (!LOOPBACK.has(command.host)) ctx.out(t.network(command.host));
  ctx.out(t.listening(server.url));
  for (const spec of await session.read(currentFormSpecs))
    ctx.out(t.form(spec.title, localFormUrl(server.url, spec.id)));
  if (server.url !== linked.href) ctx.out(t.addressDiffers(linked.href, server.url));
  await (extras.stop ?? interrupted());
  await server.close();
  ctx.out(t.stopped(command.file));
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
