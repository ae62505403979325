import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { Certificate } from '../../core/commendation/commendation-work';
import { knownField } from '../../core/commendation/placeholders';

/**
 * A principal's .docx template filled by docxtemplater, which finds a `{{placeholder}}` even
 * when Word has split it over several runs. Placeholders are matched by the core's own rule
 * (`knownField`), the one the template was checked with, so what the check accepts is what gets
 * filled; the checker runs first and nothing is filled while it reports anything.
 */

const DELIMITERS = { start: '{{', end: '}}' };
/** The loop over people and the page break between them, added around the template's body. */
const PAGES = '__pages';
const BREAK = '__break';

interface Scope {
  readonly [key: string]: unknown;
}

const parser = (tag: string) => ({
  get: (scope: Scope): unknown => {
    if (tag === PAGES || tag === BREAK) return scope[tag];
    const field = knownField(tag);
    return field === undefined ? '' : (scope[field] ?? '');
  },
});

const open = (template: Uint8Array) => new PizZip(template);

/** The template's text as docxtemplater reads it (runs joined), for the placeholder check. */
export function templateText(template: Uint8Array): string {
  const doc = new Docxtemplater(open(template), { delimiters: DELIMITERS, paragraphLoop: true, parser });
  return doc.getFullText();
}

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/**
 * The body repeated once per page: a loop around everything before the section properties (which
 * hold the page's size and orientation), and a page break run at the start of every page but the
 * first, so no empty paragraph is added anywhere.
 */
function repeatBody(xml: string): string {
  const bodyStart = xml.indexOf('<w:body>');
  const sect = xml.lastIndexOf('<w:sectPr');
  const bodyEnd = sect > bodyStart ? sect : xml.lastIndexOf('</w:body>');
  if (bodyStart < 0 || bodyEnd < 0) throw new Error('word/document.xml has no body');
  const start = bodyStart + '<w:body>'.length;
  let body = xml.slice(start, bodyEnd);
  const firstP = body.search(/<w:p[ >]/);
  if (firstP >= 0) {
    const pEnd = body.indexOf('>', firstP) + 1;
    const pPr = body.slice(pEnd).match(/^<w:pPr>[\s\S]*?<\/w:pPr>/);
    const at = pEnd + (pPr ? pPr[0].length : 0);
    const brk = `${run(`{{#${BREAK}}}`)}<w:r><w:br w:type="page"/></w:r>${run(`{{/${BREAK}}}`)}`;
    body = body.slice(0, at) + brk + body.slice(at);
  }
  const loopP = (tag: string): string => `<w:p>${run(tag)}</w:p>`;
  return `${xml.slice(0, start)}${loopP(`{{#${PAGES}}}`)}${body}${loopP(`{{/${PAGES}}}`)}${xml.slice(bodyEnd)}`;
}

/** One document, one page per certificate, in the template's own page layout. */
export function fillCertificates(template: Uint8Array, certificates: readonly Certificate[]): Buffer {
  const zip = open(template);
  const path = 'word/document.xml';
  zip.file(path, repeatBody(zip.file(path)!.asText()));
  const doc = new Docxtemplater(zip, {
    delimiters: DELIMITERS,
    paragraphLoop: true,
    linebreaks: true,
    parser,
  });
  doc.render({ [PAGES]: certificates.map((c, i) => ({ ...c.values, [BREAK]: i > 0 })) });
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
