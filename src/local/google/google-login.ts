import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cliText } from '../runtime/cli-text';
import { reasonFor } from '../workbook/workbook-file';
import type { Printer } from './google-output';
import { claspClient, claspRcPath } from './clasp-client';
import { scopesFor, type ScopeChoice } from './google-scopes';
import { googleText } from './google-texts';
import { saveToken } from './token-store';

/** How long the loopback waits for the browser before giving up. */
const WAIT_FOR_BROWSER_MS = 5 * 60_000;

export interface LoginOptions {
  /**
   * The "Desktop app" OAuth client downloaded from Google Cloud (client_secret_….json); without
   * it, the client clasp signed in with, if clasp has stored credentials.
   */
  readonly clientFile?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly waitMs?: number;
  /** Beyond reading: --write for push, --run for run. */
  readonly scopes?: ScopeChoice;
}

interface OAuthClientFile {
  readonly client_id: string;
  readonly client_secret?: string;
  readonly auth_uri?: string;
  readonly token_uri?: string;
}

/**
 * google login: the installed-app flow with a loopback redirect (Google's way for a desktop
 * program): a one-off server on 127.0.0.1, a random port, PKCE and a random state; the user
 * opens the printed link, consents, and Google's redirect brings the code back to that server,
 * which trades it for the tokens and saves them 0600. Exit 0 saved, 2 anything else.
 */
export async function loginGoogle(options: LoginOptions, print: Printer): Promise<number> {
  const t = googleText().login;
  const client: OAuthClientFile | string =
    options.clientFile !== undefined
      ? readClientFile(options.clientFile)
      : (claspClient(options.env) ?? t.noClient(claspRcPath(options.env)));
  if (typeof client === 'string') {
    print.err(client);
    return 2;
  }
  const { OAuth2Client, CodeChallengeMethod } = await import('google-auth-library');
  const loopback = await openLoopback();
  try {
    const redirectUri = loopback.url;
    const auth = new OAuth2Client({
      clientId: client.client_id,
      ...(client.client_secret ? { clientSecret: client.client_secret } : {}),
      redirectUri,
      endpoints: {
        ...(client.auth_uri ? { oauth2AuthBaseUrl: client.auth_uri } : {}),
        ...(client.token_uri ? { oauth2TokenUrl: client.token_uri } : {}),
      },
    });
    const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
    const state = randomBytes(16).toString('hex');
    const url = auth.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: scopesFor(options.scopes ?? { write: false, run: false }),
      state,
      code_challenge_method: CodeChallengeMethod.S256,
      ...(codeChallenge ? { code_challenge: codeChallenge } : {}),
    });
    print.out(options.scopes?.write || options.scopes?.run ? t.openLinkToEdit(url) : t.openLink(url));
    const answer = await loopback.next(options.waitMs ?? WAIT_FOR_BROWSER_MS);
    if (answer.kind === 'timeout') {
      print.err(t.timedOut);
      return 2;
    }
    const query = answer.query;
    if (query.get('state') !== state || !query.get('code')) {
      answer.reply(400, t.page.failed);
      print.err(query.get('error') === 'access_denied' ? t.denied : t.badAnswer);
      return 2;
    }
    let tokens;
    try {
      ({ tokens } = await auth.getToken({
        code: query.get('code')!,
        codeVerifier,
        redirect_uri: redirectUri,
      }));
    } catch (error) {
      answer.reply(500, t.page.failed);
      print.err(t.tokenRefused(error instanceof Error ? error.message : String(error)));
      return 2;
    }
    const path = saveToken(
      {
        client_id: client.client_id,
        ...(client.client_secret ? { client_secret: client.client_secret } : {}),
        ...(tokens.access_token ? { access_token: tokens.access_token } : {}),
        ...(tokens.refresh_token ? { refresh_token: tokens.refresh_token } : {}),
        ...(typeof tokens.expiry_date === 'number' ? { expiry_date: tokens.expiry_date } : {}),
        ...(tokens.token_type ? { token_type: tokens.token_type } : {}),
        ...(tokens.scope ? { scope: tokens.scope } : {}),
      },
      options.env,
    );
    answer.reply(200, t.page.done);
    print.out(t.saved(path));
    return 0;
  } finally {
    await loopback.close();
  }
}

/** The client file as Google Cloud gives it ({"installed": {…}}), or the line saying what is wrong. */
function readClientFile(file: string): OAuthClientFile | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return cliText().cannotRead(file, reasonFor(error, file));
  }
  try {
    const json = JSON.parse(text) as { installed?: OAuthClientFile; web?: OAuthClientFile } & OAuthClientFile;
    const client = json.installed ?? json.web ?? json;
    if (typeof client.client_id === 'string' && client.client_id !== '') return client;
  } catch {
    // told below, as a file without a client id
  }
  return googleText().login.badClientFile(file);
}

type BrowserAnswer =
  { kind: 'timeout' } | { kind: 'answer'; query: URLSearchParams; reply(status: number, html: string): void };

/** A server on 127.0.0.1 that hands over the first request to its root, the browser's redirect. */
async function openLoopback(): Promise<{
  url: string;
  next(waitMs: number): Promise<BrowserAnswer>;
  close(): Promise<void>;
}> {
  let deliver: ((answer: BrowserAnswer) => void) | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Browsers also ask for /favicon.ico: only the redirect to "/" carries the answer.
    if (url.pathname !== '/' || !deliver) {
      res.writeHead(404).end();
      return;
    }
    const hand = deliver;
    deliver = undefined;
    hand({
      kind: 'answer',
      query: url.searchParams,
      reply(status, html) {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
        res.end(`<!doctype html><meta charset="utf-8"><p>${html}</p>`);
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    next: (waitMs) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          deliver = undefined;
          resolve({ kind: 'timeout' });
        }, waitMs);
        deliver = (answer) => {
          clearTimeout(timer);
          resolve(answer);
        };
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
