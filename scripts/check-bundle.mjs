#!/usr/bin/env node
// `node scripts/check-bundle.mjs`: what clasp is about to push (dist/) loads where Apps Script
// loads it — a bare V8 context, no Node, no browser — and declares the functions the menu and
// the triggers call by name; the manifest is the project's. Exits 1 with the problems otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { isMain, root } from './node-tools.mjs';

/** Globals the menu, the form triggers and the time-driven triggers call. */
// Every function a menu item or a trigger calls by its name: Apps Script finds it only as a
// top-level function of the pushed code, and a missing one fails silently each time it fires.
const CALLED_BY_NAME = [
  'onOpen',
  'setup',
  'validatePlan',
  'openDashboard',
  'dashboardData',
  'syncForms',
  'sendInvitations',
  'drainOutbox',
  'continueOutboxDrain',
  'previewCalendarSync',
  'syncCalendar',
  'sendReminders',
  'onPlanEdit',
  'sendDailyProgress',
  'buildReportNow',
  'buildReportOnSchedule',
  'importPlan',
  'exportPlan',
  'makeAnnouncements',
  'makeCommendation',
  'purgePersonalData',
  'onAttendanceSubmit',
  'onTrainingSubmit',
  'onNominationSubmit',
  'onResultSubmit',
  'processResponses',
];

/** The problems of a bundle and its manifest, in Vietnamese; empty when it can be pushed. */
export function bundleProblems(code, manifestText, projectManifestText) {
  const problems = [];
  const context = vm.createContext({});
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } catch (error) {
    return [`dist/Code.js không chạy được trong V8 trống: ${error.message}`];
  }
  for (const name of CALLED_BY_NAME) {
    if (typeof context[name] !== 'function') problems.push(`dist/Code.js thiếu hàm toàn cục ${name}`);
  }
  let manifest;
  try {
    manifest = JSON.parse(manifestText);
  } catch (error) {
    return [...problems, `dist/appsscript.json không phải JSON hợp lệ: ${error.message}`];
  }
  if (manifestText !== projectManifestText) problems.push('dist/appsscript.json khác appsscript.json');
  if (manifest.runtimeVersion !== 'V8') problems.push('appsscript.json: runtimeVersion phải là "V8"');
  if (!Array.isArray(manifest.oauthScopes) || manifest.oauthScopes.length === 0)
    problems.push('appsscript.json: thiếu oauthScopes');
  return problems;
}

function main() {
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const problems = bundleProblems(
    read('dist/Code.js'),
    read('dist/appsscript.json'),
    read('appsscript.json'),
  );
  if (problems.length > 0) {
    console.error(problems.map((p) => `✖ ${p}`).join('\n'));
    process.exit(1);
  }
  console.log('dist/Code.js và dist/appsscript.json: đúng như Apps Script cần.');
}

if (isMain(import.meta.url)) main();
