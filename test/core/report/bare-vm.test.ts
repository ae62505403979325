import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { AFTER_WEEK, sampleGrids } from './report-fixture';

/**
 * The report model must build where Apps Script runs (the DocumentApp renderer lays it out
 * there): bundle it as the build does (ES2020 IIFE) and build the sample week in a bare vm
 * context; it must give the same model as in Node.
 */
describe('report core in a bare context', () => {
  it('builds the same model with no globals', async () => {
    const out = await build({
      entryPoints: ['src/core/report/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'report',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(|\bTextEncoder\b|\bcrypto\b|\bprocess\./);
    const input = { grids: sampleGrids(), at: AFTER_WEEK };
    const json = runInNewContext(`${code}; JSON.stringify(report.buildReport(JSON.parse(input)))`, {
      input: JSON.stringify(input),
    }) as string;
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(buildReport(input))));
  });
});
