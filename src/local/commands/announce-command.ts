import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readAnswersByClass } from '../../app/forms/answers-by-class';
import { loadFormsContext } from '../../app/forms/forms-context';
import { announcementKit, type Poster } from '../../core/announce/kit';
import { qrSvg } from '../../core/announce/qr-code';
import { schoolPosts } from '../../core/announce/posts';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { writeFileAtomic } from '../files/atomic-write';
import { openForUpdate } from '../workbook/workbook-file';
import type { RunContext } from './commands';
import { checkOutputFolder } from './output-folder';

/** Where `learning-week announce` writes: out/announce/<form>/. */
export const ANNOUNCE_DIR = join('out', 'announce');

/** Pixels to a QR module in the PNG: a code of a form link is about 500 px, sharp on A5 paper. */
const PNG_MODULE = 12;

export interface WrittenKit {
  readonly dir: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
  /** The plan's language: the kit's and its messages'. */
  readonly language: Language;
}

/**
 * announce: the plan and the answers so far read (under the workbook's lock, nothing written to
 * it), then per form a folder with one Zalo text per class and staff group (zalo-<audience>.txt), the
 * school's Facebook post (facebook.txt) and website fragment (website.html), the form's QR code as
 * qr.svg and qr.png, and an A4 poster with it (poster.docx). Undefined when Settings cannot be read.
 */
export async function runAnnounce(
  file: string,
  outDir: string | undefined,
  ctx: RunContext,
): Promise<WrittenKit | undefined> {
  const dir = resolve(outDir ?? ANNOUNCE_DIR);
  checkOutputFolder(dir);
  const { workbook, release } = await openForUpdate(file, 'read');
  let context;
  let answers;
  try {
    context = loadFormsContext(workbook);
    answers = readAnswersByClass(workbook, context);
  } finally {
    release();
  }
  const settings = context.settings;
  if (!settings) return undefined;
  const kit = announcementKit(context.plan, settings, answers);
  const files: string[] = [];
  const write = (path: string, bytes: string | Uint8Array): void => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileAtomic(path, bytes);
    files.push(path);
  };
  for (const text of kit.texts)
    write(join(dir, text.form, `zalo-${text.audience.slug}.txt`), `${text.zalo}\n`);
  for (const post of schoolPosts(settings)) {
    write(join(dir, post.form, 'facebook.txt'), `${post.facebook}\n`);
    write(join(dir, post.form, 'website.html'), `${post.website}\n`);
  }
  if (kit.posters.length > 0) await writePosters(kit.posters, dir, write);
  if (ctx.verbose) for (const path of files) ctx.out(path);
  return { dir, files, warnings: kit.warnings, language: settings.language };
}

/** Each poster's QR code as qr.svg and qr.png, and the poster as poster.docx, in its form's folder. */
async function writePosters(
  posters: readonly Poster[],
  dir: string,
  write: (path: string, bytes: string | Uint8Array) => void,
): Promise<void> {
  // Loaded here: the rasteriser and the .docx writer cost half a second at start.
  const [{ Resvg }, { posterDocx }] = await Promise.all([
    import('@resvg/resvg-js'),
    import('../announce/poster-docx'),
  ]);
  for (const poster of posters) {
    const svg = qrSvg(poster.qr, PNG_MODULE);
    const png = new Resvg(svg).render().asPng();
    write(join(dir, poster.form, 'qr.svg'), svg);
    write(join(dir, poster.form, 'qr.png'), png);
    write(join(dir, poster.form, 'poster.docx'), await posterDocx(poster, png));
  }
}

/** The lines `announce` prints: what to know first, then how many files went where. */
export function announceLines(kit: WrittenKit): string[] {
  return [...kit.warnings, catalogue(kit.language).announce.written(kit.files.length, kit.dir)];
}
