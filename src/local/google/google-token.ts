import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What `google login` stores: the OAuth client it used and the tokens Google gave it. */
export interface StoredToken {
  readonly client_id?: string;
  readonly client_secret?: string;
  readonly access_token?: string;
  readonly refresh_token?: string;
  readonly expiry_date?: number;
  readonly token_type?: string;
  readonly scope?: string;
}

export type TokenRead =
  | { readonly kind: 'token'; readonly token: StoredToken; readonly path: string }
  | { readonly kind: 'missing' | 'too-open' | 'unreadable'; readonly path: string };

/**
 * Where the token lives: $XDG_CONFIG_HOME/learning-week/google-token.json, else
 * ~/.config/learning-week/google-token.json (the XDG default, also on macOS, as clasp does).
 */
export function tokenPath(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env['XDG_CONFIG_HOME']?.trim() || join(homedir(), '.config');
  return join(configHome, 'learning-week', 'google-token.json');
}

/**
 * Reads the token. A file others can read is refused, not used: it opens the school's sheets
 * to anyone with an account on the machine, so the user is told to make it private (0600).
 * Windows has no such mode bits, so the check is skipped there.
 */
export function readToken(env: NodeJS.ProcessEnv = process.env): TokenRead {
  const path = tokenPath(env);
  let text: string;
  try {
    const stats = statSync(path);
    if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) return { kind: 'too-open', path };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: code === 'ENOENT' ? 'missing' : 'unreadable', path };
  }
  try {
    const token = JSON.parse(text) as StoredToken;
    if (typeof token !== 'object' || token === null) return { kind: 'unreadable', path };
    if (typeof token.access_token !== 'string' && typeof token.refresh_token !== 'string')
      return { kind: 'unreadable', path };
    return { kind: 'token', token, path };
  } catch {
    return { kind: 'unreadable', path };
  }
}
