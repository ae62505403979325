import { foldKey } from '../text';

/**
 * A placeholder mail domain for a school's own addresses, under the reserved top-level domain
 * ".example" (RFC 2606), so a default plan can never mail a real person:
 * "Trường Mầm non 20/10" → "mn2010.example", "Trường Mầm non Hoa Hồng 2" → "mnhoahong2.example".
 */
export function mailDomainOf(school: string): string {
  const slug = foldKey(school)
    .replace(/^truong /, '')
    .replace(/^mam non\b/, 'mn')
    .replace(/^tieu hoc\b/, 'th')
    .replace(/^trung hoc co so\b/, 'thcs')
    .replace(/^trung hoc pho thong\b/, 'thpt')
    .replace(/ /g, '');
  return `${slug || 'truong'}.example`;
}
