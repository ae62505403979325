// How the project's scripts start other tools: always this Node (process.execPath) with the
// tool's JavaScript entry, never a shell. Through a shell, Windows needs `npx.cmd`, and Node
// joins the arguments unquoted, so a title such as "Tuần lễ HTSĐ" arrives as two words.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The JavaScript file a package's "bin" field names, found from the project as Node would find
 * the package. Read from package.json directly: some packages (clasp) do not export it.
 */
export function binEntry(pkg, bin = pkg.split('/').pop()) {
  const require = createRequire(join(root, 'package.json'));
  for (const modules of require.resolve.paths(pkg) ?? []) {
    const manifest = join(modules, pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const field = JSON.parse(readFileSync(manifest, 'utf8')).bin;
    const entry = typeof field === 'string' ? field : field?.[bin];
    if (!entry) throw new Error(`${pkg} has no "${bin}" in its package.json "bin"`);
    return resolve(dirname(manifest), entry);
  }
  throw new Error(`${pkg} is not installed: run npm install`);
}

/** The tools the scripts run, each as [node, its entry]. Tests pass their own. */
export function projectTools(execPath = process.execPath) {
  return {
    node: execPath,
    clasp: binEntry('@google/clasp', 'clasp'),
    vitest: binEntry('vitest'),
  };
}

/** argv of a Node script of this project: `node scripts/x.mjs …`. */
export function scriptArgv(tools, script, args = []) {
  return [tools.node, join(root, 'scripts', script), ...args];
}

/**
 * argv of an npm command run by the npm that started us (`npm run deploy` sets npm_execpath to
 * its npm-cli.js), so it needs no shell either; undefined when not started by npm.
 */
export function npmArgv(tools, args, env = process.env) {
  const cli = env.npm_execpath;
  return cli && /\.(c|m)?js$/.test(cli) ? [tools.node, cli, ...args] : undefined;
}

/** Runs argv in the project folder without a shell, output to the terminal (or captured). */
export function run(argv, options = {}) {
  const [command, ...args] = argv;
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: options.env ?? process.env,
    shell: false,
  });
  if (result.error) console.error(`Không chạy được ${command}: ${result.error.message}`);
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** True when the module at `url` is the script Node was started with (not imported by a test). */
export function isMain(url) {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
