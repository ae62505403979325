import type { ReportModel } from '../../src/core/report';

/**
 * A document model as a word processor's plain text gives it back (mammoth's raw text, a Doc's
 * paragraphs): one paragraph a line, table cells in reading order, list glyphs left out.
 */
export function modelText(model: ReportModel): string {
  const lines: string[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'letterhead':
        lines.push(...b.left.map((l) => l.text), ...b.right.map((l) => l.text));
        break;
      case 'heading':
        lines.push(b.number ? `${b.number} ${b.text}` : b.text);
        break;
      case 'paragraph':
        lines.push(b.runs.map((r) => r.text).join(''));
        break;
      case 'bullets':
        lines.push(...b.items.map((runs) => runs.map((r) => r.text).join('')));
        break;
      case 'table':
        lines.push(...b.header, ...b.rows.flatMap((r) => r.map((c) => c.text)));
        break;
      case 'chart':
        lines.push(b.caption);
        break;
      case 'signature':
        lines.push(b.recipientsTitle, ...b.recipients, b.signerTitle, '', '', '', '', b.signerName);
        break;
    }
  }
  return lines.join('\n');
}
