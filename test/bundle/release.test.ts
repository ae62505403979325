import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * release/ holds the two files a principal without Node pastes into the Apps Script editor. They
 * must be exactly what the sources build, or the principal runs something no test has run.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = async <T>(name: string): Promise<T> =>
  (await import(pathToFileURL(join(root, 'scripts', name)).href)) as T;

const REFRESH = 'run `npm run release` and commit release/ with the change';

describe('release/', () => {
  it('holds Code.js and appsscript.json byte for byte as the sources build them', async () => {
    const { releaseFiles } = await script<{ releaseFiles(): Promise<Record<string, Buffer>> }>('release.mjs');
    const built = await releaseFiles();
    expect(Object.keys(built).sort()).toEqual(['Code.js', 'appsscript.json']);
    for (const [name, bytes] of Object.entries(built)) {
      const path = join(root, 'release', name);
      expect(existsSync(path), `release/${name} is missing: ${REFRESH}`).toBe(true);
      const same = readFileSync(path).equals(bytes);
      expect(same, `release/${name} differs from what the sources build: ${REFRESH}`).toBe(true);
    }
  });

  it('can be compared byte for byte: the build gives the same bytes every time', async () => {
    const { gasBundle } = await script<{ gasBundle(): Promise<{ code: string }> }>('build.mjs');
    const first = (await gasBundle()).code;
    const second = (await gasBundle()).code;
    expect(first === second, 'two builds of the same sources differ').toBe(true);
    expect(first).not.toMatch(/\r/);
    expect(first).not.toContain(root);
  });
});
