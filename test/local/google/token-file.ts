import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_ACCESS_TOKEN = 'ya29.stand-in-access-token';

/** A config folder holding a token as `google login` stores it; returns the XDG_CONFIG_HOME to use. */
export function configHomeWithToken(mode = 0o600, scope?: string): string {
  const home = mkdtempSync(join(tmpdir(), 'lw-google-config-'));
  mkdirSync(join(home, 'learning-week'));
  const path = join(home, 'learning-week', 'google-token.json');
  writeFileSync(
    path,
    JSON.stringify({ access_token: TEST_ACCESS_TOKEN, token_type: 'Bearer', ...(scope ? { scope } : {}) }),
  );
  chmodSync(path, mode);
  return home;
}
