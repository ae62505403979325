import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginGoogle } from '../../../src/local/google/google-login';
import { PROCESSES_SCOPE, READONLY_SCOPE, WRITE_SCOPE } from '../../../src/local/google/google-scopes';
import { logoutGoogle } from '../../../src/local/google/google-logout';
import { readToken } from '../../../src/local/google/google-token';

/**
 * A fake authorisation server, as Google's: GET /auth answers the consent with a redirect to
 * the loopback carrying a code and the state; POST /token trades that code for tokens, once,
 * and only with the PKCE verifier whose challenge /auth was given.
 */
async function fakeAuthorisationServer(): Promise<{
  server: Server;
  base: string;
  tokenForms: URLSearchParams[];
}> {
  const tokenForms: URLSearchParams[] = [];
  const challenges = new Map<string, string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/auth') {
      const code = `code-${challenges.size + 1}`;
      challenges.set(code, url.searchParams.get('code_challenge') ?? '');
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state')!);
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const form = new URLSearchParams(body);
      tokenForms.push(form);
      const { createHash } = await import('node:crypto');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const ok = challenges.get(form.get('code') ?? '') === challenge;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          ok
            ? {
                access_token: 'ya29.fresh',
                refresh_token: '1//refresh',
                expires_in: 3599,
                token_type: 'Bearer',
                scope: READONLY_SCOPE,
              }
            : { error: 'invalid_grant', error_description: 'Bad Request' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tokenForms };
}

