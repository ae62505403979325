import type { GasFakes } from '..';
import { fakeConsole } from '../services';

/**
 * A copy of a whole fake world (spreadsheet, forms, triggers, properties, mail, calendar…), so
 * many schedules can start from one Setup instead of running it again each time. Objects keep
 * their classes; Maps, Sets, Dates and arrays are copied; shared objects stay shared in the
 * copy. Functions are not copied: the few closures the fakes keep are remade here (the console
 * writes to the copy's transcript) or replaced by the side-by-side world (the Recorder's hook,
 * ScriptApp.invoke); the sequential helpers of the original (`execute`, `deliverFormSubmit`)
 * refuse to run on a copy. A closure over something that never changes after Setup (a sheet's
 * zone) may keep pointing at the original: both hold the same value.
 */
export function cloneFakes(original: GasFakes): GasFakes {
  const memo = new Map<object, unknown>();
  const copy = deepCopy(original, memo) as GasFakes & { globals: Record<string, unknown> };
  copy.globals.console = fakeConsole(copy.rec, copy.transcript);
  const refuse = (): never => {
    throw new Error('a copied world runs its executions through the side-by-side scheduler');
  };
  return { ...copy, execute: refuse, deliverFormSubmit: refuse };
}

function deepCopy(value: unknown, memo: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (value instanceof Date) {
    const date = new Date(value.getTime());
    memo.set(value, date);
    return date;
  }
  if (value instanceof Map) {
    const map = new Map();
    memo.set(value, map);
    for (const [k, v] of value) map.set(deepCopy(k, memo), deepCopy(v, memo));
    return map;
  }
  if (value instanceof Set) {
    const set = new Set();
    memo.set(value, set);
    for (const v of value) set.add(deepCopy(v, memo));
    return set;
  }
  const out = Array.isArray(value)
    ? new Array<unknown>(value.length)
    : (Object.create(Object.getPrototypeOf(value) as object | null) as object);
  memo.set(value, out);
  for (const key of Reflect.ownKeys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in desc) desc.value = deepCopy(desc.value, memo);
    Object.defineProperty(out, key, desc);
  }
  return out;
}
