/**
 * How values cross between the fakes (main thread) and an execution's thread. Data — primitives,
 * Dates, arrays and plain objects holding only data — is copied (structured clone); anything
 * else a fake returns (a Sheet, a Range, a Form, a Blob, a builder's function…) stays here and
 * travels as a handle the worker turns into a Proxy, so every use of it is a call back here.
 */
export type Wire =
  | { readonly t: 'v'; readonly v: unknown }
  | { readonly t: 'm' }
  | { readonly t: 'a'; readonly v: readonly Wire[] }
  | { readonly t: 'o'; readonly v: Readonly<Record<string, Wire>> }
  | { readonly t: 'h'; readonly id: number; readonly m?: readonly string[] }
  | { readonly t: 'f'; readonly id: number };

/** The answer to a property read that names a method: the worker calls it bound, by name. */
export const METHOD_WIRE: Wire = { t: 'm' };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Only data all the way down, so a structured clone carries it whole. */
function isData(v: unknown, depth = 0): boolean {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return true;
  if (typeof v === 'function' || depth > 50) return false;
  if (isDate(v)) return true;
  if (Array.isArray(v)) return v.every((x) => isData(x, depth + 1));
  return isPlainObject(v) && Object.values(v).every((x) => isData(x, depth + 1));
}

const methodsByPrototype = new WeakMap<object, readonly string[]>();

/** Method names of a class instance (own function properties and its prototypes' up to Object). */
function methodsOf(v: object): readonly string[] {
  const names = new Set<string>();
  for (const [key, value] of Object.entries(v)) if (typeof value === 'function') names.add(key);
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto && proto !== Object.prototype) {
    let known = methodsByPrototype.get(proto);
    if (!known) {
      const found = new Set<string>();
      for (
        let p: object | null = proto;
        p && p !== Object.prototype;
        p = Object.getPrototypeOf(p) as object
      ) {
        for (const key of Object.getOwnPropertyNames(p)) {
          const desc = Object.getOwnPropertyDescriptor(p, key);
          if (key !== 'constructor' && desc && typeof desc.value === 'function') found.add(key);
        }
      }
      known = [...found];
      methodsByPrototype.set(proto, known);
    }
    for (const name of known) names.add(name);
  }
  return [...names];
}

/** The main thread's table of handles: one id per object, for the life of a world. */
export class Handles {
  private readonly ids = new WeakMap<object, number>();
  private readonly objects = new Map<number, object>();
  private next = 1;

  idOf(v: object): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(v, id);
      this.objects.set(id, v);
    }
    return id;
  }

  get(id: number): object {
    const v = this.objects.get(id);
    if (!v) throw new Error(`no handle ${id}`);
    return v;
  }

  /** A value going to an execution. */
  out(v: unknown): Wire {
    if (isData(v)) return { t: 'v', v };
    if (typeof v === 'function') return { t: 'f', id: this.idOf(v) };
    const obj = v as object;
    if (Array.isArray(obj)) return { t: 'a', v: obj.map((x) => this.out(x)) };
    if (isPlainObject(obj)) {
      const entries: Record<string, Wire> = {};
      for (const [key, value] of Object.entries(obj)) entries[key] = this.out(value);
      return { t: 'o', v: entries };
    }
    return { t: 'h', id: this.idOf(obj), m: methodsOf(obj) };
  }

  /** A value coming from an execution: handles back to the fakes' own objects. */
  in(w: Wire): unknown {
    switch (w.t) {
      case 'v':
        return w.v;
      case 'a':
        return w.v.map((x) => this.in(x));
      case 'o': {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(w.v)) out[key] = this.in(value);
        return out;
      }
      case 'h':
      case 'f':
        return this.get(w.id);
      case 'm':
        throw new Error('a method marker is never an argument');
    }
  }
}
