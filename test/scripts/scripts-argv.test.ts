import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The scripts a principal runs (`npm run create`, `npm run deploy`, `npm test`) start every tool
 * as `node <its JavaScript entry>` with an argv array, never through a shell: on Windows a shell
 * splits a title with spaces into words and cannot find `npx` without `.cmd`.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Tools {
  node: string;
  clasp: string;
  vitest: string;
}
interface Step {
  title: string;
  argv: string[];
}
interface NodeTools {
  projectTools(): Tools;
  run(argv: string[], options?: { capture?: boolean }): { status: number; stdout: string };
}
interface Deploy {
  deploySteps(
    tools: Tools,
    options: { configName: string; full?: boolean; env?: Record<string, string> },
  ): Step[];
}
interface Create {
  TITLE: string;
  claspCreateArgv(tools: Tools, title?: string): string[];
}
interface TestRunner {
  testRuns(tools: Tools, extra?: string[]): { TZ: string; argv: string[] }[];
}

/** The scripts are plain .mjs files: imported by URL, as the bundle tests import build.mjs. */
const script = async <T>(name: string): Promise<T> =>
  (await import(pathToFileURL(join(root, 'scripts', name)).href)) as T;

const TITLE = 'Tuần lễ HTSĐ 2024 – Trường Mầm non "Hoa Hồng" 2 & lớp Chồi';
const tools: Tools = {
  node: '/opt/node/bin/node',
  clasp: '/p/clasp/index.js',
  vitest: '/p/vitest/vitest.mjs',
};

let nodeTools: NodeTools;
let deploy: Deploy;
let create: Create;
let testRunner: TestRunner;
beforeAll(async () => {
  // Importing must not run a script: each runs only when started by node itself.
  nodeTools = await script<NodeTools>('node-tools.mjs');
  deploy = await script<Deploy>('deploy.mjs');
  create = await script<Create>('clasp-create.mjs');
  testRunner = await script<TestRunner>('test.mjs');
});

describe('npm run create', () => {
  it('hands clasp the title as one argument, spaces, quotes and Vietnamese included', () => {
    expect(create.claspCreateArgv(tools, TITLE)).toEqual([
      '/opt/node/bin/node',
      '/p/clasp/index.js',
      'create',
      '--type',
      'sheets',
      '--title',
      TITLE,
      '--rootDir',
      'dist',
    ]);
  });

  it('names the Sheet "Tuần lễ HTSĐ" (NFC) by default', () => {
    expect(create.TITLE).toBe('Tuần lễ HTSĐ'.normalize('NFC'));
    expect(create.claspCreateArgv(tools)).toContain('Tuần lễ HTSĐ');
  });
});

describe('npm run deploy', () => {
  it('for a principal: builds, checks the bundle, pushes — no lint, no test suite', () => {
    const steps = deploy.deploySteps(tools, { configName: '.clasp.json', env: {} });
    expect(steps.map((s) => s.argv)).toEqual([
      ['/opt/node/bin/node', join(root, 'scripts', 'build.mjs')],
      ['/opt/node/bin/node', join(root, 'scripts', 'check-bundle.mjs')],
      ['/opt/node/bin/node', '/p/clasp/index.js', '--project', '.clasp.json', 'push', '--force'],
    ]);
  });

  it('with --full: lint, typecheck and the tests first, through the npm that started it', () => {
    const env = { npm_execpath: 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js' };
    const steps = deploy.deploySteps(tools, { configName: '.clasp-prod.json', full: true, env });
    const npm = ['/opt/node/bin/node', env.npm_execpath];
    expect(steps.map((s) => s.argv)).toEqual([
      [...npm, 'run', 'lint'],
      [...npm, 'run', 'typecheck'],
      [...npm, 'test'],
      ['/opt/node/bin/node', join(root, 'scripts', 'build.mjs')],
      ['/opt/node/bin/node', join(root, 'scripts', 'check-bundle.mjs')],
      ['/opt/node/bin/node', '/p/clasp/index.js', '--project', '.clasp-prod.json', 'push', '--force'],
    ]);
  });

  it('with --full outside npm, says how to run it instead of guessing a shell', () => {
    expect(() => deploy.deploySteps(tools, { configName: '.clasp.json', full: true, env: {} })).toThrow(
      'npm run deploy -- --full',
    );
  });
});

describe('npm test', () => {
  it('runs vitest as node vitest.mjs, in the school’s zone, then under UTC', () => {
    expect(testRunner.testRuns(tools, ['--reporter', 'dot'])).toEqual([
      {
        TZ: 'Asia/Ho_Chi_Minh',
        argv: ['/opt/node/bin/node', '/p/vitest/vitest.mjs', 'run', '--reporter', 'dot'],
      },
      {
        TZ: 'UTC',
        argv: [
          '/opt/node/bin/node',
          '/p/vitest/vitest.mjs',
          'run',
          'test/core',
          'test/bundle',
          'test/gas',
          '--reporter',
          'dot',
        ],
      },
    ]);
  });
});

describe('the tools themselves', () => {
  it('are this Node and the JavaScript entries of clasp and vitest, not shims', () => {
    const real = nodeTools.projectTools();
    expect(real.node).toBe(process.execPath);
    for (const entry of [real.clasp, real.vitest]) {
      expect(entry).toMatch(/[\\/]node_modules[\\/].+\.(c|m)?js$/);
      expect(existsSync(entry), entry).toBe(true);
    }
  });

  describe('run', () => {
    let dir = '';
    beforeAll(() => {
      // A stand-in for clasp in a folder with spaces and Vietnamese, printing what it received.
      dir = mkdtempSync(join(tmpdir(), 'công cụ giả '));
      writeFileSync(join(dir, 'clasp.mjs'), 'console.log(JSON.stringify(process.argv.slice(2)));\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('delivers every argument exactly as built, with no shell in between', () => {
      const argv = create.claspCreateArgv(
        { ...tools, node: process.execPath, clasp: join(dir, 'clasp.mjs') },
        TITLE,
      );
      const result = nodeTools.run(argv, { capture: true });
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(argv.slice(2));
    });
  });
});
