#!/usr/bin/env node
// `npm run release`: refreshes release/Code.js and release/appsscript.json, the two files a
// principal without Node pastes into the Apps Script editor (README). They are the build's own
// bytes; a test fails while they differ from what the sources build, so commit them with the
// change that made them differ.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gasBundle } from './build.mjs';
import { isMain, root } from './node-tools.mjs';

export const RELEASE_DIR = join(root, 'release');

/** The release files and their bytes, as the current sources build them. */
export async function releaseFiles() {
  const { code } = await gasBundle();
  return {
    'Code.js': Buffer.from(code, 'utf8'),
    'appsscript.json': readFileSync(join(root, 'appsscript.json')),
  };
}

async function main() {
  mkdirSync(RELEASE_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await releaseFiles())) {
    writeFileSync(join(RELEASE_DIR, name), bytes);
    console.log(`release/${name}: ${(bytes.length / 1024).toFixed(1)} KiB`);
  }
  console.log('Nhớ commit thư mục release/ cùng thay đổi mã nguồn.');
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(`Release failed: ${error.message}`);
    process.exit(1);
  });
}
