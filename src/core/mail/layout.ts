import { html } from './escape';
import type { Language } from '../plan';

/** The HTML shell shared by every mail: inline styles only (mail clients drop <style>). */
export function htmlDocument(language: Language, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><title>' + html(title) + '</title></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    body,
    '</body>',
    '</html>',
  ].join('\n');
}

export const TABLE_STYLE = 'border-collapse:collapse;margin:8px 0';
export const CELL_STYLE = 'border:1px solid #c0c0c0;padding:4px 8px;vertical-align:top;text-align:left';
