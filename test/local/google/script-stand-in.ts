import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Apps Script API v1: processes.listScriptProcesses, paged as Google
 * pages it (pageSize, nextPageToken) and filtered by start time and status, and scripts.run,
 * answering with the function's result or the script's error as Google wraps them. It records
 * every request with its Authorization header and answers statuses queued by the test first.
 */
export interface StandInProcess {
  readonly functionName: string;
  readonly startTime: string;
  readonly duration?: string;
  readonly processStatus: string;
}

export interface ScriptRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export class ScriptStandIn {
  readonly requests: ScriptRequest[] = [];
  /** Newest first, as Google lists them. */
  processes: StandInProcess[] = [];
  /** What scripts.run answers per function: a result, or an error to wrap. */
  readonly functions = new Map<string, { result?: unknown; error?: { type: string; message: string } }>();
  readonly onceStatuses: number[] = [];
  /** Google may answer fewer than pageSize; a small page makes a test follow nextPageToken. */
  maxPageSize = 200;
  private readonly server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += String(chunk)));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        body: text ? JSON.parse(text) : undefined,
        authorization: req.headers.authorization,
      });
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(body));
      };
      const fail = (code: number, message: string) => reply(code, { error: { code, message } });
      if (!req.headers.authorization?.startsWith('Bearer ')) return fail(401, 'Missing credentials');
      const once = this.onceStatuses.shift();
      if (once !== undefined) return fail(once, `Stand-in ${once}`);
      if (req.method === 'GET' && url.pathname === '/v1/processes:listScriptProcesses')
        return reply(200, this.page(url.searchParams));
      const run = /^\/v1\/scripts\/([^/:]+):run$/.exec(url.pathname);
      if (req.method === 'POST' && run) {
        const fn = this.functions.get((JSON.parse(text) as { function: string }).function);
        if (!fn) return fail(404, 'Requested entity was not found.');
        if (fn.error)
          return reply(200, {
            done: true,
            error: {
              code: 3,
              message: 'ScriptError',
              details: [
                {
                  '@type': 'type.googleapis.com/google.apps.script.v1.ExecutionError',
                  errorMessage: fn.error.message,
                  errorType: fn.error.type,
                },
              ],
            },
          });
        return reply(200, {
          done: true,
          response: {
            '@type': 'type.googleapis.com/google.apps.script.v1.ExecutionResponse',
            result: fn.result,
          },
        });
      }
      return fail(404, 'Not found');
    });
  });
  private url = '';

  get rootUrl(): string {
    return this.url;
  }

  static async start(): Promise<ScriptStandIn> {
    const standIn = new ScriptStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    standIn.url = `http://127.0.0.1:${(standIn.server.address() as AddressInfo).port}/`;
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private page(query: URLSearchParams): { processes: StandInProcess[]; nextPageToken?: string } {
    const since = query.get('scriptProcessFilter.startTime');
    const statuses = query.getAll('scriptProcessFilter.statuses');
    const matching = this.processes.filter(
      (p) =>
        (!since || Date.parse(p.startTime) >= Date.parse(since)) &&
        (statuses.length === 0 || statuses.includes(p.processStatus)),
    );
    const size = Math.min(Number(query.get('pageSize') ?? 50), this.maxPageSize);
    const from = Number(query.get('pageToken') ?? 0);
    const next = from + size < matching.length ? String(from + size) : undefined;
    return { processes: matching.slice(from, from + size), ...(next ? { nextPageToken: next } : {}) };
  }
}
