import { illegalForScriptRun } from '../gas/fakes/html-service';
import type { LoadedBundle } from './load-bundle';

/**
 * The page's `google.script.run.<name>()` as Apps Script carries it: a new execution of the
 * global (never one whose name ends in "_", which the page cannot call), its value refused when
 * google.script.run could not pass it, and what the page receives a copy, not the server's object.
 */
export function scriptRun(bundle: LoadedBundle, name: string): unknown {
  if (name.endsWith('_')) throw new Error(`${name} is private: google.script.run cannot call it`);
  const value = bundle.call(name);
  const illegal = illegalForScriptRun(value);
  if (illegal !== undefined) throw new Error(`google.script.run cannot pass ${illegal} of ${name}()`);
  return JSON.parse(JSON.stringify(value)) as unknown;
}
