import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The OAuth client clasp signed in with, from its stored credentials (~/.clasprc.json: the
 * "default" user of clasp 3, or the older oauth2ClientSettings), so that a developer who ran
 * `clasp login --creds client_secret_….json` need not pass the same file again. Only the client
 * is reused, never clasp's token: that token carries clasp's scopes, not the ones asked here.
 */
export interface ClaspClient {
  readonly client_id: string;
  readonly client_secret?: string;
}

export function claspRcPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['HOME']?.trim() || homedir(), '.clasprc.json');
}

export function claspClient(env: NodeJS.ProcessEnv = process.env): ClaspClient | undefined {
  let json: {
    tokens?: { default?: { client_id?: unknown; client_secret?: unknown } };
    oauth2ClientSettings?: { clientId?: unknown; clientSecret?: unknown };
  };
  try {
    json = JSON.parse(readFileSync(claspRcPath(env), 'utf8')) as typeof json;
  } catch {
    return undefined;
  }
  const stored = json.tokens?.default;
  const id = stored?.client_id ?? json.oauth2ClientSettings?.clientId;
  const secret = stored?.client_secret ?? json.oauth2ClientSettings?.clientSecret;
  if (typeof id !== 'string' || id === '') return undefined;
  return { client_id: id, ...(typeof secret === 'string' && secret !== '' ? { client_secret: secret } : {}) };
}
