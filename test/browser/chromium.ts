import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (`.ci/run` installs it; `CHROMIUM_PATH` names another). Without it the
 * browser tests are skipped on a developer's machine, but never where LEARNING_WEEK_BROWSER=1
 * says the browser must be there (CI): there a missing Chromium fails the suite.
 */
export const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);

export const BROWSER_REQUIRED = process.env['LEARNING_WEEK_BROWSER'] === '1';

/** Headless, as root in a sandbox, with none of the background traffic a closed network refuses. */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM)
    throw new Error('Chromium not found: install Debian’s chromium package or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
