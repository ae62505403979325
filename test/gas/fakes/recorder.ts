/**
 * Counts every call to a faked Apps Script method, keyed "Service.method". The total is our
 * performance figure: in Apps Script the cost of a run is its service calls. Each call is
 * first shown to the fault injector (faults.ts), which may fail it.
 */
export class Recorder {
  readonly calls: Record<string, number> = {};
  /** Set by createGasFakes: sees each call before it has any effect and may throw. */
  beforeCall: ((method: string) => void) | undefined;

  hit(method: string): void {
    this.beforeCall?.(method);
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  count(method: string): number {
    return this.calls[method] ?? 0;
  }

  total(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  reset(): void {
    for (const key of Object.keys(this.calls)) delete this.calls[key];
  }

  snapshot(): Record<string, number> {
    return { ...this.calls };
  }
}
