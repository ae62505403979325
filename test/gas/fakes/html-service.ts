import type { Faked } from './faked';
import type { Recorder } from './recorder';

import Html = GoogleAppsScript.HTML;

/**
 * HtmlService as a sidebar uses it, after developers.google.com/apps-script/reference/html/
 * html-service#createHtmlOutput(String) and html-output#setTitle(String): the output keeps the
 * markup as given and its title, and only an HtmlOutput can be shown (Ui.showSidebar).
 */
export class FakeHtmlOutput implements Faked<
  Html.HtmlOutput,
  'setTitle' | 'getTitle' | 'getContent',
  [Html.HtmlOutput, FakeHtmlOutput]
> {
  private title = '';

  constructor(
    private readonly rec: Recorder,
    private readonly content: string,
  ) {}

  setTitle(title: string): FakeHtmlOutput {
    this.rec.hit('HtmlOutput.setTitle');
    // Apps Script refuses a missing title with "Invalid argument: title".
    if (typeof title !== 'string') throw new Error('Invalid argument: title');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.rec.hit('HtmlOutput.getTitle');
    return this.title;
  }

  getContent(): string {
    this.rec.hit('HtmlOutput.getContent');
    return this.content;
  }
}

export class FakeHtmlService implements Faked<
  Html.HtmlService,
  'createHtmlOutput',
  [Html.HtmlOutput, FakeHtmlOutput]
> {
  constructor(private readonly rec: Recorder) {}

  createHtmlOutput(html?: string | Html.HtmlTemplate | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    this.rec.hit('HtmlService.createHtmlOutput');
    if (html !== undefined && typeof html !== 'string')
      throw new Error('the fake HtmlService takes markup as a string only');
    return new FakeHtmlOutput(this.rec, html ?? '');
  }
}

/**
 * What google.script.run lets cross between the server and the page (developers.google.com/
 * apps-script/guides/html/reference/run, "Legal parameters and return values are JavaScript
 * primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays
 * that are composed of primitives, objects and arrays … If you attempt to pass a Date, Function,
 * DOM element besides a form, or other prohibited type, including prohibited types inside
 * objects or arrays, requests fail"): the first illegal value's path, or undefined when all is legal.
 * `undefined` inside an object is refused too, which is stricter than the page sees it (the key
 * would be dropped) and keeps the model from relying on it.
 */
export function illegalForScriptRun(value: unknown, path = 'value'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = illegalForScriptRun(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== null) {
    // An object of another realm (the bundle's vm) has that realm's Object.prototype.
    const proto = Object.getPrototypeOf(value) as object;
    if (Object.getPrototypeOf(proto) !== null || proto.constructor.name !== 'Object') return path;
    for (const [key, inner] of Object.entries(value)) {
      const bad = illegalForScriptRun(inner, `${path}.${key}`);
      if (bad) return bad;
    }
    return undefined;
  }
  return path;
}
