import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import {
  createGasFakes,
  DEFAULT_NOW,
  type ExecutionRecord,
  type GasFakeOptions,
  type GasFakes,
} from '../gas/fakes';
import type { ExecutionOptions } from '../gas/fakes/faults';

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
export const FIXED_NOW = DEFAULT_NOW;

/**
 * The fake clock: inside the vm, `new Date()` and `Date.now()` read the fakes' clock (which
 * stands at FIXED_NOW unless a test moves it), so the bundle's output can be compared with a
 * run of the same use cases on the memory tables. The clock is handed in through a temporary
 * global that the prelude removes: the bundle sees only the Apps Script fakes.
 */
const CLOCK_PRELUDE = `(function (clock) {
  var RealDate = Date;
  // A function sharing Date.prototype, not a subclass: date libraries may read
  // Object.getOwnPropertyNames(Date.prototype), which a subclass's prototype would not have.
  function ClockDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return RealDate();
    return Reflect.construct(RealDate, args.length === 0 ? [clock.nowMs] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return clock.nowMs; };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})(globalThis.__fakeClock);
delete globalThis.__fakeClock;`;

export interface LoadedBundle {
  fakes: GasFakes;
  context: vm.Context;
  /** Calls a global function of the bundle as one execution (menu: no argument); rethrows. */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs a global as one execution, like a trigger: never throws, returns how it ended. */
  run(name: string, event?: unknown, options?: ExecutionOptions): ExecutionRecord;
  /** `typeof name` inside the sandbox. */
  typeOf(name: string): string;
}

/**
 * A bare node:vm context whose only globals are the Apps Script fakes, with the bundle loaded.
 * `realm.prelude`: script run in the context before the bundle, e.g. to give it another engine's
 * Intl (see intl-variants.ts).
 */
export function loadBundle(
  code: string,
  options: GasFakeOptions = {},
  realm: { prelude?: string } = {},
): LoadedBundle {
  const fakes = createGasFakes(options);
  const context = vm.createContext({ ...fakes.globals, __fakeClock: fakes.clock });
  vm.runInContext(CLOCK_PRELUDE, context);
  if (realm.prelude) vm.runInContext(realm.prelude, context, { filename: 'prelude.js' });
  vm.runInContext(code, context, { filename: 'Code.js' });
  fakes.rec.reset();
  const RealmError = vm.runInContext('Error', context) as ErrorConstructor;
  fakes.faults.errors.make = (message) => new RealmError(message);
  const globalFunction = (name: string): ((...a: unknown[]) => unknown) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a global function of the bundle`);
    return fn as (...a: unknown[]) => unknown;
  };
  const run = (name: string, event?: unknown, execution: ExecutionOptions = {}): ExecutionRecord => {
    const fn = globalFunction(name);
    return fakes.execute(name, () => (event === undefined ? fn() : fn(event)), execution).record;
  };
  fakes.scriptApp.invoke = (handler, event) => void run(handler, event);
  return {
    fakes,
    context,
    call: (name, ...args) => {
      const fn = globalFunction(name);
      const { record, value } = fakes.execute(name, () => fn(...args));
      if (!record.ok) throw record.error;
      return value;
    },
    run,
    typeOf: (name) => vm.runInContext(`typeof ${name}`, context) as string,
  };
}
