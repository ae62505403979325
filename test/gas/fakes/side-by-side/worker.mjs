// One Apps Script execution at a time, in its own thread, against fakes that live in the main
// thread. Plain JavaScript: a worker thread is started by Node itself, outside vitest's
// TypeScript transform. The protocol is described in channel.ts (the main side).
//
// Every service object the bundle sees is a Proxy: a property read or a method call posts a
// request to the main thread and blocks (Atomics.wait) until the answer comes, so the bundle's
// synchronous code stops exactly at each service call, as the scheduler needs.
/* global structuredClone */
import process from 'node:process';
import vm from 'node:vm';
import { receiveMessageOnPort, workerData } from 'node:worker_threads';

const { port, code } = workerData;
/** [0]: messages posted to this worker, [1]: messages posted to the main thread. */
const bell = new Int32Array(workerData.bell);
/** The simulated clock, in ms since the epoch, written by the scheduler before each resume. */
const clock = new Float64Array(workerData.clock);

// Compiled once per thread; run fresh in a new context for every execution, as Apps Script
// loads the script anew for each one.
const script = new vm.Script(code, { filename: 'Code.js' });

function post(message) {
  port.postMessage(message);
  Atomics.add(bell, 1, 1);
  Atomics.notify(bell, 1);
}

function receive() {
  for (;;) {
    const seen = Atomics.load(bell, 0);
    const got = receiveMessageOnPort(port);
    if (got) return got.message;
    Atomics.wait(bell, 0, seen);
  }
}

// `new Date()` and `Date.now()` read the shared simulated clock; the same shape as the
// sequential loader's prelude (a function sharing Date.prototype, not a subclass).
const CLOCK_PRELUDE = `(function (clock) {
  var RealDate = Date;
  function ClockDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return RealDate();
    return Reflect.construct(RealDate, args.length === 0 ? [clock[0]] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return clock[0]; };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})(globalThis.__simClock);
delete globalThis.__simClock;`;

function runExecution(start) {
  const context = vm.createContext({ __simClock: clock });
  vm.runInContext(CLOCK_PRELUDE, context);
  const RealmError = vm.runInContext('Error', context);
  /** The answer to a property read that names a method: call it through 'call', bound. */
  const METHOD = Symbol('method');
  const proxies = new Map();
  const idOfProxy = new WeakMap();

  const call = (request) => {
    post(request);
    const answer = receive();
    if (answer.kind === 'kill') process.exit(0); // uncatchable: no code of the script runs after
    if (answer.error) {
      const error = new RealmError(answer.error.message);
      error.name = answer.error.name;
      throw error;
    }
    return fromMain(answer.value);
  };

  const method = (id, prop) =>
    function (...args) {
      return call({ kind: 'call', id, prop, args: args.map(toMain) });
    };

  function proxyOf(wire) {
    const known = proxies.get(wire.id);
    if (known) return known;
    const methods = new Map();
    const methodOf = (prop) => {
      let fn = methods.get(prop);
      if (!fn) methods.set(prop, (fn = method(wire.id, prop)));
      return fn;
    };
    for (const name of wire.m ?? []) methodOf(name);
    const target = wire.t === 'f' ? () => undefined : {};
    const proxy = new Proxy(target, {
      get(_, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (methods.has(prop)) return methods.get(prop);
        if (prop === 'then' || prop === 'toJSON') return undefined;
        const value = call({ kind: 'get', id: wire.id, prop });
        return value === METHOD ? methodOf(prop) : value;
      },
      set(_, prop, value) {
        if (typeof prop === 'symbol') return false;
        call({ kind: 'set', id: wire.id, prop, value: toMain(value) });
        return true;
      },
      has(_, prop) {
        if (typeof prop === 'symbol') return false;
        return methods.has(prop) || call({ kind: 'has', id: wire.id, prop });
      },
      apply(_, __, args) {
        return call({ kind: 'apply', id: wire.id, args: args.map(toMain) });
      },
    });
    proxies.set(wire.id, proxy);
    idOfProxy.set(proxy, wire.id);
    return proxy;
  }

  function fromMain(wire) {
    switch (wire.t) {
      case 'v':
        return wire.v;
      case 'm':
        return METHOD;
      case 'a':
        return wire.v.map(fromMain);
      case 'o': {
        const out = {};
        for (const [key, value] of Object.entries(wire.v)) out[key] = fromMain(value);
        return out;
      }
      default:
        return proxyOf(wire);
    }
  }

  /** Arguments going to the fakes: proxies become their handles, data is copied. */
  function toMain(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
      return { t: 'v', v: value };
    const id = idOfProxy.get(value);
    if (id !== undefined) return { t: 'h', id };
    if (typeof value === 'function') throw new RealmError('A script function cannot be handed to a service.');
    if (Object.prototype.toString.call(value) === '[object Date]')
      return { t: 'v', v: new Date(value.getTime()) };
    if (Array.isArray(value)) return { t: 'a', v: value.map(toMain) };
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = toMain(item);
    return { t: 'o', v: out };
  }

  for (const [name, wire] of Object.entries(start.globals)) context[name] = fromMain(wire);
  script.runInContext(context);
  const handler = context[start.handler];
  if (typeof handler !== 'function')
    throw new RealmError(`${start.handler} is not a global function of the script`);
  const event = start.event === undefined ? undefined : fromMain(start.event);
  return event === undefined ? handler() : handler(event);
}

/** A value the test may look at (a menu function's result): data only. */
function plain(value) {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

for (;;) {
  const message = receive();
  if (message.kind === 'quit') break;
  if (message.kind !== 'start') continue;
  try {
    const value = runExecution(message);
    post({ kind: 'end', ok: true, value: plain(value) });
  } catch (error) {
    const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : 'Error';
    const text =
      error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
    post({ kind: 'end', ok: false, error: { name, message: text } });
  }
}
port.close();
