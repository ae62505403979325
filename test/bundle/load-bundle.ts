import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { createGasFakes, type GasFakeOptions, type GasFakes } from '../gas/fakes';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE_PATH = join(root, 'dist', 'Code.js');

/**
 * Builds dist/Code.js with the project's own build (scripts/build.mjs, Apps Script part only)
 * and returns it exactly as clasp would push it. Test files may build concurrently, so a read
 * that catches a half-written file builds again.
 */
export async function bundleCode(): Promise<string> {
  const buildScript: string = pathToFileURL(join(root, 'scripts', 'build.mjs')).href;
  const build = (await import(buildScript)) as { buildGas: () => Promise<unknown> };
  for (let attempt = 0; ; attempt++) {
    await build.buildGas();
    const code = readFileSync(BUNDLE_PATH, 'utf8');
    if (/^function validatePlan\(e\)/m.test(code) || attempt >= 3) return code;
  }
}

/** 10:00 on 30/09/2021 in the school: the day before the 2021 week. */
export const FIXED_NOW = Date.UTC(2021, 8, 30, 3, 0);

/**
 * The fake clock: inside the vm, `new Date()` and `Date.now()` give FIXED_NOW, so the bundle's
 * output can be compared with a run of the same use cases on the memory tables.
 */
const CLOCK_PRELUDE = `(function (fixed) {
  var RealDate = Date;
  // A function sharing Date.prototype, not a subclass: libraries such as @date-fns/tz read
  // Object.getOwnPropertyNames(Date.prototype), which a subclass's prototype would not have.
  function ClockDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return RealDate();
    return Reflect.construct(RealDate, args.length === 0 ? [fixed] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return fixed; };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})(${FIXED_NOW});`;

export interface LoadedBundle {
  fakes: GasFakes;
  context: vm.Context;
  /** Calls a global function of the bundle as Apps Script would (menu: no argument). */
  call(name: string, ...args: unknown[]): unknown;
  /** `typeof name` inside the sandbox. */
  typeOf(name: string): string;
}

/** A bare node:vm context whose only globals are the Apps Script fakes, with the bundle loaded. */
export function loadBundle(code: string, options: GasFakeOptions = {}): LoadedBundle {
  const fakes = createGasFakes(options);
  const context = vm.createContext({ ...fakes.globals });
  vm.runInContext(CLOCK_PRELUDE, context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  fakes.rec.reset();
  return {
    fakes,
    context,
    call: (name, ...args) => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a global function of the bundle`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    typeOf: (name) => vm.runInContext(`typeof ${name}`, context) as string,
  };
}