describe('google login against a fake authorisation server', () => {
  let fake: Awaited<ReturnType<typeof fakeAuthorisationServer>>;
  let dir: string;
  beforeAll(async () => {
    fake = await fakeAuthorisationServer();
    dir = mkdtempSync(join(tmpdir(), 'lw-login-'));
    writeFileSync(
      join(dir, 'client.json'),
      JSON.stringify({
        installed: {
          client_id: 'desktop-client.apps.googleusercontent.com',
          client_secret: 'desktop-secret',
          auth_uri: `${fake.base}/auth`,
          token_uri: `${fake.base}/token`,
        },
      }),
    );
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('receives the code on the loopback, trades it with the PKCE verifier and stores the token 0600', async () => {
    const env = { XDG_CONFIG_HOME: join(dir, 'config') };
    const out: string[] = [];
    const err: string[] = [];
    let page: Promise<string> | undefined;
    const status = await loginGoogle(
      { clientFile: join(dir, 'client.json'), env, waitMs: 10_000 },
      {
        out(line) {
          out.push(line);
          // The user's browser: open the printed link, follow Google's redirect to the loopback.
          const link = line.split('\n').find((l) => l.startsWith('http'));
          if (link) page = fetch(link).then((r) => r.text());
        },
        err: (line) => err.push(line),
      },
    );
    expect(err).toEqual([]);
    expect(status).toBe(0);
    expect(await page).toContain('Đã đăng nhập');

    const link = new URL(out[0]!.split('\n')[1]!);
    // Read-only by default: the sheets (pull, district, push's preview) and the executions (logs).
    expect(link.searchParams.get('scope')).toBe(`${READONLY_SCOPE} ${PROCESSES_SCOPE}`);
    expect(link.searchParams.get('access_type')).toBe('offline');
    expect(link.searchParams.get('code_challenge_method')).toBe('S256');
    expect(link.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(fake.tokenForms.at(-1)!.get('redirect_uri')).toBe(link.searchParams.get('redirect_uri'));

    const tokenFile = join(dir, 'config', 'learning-week', 'google-token.json');
    expect(out[1]).toBe(`Đã đăng nhập Google; mã đăng nhập được lưu ở ${tokenFile} (chỉ bạn đọc được).`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toMatchObject({
      client_id: 'desktop-client.apps.googleusercontent.com',
      access_token: 'ya29.fresh',
      refresh_token: '1//refresh',
      scope: READONLY_SCOPE,
    });
    expect(readToken(env).kind).toBe('token');
  });

  it('asks for the write scope only with --write, and logout deletes the token', async () => {
    const env = { XDG_CONFIG_HOME: join(dir, 'config-write') };
    const links: URL[] = [];
    const status = await loginGoogle(
      { clientFile: join(dir, 'client.json'), env, waitMs: 10_000, scopes: { write: true, run: false } },
      {
        out(line) {
          const link = line.split('\n').find((l) => l.startsWith('http'));
          if (link) {
            links.push(new URL(link));
            void fetch(link);
          }
        },
        err: () => {},
      },
    );
    expect(status).toBe(0);
    expect(links[0]!.searchParams.get('scope')!.split(' ')).toEqual([
      READONLY_SCOPE,
      PROCESSES_SCOPE,
      WRITE_SCOPE,
    ]);
    const tokenFile = join(dir, 'config-write', 'learning-week', 'google-token.json');
    expect(existsSync(tokenFile)).toBe(true);
    const out: string[] = [];
    expect(logoutGoogle({ env }, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(existsSync(tokenFile)).toBe(false);
    expect(readToken(env).kind).toBe('missing');
    expect(logoutGoogle({ env }, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out).toEqual([
      `Đã đăng xuất: đã xóa ${tokenFile}. Muốn thu hồi hẳn quyền đã cấp, hãy vào myaccount.google.com/permissions.`,
      `Chưa đăng nhập Google (không có ${tokenFile}): không có gì để xóa.`,
    ]);
  });

  it('without --client uses the OAuth client clasp signed in with, and says what to do when there is none', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-clasp-home-'));
    writeFileSync(
      join(home, '.clasprc.json'),
      JSON.stringify({
        tokens: {
          default: {
            type: 'authorized_user',
            client_id: 'clasp-own-client.apps.googleusercontent.com',
            client_secret: 'clasp-secret',
            refresh_token: '1//clasp-refresh',
          },
        },
      }),
    );
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'config') };
    const out: string[] = [];
    const err: string[] = [];
    // The browser never comes back: only the link is looked at, and nothing is saved.
    const status = await loginGoogle(
      { env, waitMs: 50 },
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(status).toBe(2);
    const link = new URL(out[0]!.split('\n')[1]!);
    expect(link.searchParams.get('client_id')).toBe('clasp-own-client.apps.googleusercontent.com');
    expect(link.searchParams.get('scope')).toBe(`${READONLY_SCOPE} ${PROCESSES_SCOPE}`);
    expect(existsSync(join(home, 'config'))).toBe(false);

    const bare = mkdtempSync(join(tmpdir(), 'lw-no-clasp-'));
    const none: string[] = [];
    expect(
      await loginGoogle({ env: { HOME: bare } }, { out: (l) => none.push(l), err: (l) => none.push(l) }),
    ).toBe(2);
    expect(none).toEqual([
      `Cần tệp OAuth client: hãy chạy "learning-week google login --client client_secret_….json" (tải từ Google Cloud, loại "Desktop app"); cũng không thấy client nào clasp đã lưu ở ${join(bare, '.clasprc.json')}.`,
    ]);
  });

  it('saves nothing when the browser never comes back, or the client file is not one', async () => {
    const env = { XDG_CONFIG_HOME: join(dir, 'config-timeout') };
    const err: string[] = [];
    const status = await loginGoogle(
      { clientFile: join(dir, 'client.json'), env, waitMs: 50 },
      { out: () => {}, err: (line) => err.push(line) },
    );
    expect(status).toBe(2);
    expect(err[0]).toContain('hãy chạy lại "learning-week google login"');
    expect(existsSync(join(dir, 'config-timeout'))).toBe(false);

    writeFileSync(join(dir, 'not-a-client.json'), '{"hello": 1}');
    const bad: string[] = [];
    expect(
      await loginGoogle(
        { clientFile: join(dir, 'not-a-client.json'), env },
        { out: () => {}, err: (l) => bad.push(l) },
      ),
    ).toBe(2);
    expect(bad[0]).toContain('không phải tệp OAuth client');
  });
});
