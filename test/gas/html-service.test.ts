import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createGasFakes } from './fakes';
import { illegalForScriptRun } from './fakes/html-service';

/** The HtmlService fake and google.script.run's rule for what crosses to the page. */
describe('what google.script.run can pass', () => {
  it('takes primitives, arrays and plain objects, also from the bundle’s realm', () => {
    expect(illegalForScriptRun({ a: [1, 'b', null, true, { c: [] }] })).toBeUndefined();
    expect(illegalForScriptRun(vm.runInNewContext('({ a: [1, { b: "c" }] })'))).toBeUndefined();
  });

  it('refuses a Date, a class instance, a function, undefined and NaN, naming where', () => {
    expect(illegalForScriptRun({ at: new Date() })).toBe('value.at');
    expect(illegalForScriptRun(vm.runInNewContext('({ list: [new Date()] })'))).toBe('value.list[0]');
    expect(illegalForScriptRun({ m: new Map() })).toBe('value.m');
    expect(illegalForScriptRun([() => 1])).toBe('value[0]');
    expect(illegalForScriptRun({ gone: undefined })).toBe('value.gone');
    expect(illegalForScriptRun({ n: Number.NaN })).toBe('value.n');
  });
});

describe('a sidebar', () => {
  it('shows an HtmlOutput with its title and markup, and nothing else', () => {
    const fakes = createGasFakes();
    const output = fakes.globals.HtmlService.createHtmlOutput('<p>x</p>').setTitle('Bảng điều khiển');
    fakes.ui!.showSidebar(output);
    expect(fakes.ui!.sidebars.map((s) => [s.getTitle(), s.getContent()])).toEqual([
      ['Bảng điều khiển', '<p>x</p>'],
    ]);
    expect(() => fakes.ui!.showSidebar('<p>x</p>')).toThrow(/HtmlOutput/);
  });
});
