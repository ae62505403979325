import type { OAuth2Client } from 'google-auth-library';
import type { StoredToken } from './google-token';

/**
 * The OAuth2Client every Google API client is given: the user's saved token, refreshed by the
 * library when it has a refresh token and the access token expired. Loaded on demand, as the
 * API clients are.
 */
export async function oauthClient(token: StoredToken): Promise<OAuth2Client> {
  const { OAuth2Client } = await import('google-auth-library');
  const auth = new OAuth2Client({
    ...(token.client_id ? { clientId: token.client_id } : {}),
    ...(token.client_secret ? { clientSecret: token.client_secret } : {}),
  });
  auth.setCredentials(token);
  return auth;
}

/**
 * A root URL from the environment, only where the user's token may go: https, or plain http to
 * this very machine (a stand-in, a local proxy). Anything else is ignored rather than sent the
 * token in clear.
 */
export function safeRootUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
