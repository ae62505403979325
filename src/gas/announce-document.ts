import { readAnswersByClass } from '../app/forms/answers-by-class';
import { loadFormsContext } from '../app/forms/forms-context';
import { announcementKit, type Poster } from '../core/announce/kit';
import { schoolPosts } from '../core/announce/posts';
import { qrPng } from '../core/announce/qr-png';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import type { GasRuntime } from './runtime';

/** The Doc made last time, reused (cleared and rewritten) so a second click makes no second Doc. */
const DOC_KEY = 'announce:doc';

/** Points of the QR image on the page: about 9 cm, read from across a notice board. */
const QR_POINTS = 260;

/**
 * Menu "Tạo thông báo và mã QR": the announcement kit as one Google Doc the principal prints
 * and copies from — a poster per form with its QR code (a PNG made in the bundle: a Doc takes
 * no SVG), then every class's and staff group's Zalo text, then the school's Facebook posts.
 * The Doc is the principal's own (no sharing): it names no family.
 */
export function announcementsToDoc(runtime: GasRuntime, lang: Language): { title: string; text: string } {
  const title = catalogue(lang).menu.items.makeAnnouncements;
  const context = loadFormsContext(runtime.tables);
  const settings = context.settings;
  if (!settings) return { title, text: catalogue(lang).planDocument.cli.noSettings };
  const t = catalogue(settings.language).announce;
  const kit = announcementKit(context.plan, settings, readAnswersByClass(runtime.tables, context));
  const doc = openOrCreate(runtime, t.doc.title(settings.year, settings.school));
  const body = doc.getBody();
  body.clear();
  for (const poster of kit.posters) appendPoster(body, poster);
  body.appendParagraph(t.doc.zaloHeading).setHeading(DocumentApp.ParagraphHeading.HEADING1);
  const formTitles = catalogue(settings.language).menu.forms;
  for (const text of kit.texts) {
    body
      .appendParagraph(t.doc.textHeading(formTitles[text.form], text.audience.name))
      .setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.appendParagraph(text.zalo);
  }
  const posts = schoolPosts(settings);
  if (posts.length > 0) {
    body.appendParagraph(t.doc.postsHeading).setHeading(DocumentApp.ParagraphHeading.HEADING1);
    for (const post of posts) {
      body.appendParagraph(formTitles[post.form]).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      body.appendParagraph(post.facebook);
    }
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  const made = t.doc.made(url, kit.posters.length, kit.texts.length);
  return { title, text: [made, ...kit.warnings].join('\n') };
}

function openOrCreate(runtime: GasRuntime, name: string): GoogleAppsScript.Document.Document {
  const known = runtime.properties.get(DOC_KEY);
  if (known) {
    try {
      const doc = DocumentApp.openById(known);
      doc.setName(name);
      return doc;
    } catch {
      // deleted or no longer ours: a new one
    }
  }
  const doc = DocumentApp.create(name);
  runtime.properties.set(DOC_KEY, doc.getId());
  return doc;
}

function appendPoster(body: GoogleAppsScript.Document.Body, poster: Poster): void {
  const center = DocumentApp.HorizontalAlignment.CENTER;
  const line = (text: string, size: number, bold = false, italic = false): void => {
    if (text === '') return;
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.FONT_SIZE] = size;
    style[DocumentApp.Attribute.BOLD] = bold;
    style[DocumentApp.Attribute.ITALIC] = italic;
    body.appendParagraph(text).setAlignment(center).setAttributes(style);
  };
  line(poster.school.toLocaleUpperCase('vi'), 13, true);
  line(poster.week, 18, true);
  line(poster.theme, 13, false, true);
  line(poster.ask, 20, true);
  line(poster.scan, 12);
  const image = body.appendImage(
    Utilities.newBlob(signedBytes(qrPng(poster.qr)), 'image/png', `qr-${poster.form}.png`),
  );
  image.setWidth(QR_POINTS).setHeight(QR_POINTS).setAltTitle(poster.ask).setAltDescription(poster.url);
  image.getParent().asParagraph().setAlignment(center);
  line(poster.url, 10);
  line(poster.deadline, 16, true);
  line(poster.slogan, 13, false, true);
  body.appendPageBreak();
}

/** Apps Script's Byte[] is Java's: -128…127. */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}
