import { createGasFakes, installGlobals, type GasFakeOptions, type GasFakes } from './index';

let undo: (() => void) | undefined;

/**
 * Creates a fresh set of recording Apps Script fakes (`createGasFakes(options)`) and installs
 * them as globals of this realm, so the in-process adapters under test reach them; returns them.
 * The globals stay until `removeFakes()` — call it from `afterEach` (and mid-test before a second
 * `withFakes`, since only the latest install is remembered).
 */
export function withFakes(options: GasFakeOptions = {}): GasFakes {
  const fakes = createGasFakes(options);
  undo = installGlobals(fakes);
  return fakes;
}

/** Puts back the globals the latest `withFakes` replaced; does nothing if there is nothing to undo. */
export function removeFakes(): void {
  undo?.();
  undo = undefined;
}
