import { promises as fs } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { ReportModel } from '../../core/report';
import { writeFileAtomic } from '../files/atomic-write';
import { reportDocx } from '../report/write-report';

/** Where `learning-week plan` writes: out/plan/ke-hoach-<year>.docx. */
export const PLAN_DIR = join('out', 'plan');

/**
 * The text of a plan file, one paragraph a line: a .docx through mammoth (its paragraphs,
 * table cells in reading order; list bullets are numbering, not text), a .txt as UTF-8.
 * Undefined for any other kind of file.
 */
export async function readPlanFile(path: string): Promise<string | undefined> {
  const kind = extname(path).toLowerCase();
  if (kind === '.docx') {
    // Loaded here, not at start: only a .docx plan needs it, and it costs a third of a second.
    const { default: mammoth } = await import('mammoth');
    return (await mammoth.extractRawText({ path })).value;
  }
  if (kind === '.txt') return (await fs.readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  return undefined;
}

/** Writes <dir>/<fileName>.docx atomically, laid out by the report's renderer (same page rules). */
export async function writePlanDocx(model: ReportModel, dir = PLAN_DIR): Promise<string> {
  const folder = resolve(dir);
  await fs.mkdir(folder, { recursive: true });
  const path = join(folder, `${model.fileName}.docx`);
  writeFileAtomic(path, await reportDocx(model), { backup: true });
  return path;
}
