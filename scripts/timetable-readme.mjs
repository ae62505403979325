#!/usr/bin/env node
// `npm run timetable`: writes the week's timetable (src/app/jobs/triggers.ts) into README.md
// between the timetable markers; test/app/jobs/timetable.test.ts fails while the copy differs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  entryPoints: [join(root, 'src', 'app', 'jobs', 'triggers.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
const { triggerTableMarkdown } = await import(url);

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf('<!-- timetable:start');
const end = readme.indexOf('<!-- timetable:end -->');
if (start < 0 || end < start) {
  console.error('README.md has no timetable markers: nothing updated.');
  process.exit(1);
}
const afterMarker = readme.indexOf('\n', start) + 1;
writeFileSync(readmePath, `${readme.slice(0, afterMarker)}${triggerTableMarkdown()}\n${readme.slice(end)}`);
console.log('README.md: the timetable is written from src/app/jobs/triggers.ts.');
