import { existsSync, readFileSync } from 'node:fs';
import type { PropertiesPort } from '../../ports';
import { writeFileAtomic } from './atomic-write';

/** Where a workbook's script properties live: a JSON file beside it. */
export const propertiesPathOf = (workbookFile: string): string => `${workbookFile}.properties.json`;

/**
 * Script properties as a JSON object of strings in a file beside the workbook (Apps Script
 * keeps them with the script; locally the workbook is the script's home). Every change is
 * written at once, atomically.
 */
export class JsonProperties implements PropertiesPort {
  private readonly values: Record<string, string>;

  constructor(private readonly file: string) {
    this.values = existsSync(file) ? parse(readFileSync(file, 'utf8'), file) : {};
  }

  get(key: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : undefined;
  }

  set(key: string, value: string): void {
    this.values[key] = value;
    this.flush();
  }

  delete(key: string): void {
    if (!(key in this.values)) return;
    delete this.values[key];
    this.flush();
  }

  private flush(): void {
    writeFileAtomic(this.file, `${JSON.stringify(this.values, null, 2)}\n`);
  }
}

function parse(text: string, file: string): Record<string, string> {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: expected a JSON object of strings`);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) if (typeof value === 'string') out[key] = value;
  return out;
}
