import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ClockPort } from '../../ports';
import { formServer, type FormServerOptions } from './form-server';
import type { WorkbookSession } from './workbook-session';
import { dashboardPageOf } from '../dashboard/dashboard-page';
import { JsonProperties, propertiesPathOf } from '../files/json-properties';

export interface StartOptions extends FormServerOptions {
  readonly port: number;
  readonly host: string;
}

export interface RunningServer {
  /** The root as a browser opens it, e.g. http://127.0.0.1:8080/. */
  readonly url: string;
  readonly port: number;
  readonly session: WorkbookSession;
  /** Stops taking requests, lets those under way finish, and settles once their answers are saved. */
  readonly close: () => Promise<void>;
}

/** The session's forms served over HTTP until close(); rejects with EADDRINUSE and the like. */
export async function startFormServer(
  session: WorkbookSession,
  clock: ClockPort,
  options: StartOptions,
): Promise<RunningServer> {
  const forms = formServer(session, clock, {
    // The dashboard from the copy the server keeps, so it moves with each answer it takes.
    dashboardPage: () =>
      session.read((workbook) =>
        dashboardPageOf(workbook, {
          now: clock.now(),
          properties: new JsonProperties(propertiesPathOf(session.file)),
        }),
      ),
    ...options,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: forms.app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${options.basePath ?? '/'}`,
    port,
    session,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await closed;
      await forms.idle();
    },
  };
}
