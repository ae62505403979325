#!/usr/bin/env node
// Runs the suite in the school's zone, then the zone-sensitive parts again under UTC: the core
// and the bundle must not depend on the machine's time zone (DESIGN.md section 3).
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const runs = [
  { TZ: 'Asia/Ho_Chi_Minh', args: [] },
  { TZ: 'UTC', args: ['test/core', 'test/bundle', 'test/gas'] },
];
for (const run of runs) {
  console.log(`\n— vitest with TZ=${run.TZ} ${run.args.join(' ')}`);
  const result = spawnSync('npx', ['vitest', 'run', ...run.args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: run.TZ },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
