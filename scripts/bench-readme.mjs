#!/usr/bin/env node
// Copies the table that `learning-week bench` just wrote (out/bench.md) into README.md between
// the bench markers, so the README's performance figures are always the command's own output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- bench:start (written by npm run bench; do not edit by hand) -->';
const END = '<!-- bench:end -->';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error('README.md has no bench markers: nothing updated.');
  process.exit(1);
}
const table = readFileSync(join(root, 'out', 'bench.md'), 'utf8').trim();
const stamp = `Máy đo / measured on: ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
writeFileSync(
  readmePath,
  `${readme.slice(0, from + START.length)}\n\n${stamp}\n\n${table}\n\n${readme.slice(to)}`,
);
console.log('README.md: bảng hiệu năng đã được cập nhật từ out/bench.md.');
