#!/usr/bin/env node
// Builds what runs where:
//   dist/Code.js + dist/appsscript.json  — the Apps Script project clasp pushes (rootDir: dist)
//   build/cli.js                         — the local runtime's CLI (bin: learning-week)
// Apps Script only sees top-level function declarations, so the footer declares one per export
// of src/gas/main.ts, derived from esbuild's metafile rather than typed by hand.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './node-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const say = (line) => {
  if (!quiet) console.log(line);
};

const GLOBAL = '__app';
const GAS_ENTRY = 'src/gas/main.ts';

/** The export names of the entry, read from an ESM build's metafile (iife metafiles list none). */
async function entryExports() {
  const probe = await build({
    absWorkingDir: root,
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    write: false,
    outfile: 'dist/probe.js',
    logLevel: 'error',
  });
  return [...Object.values(probe.metafile.outputs)[0].exports].sort();
}

/**
 * dist/Code.js's text, built in memory. The same sources give the same bytes on every machine
 * (release/Code.js is compared with it byte for byte), so nothing here may depend on the clock,
 * the machine's paths or its line endings.
 */
export async function gasBundle() {
  const exportsList = await entryExports();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outfile: 'dist/Code.js',
    logLevel: 'error',
  });
  if (exportsList.length === 0) throw new Error(`${GAS_ENTRY} exports nothing`);
  const footer = exportsList.map((name) => `function ${name}(e) { return ${GLOBAL}.${name}(e); }`).join('\n');
  const code = `${result.outputFiles[0].text}\n${footer}\n`;
  const forbidden = [/^\s*import\s/m, /^\s*export\s/m, /\brequire\(/];
  for (const pattern of forbidden) {
    if (pattern.test(code)) throw new Error(`dist/Code.js contains ${pattern}: Apps Script cannot run it`);
  }
  return { code, exports: exportsList };
}

export async function buildGas() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const { code, exports: exportsList } = await gasBundle();
  writeFileSync(join(root, 'dist/Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));
  return { exports: exportsList, bytes: Buffer.byteLength(code) };
}

export async function buildCli() {
  mkdirSync(join(root, 'build'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/local/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    // The report's renderers (docx, vega, resvg) become chunks of their own, loaded by the
    // commands that draw a report: each library costs 0.2–0.5 s to load, and `respond --csv`
    // or `drain` should not wait for them.
    splitting: true,
    outdir: 'build',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  });
  return { bytes: statSync(join(root, 'build/cli.js')).size };
}

async function main() {
  if (!existsSync(join(root, GAS_ENTRY))) throw new Error(`${GAS_ENTRY} is missing`);
  const gas = await buildGas();
  say(`dist/Code.js: ${(gas.bytes / 1024).toFixed(1)} KiB, global functions: ${gas.exports.join(', ')}`);
  const cli = await buildCli();
  say(`build/cli.js: ${(cli.bytes / 1024).toFixed(1)} KiB`);
  // Sanity: the manifest must be valid JSON before clasp sees it.
  JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(`Build failed: ${error.message}`);
    process.exit(1);
  });
}
