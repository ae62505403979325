#!/usr/bin/env node
// Runs the suite in the school's zone, then the zone-sensitive parts again under UTC: the core
// and the bundle must not depend on the machine's time zone. vitest is started as
// `node vitest.mjs`, never through npx or a shell, so the same command works on Windows.
import { isMain, projectTools, run } from './node-tools.mjs';

/** The two vitest runs: their TZ and argv (extra: what `npm test -- …` passed on). */
export function testRuns(tools, extra = []) {
  return [
    { TZ: 'Asia/Ho_Chi_Minh', argv: [tools.node, tools.vitest, 'run', ...extra] },
    {
      TZ: 'UTC',
      argv: [tools.node, tools.vitest, 'run', 'test/core', 'test/bundle', 'test/gas', ...extra],
    },
  ];
}

function main() {
  for (const step of testRuns(projectTools(), process.argv.slice(2))) {
    console.log(`\n— vitest with TZ=${step.TZ} ${step.argv.slice(3).join(' ')}`);
    const env = { ...process.env, TZ: step.TZ };
    // The first run plays the concurrency property's 200 schedules; the UTC run checks the
    // same bundle's dates on fewer of them, so the suite stays within its time.
    if (step.TZ === 'UTC' && env.CONCURRENCY_RUNS === undefined) env.CONCURRENCY_RUNS = '50';
    const result = run(step.argv, { env });
    if (result.status !== 0) process.exit(result.status);
  }
}

if (isMain(import.meta.url)) main();
