import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/**
 * The forms core must run where Apps Script runs: no crypto, TextEncoder, URL or Node. Bundle
 * it as the build does (ES2020 IIFE) and drive it in a bare vm context.
 */
describe('forms core in a bare context', () => {
  it('hashes, cleans, parses CSV and allocates seats with no globals', async () => {
    const out = await build({
      entryPoints: ['src/core/forms/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'forms',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(|\bTextEncoder\b|\bcrypto\b/);
    const result = runInNewContext(
      `${code};
      const specs = forms.buildFormSpecs({ people: [], families: [], activities: [], outreach: [] });
      const csv = forms.parseFormsCsv('Timestamp,Email Address,Họ và tên\\r\\n10/5/2021 8:03:12,A@B.vn,=1+1\\r\\n', specs[0], { dateOrder: 'mdy' });
      const r = forms.normaliseResponse('attendance', csv.responses[0], { specs, activities: [] });
      const seats = forms.allocateSeats([{ id: 'S', capacity: 1 }], [
        { person: 'a', responseId: '1', timestamp: r.submittedAt, sessionIds: ['S'] },
        { person: 'b', responseId: '2', timestamp: r.submittedAt, sessionIds: ['S'] },
      ]);
      JSON.stringify({ id: r.responseId, email: r.email, name: r.answers.name, wait: seats.sessions[0].waitlist });`,
      {},
    ) as string;
    expect(JSON.parse(result)).toEqual({
      id: expect.stringMatching(/^R[0-9a-f]{16}$/),
      email: 'a@b.vn',
      name: "'=1+1",
      wait: ['b'],
    });
  });
});
