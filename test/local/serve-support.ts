import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTab } from '../../src/app/forms/response-store';
import type { FormId, FormSpec } from '../../src/core/forms/types';
import { RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { runInit } from '../../src/local/commands/commands';
import { currentFormSpecs } from '../../src/local/forms/current-form-specs';
import { startFormServer, type RunningServer, type StartOptions } from '../../src/local/serve/start-server';
import { WorkbookSession } from '../../src/local/serve/workbook-session';
import { Workbook } from '../../src/local/workbook/workbook';

const clock = { now: () => new Date() };

/** A sample workbook (`init --sample`) in a fresh folder. */
export async function sampleWorkbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'lw-serve-')), 'k.xlsx');
  await runInit(
    { sample: true, blank: false, force: false, out: file },
    { clock, verbose: false, out: () => {} },
  );
  return file;
}

/** The forms of FILE served on a free port of 127.0.0.1. */
export async function serveWorkbook(
  file: string,
  options: Partial<StartOptions> = {},
): Promise<RunningServer & { specs: FormSpec[] }> {
  const session = await WorkbookSession.open(file, clock);
  const server = await startFormServer(session, clock, { port: 0, host: '127.0.0.1', ...options });
  return { ...server, specs: await session.read(currentFormSpecs) };
}

export const specFor = (specs: readonly FormSpec[], id: FormId): FormSpec => specs.find((s) => s.id === id)!;

/** The token of a freshly opened form page, as a browser would get it. */
export async function openForm(url: string, id: FormId): Promise<string> {
  const page = await (await fetch(`${url}forms/${id}`)).text();
  const token = /name="_token" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error(`no token on ${id}'s page`);
  return token;
}

/** Answers that pass: every required question, its first choice or a plain text. */
export function goodAnswers(spec: FormSpec, person = 'Nguyễn Thị Hoa'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const q of spec.questions) {
    if (!q.required) continue;
    if (q.type === 'email') fields[q.key] = 'hoa.nguyen@truong.edu.vn';
    else if (q.choices?.length) fields[q.key] = q.choices[0]!;
    else fields[q.key] = person;
  }
  return fields;
}

export async function post(
  url: string,
  id: FormId,
  fields: Record<string, string>,
): Promise<{ status: number; page: string }> {
  const reply = await fetch(`${url}forms/${id}`, { method: 'POST', body: new URLSearchParams(fields) });
  return { status: reply.status, page: await reply.text() };
}

/** The raw log's rows as the saved file holds them: response id, form. */
export async function rawLog(file: string): Promise<{ id: string; form: string }[]> {
  const workbook = await Workbook.open(file);
  return loadTab(workbook, RAW_RESPONSES_TABLE, workbook.tableNames()).rows.map((r) => ({
    id: String(r.cells['responseId'] ?? ''),
    form: String(r.cells['form'] ?? ''),
  }));
}
